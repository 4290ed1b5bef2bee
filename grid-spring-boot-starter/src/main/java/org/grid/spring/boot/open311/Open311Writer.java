package org.grid.spring.boot.open311;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * Writes the façade's documents in the spec's two formats with Jackson 3's streaming generators: JSON as an array
 * of objects, XML as a root element holding one element per item (the "Spark convention" the spec's JSON follows),
 * with the XML declaration, no namespace, and a null as an empty element ({@code <account_id/>}). A document is a
 * root name, an item name and items: ordered fields whose values are text, numbers, booleans, null, or a nested
 * map of the same (written as a nested object or element).
 */
final class Open311Writer {

  /** The two formats, named by the resource's suffix. */
  enum Format {
    /** {@code .json}: {@code application/json; charset=utf-8}. */
    JSON("application/json; charset=utf-8"),
    /** {@code .xml}: {@code text/xml; charset=utf-8}. */
    XML("text/xml; charset=utf-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    /** The format of a suffix, or null when the suffix names none. */
    static Format of(String suffix) {
      return switch (suffix) {
        case "json" -> JSON;
        case "xml" -> XML;
        default -> null;
      };
    }
  }

  private final ObjectMapper json = JsonMapper.builder().build();
  /** With the declaration; a null as an empty element, not Jackson 3's default {@code xsi:nil="true"}. */
  private final ObjectMapper xml = XmlMapper.builder().enable(XmlWriteFeature.WRITE_XML_DECLARATION)
      .disable(XmlWriteFeature.WRITE_NULLS_AS_XSI_NIL).build();

  /**
   * Writes a document.
   *
   * @param format the format
   * @param root the root element's name (XML)
   * @param item each item's element name (XML)
   * @param items the items, each an ordered map of fields
   * @return the UTF-8 bytes
   */
  byte[] write(Format format, String root, String item, List<? extends Map<String, ?>> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == Format.JSON) {
      try (JsonGenerator generator = json.createGenerator(out)) {
        generator.writeStartArray();
        for (Map<String, ?> fields : items) {
          object(generator, fields, false);
        }
        generator.writeEndArray();
      }
    } else {
      try (JsonGenerator generator = xml.createGenerator(out)) {
        ToXmlGenerator xmlGenerator = (ToXmlGenerator) generator;
        // The mapper writes the declaration when it serializes a value; a generator used directly is told to.
        xmlGenerator.initGenerator();
        xmlGenerator.setNextName(new QName(root));
        generator.writeStartObject();
        for (Map<String, ?> fields : items) {
          generator.writeName(item);
          object(generator, fields, true);
        }
        generator.writeEndObject();
      }
    }
    return out.toByteArray();
  }

  private static void object(JsonGenerator generator, Map<String, ?> fields, boolean xml) {
    generator.writeStartObject();
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      generator.writeName(field.getKey());
      value(generator, field.getValue(), xml);
    }
    generator.writeEndObject();
  }

  private static void value(JsonGenerator generator, Object value, boolean xml) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(xml ? xmlText(text) : text);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Integer number) {
      generator.writeNumber(number);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof Double number) {
      generator.writeNumber(number);
    } else if (value instanceof Map<?, ?> nested) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> field : nested.entrySet()) {
        generator.writeName(String.valueOf(field.getKey()));
        value(generator, field.getValue(), xml);
      }
      generator.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName());
    }
  }

  /**
   * Returns the text as an XML 1.0 document can hold it: each character it cannot (a control character other than
   * tab and line breaks, an unpaired surrogate, U+FFFE or U+FFFF) replaced by U+FFFD. grid's commands and the façade
   * refuse those in what they take, but a request stored before grid refused U+FFFE and U+FFFF, or by other means,
   * may hold one, and the XML writer would put U+FFFF in as a character reference XML forbids (and refuse a control
   * character outright): the whole list would then be unreadable to every client.
   *
   * @param text the text, not null
   * @return {@code text} itself when every character may stand in XML
   */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed = pair || (c >= 0x20 ? !Character.isSurrogate(c) && c < 0xFFFE
          : c == '\t' || c == '\n' || c == '\r');
      if (!allowed && out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (out != null) {
        out.append(allowed ? c : '\uFFFD');
        if (pair) {
          out.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }
}
