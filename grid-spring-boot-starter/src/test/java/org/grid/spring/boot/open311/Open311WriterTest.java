package org.grid.spring.boot.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.grid.spring.boot.open311.Open311Writer.Format;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The façade's writer: what it writes is a document every XML parser reads, whatever text a stored request holds. */
class Open311WriterTest {

  private final Open311Writer writer = new Open311Writer();

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void textXmlCannotHoldIsWrittenAsTheReplacementCharacterAndTheDocumentParses() throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("description", "a\uFFFFb\uFFFEc\u0001d\uD83Ce \uD83C\uDF3E\tf\n");
    fields.put("nested", Map.of("status_notes", "\u0000"));
    byte[] xml = writer.write(Format.XML, "service_requests", "request", List.of(fields));

    Document document = parse(xml);

    assertThat(document.getElementsByTagName("description").item(0).getTextContent())
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe \uD83C\uDF3E\tf\n");
    assertThat(document.getElementsByTagName("status_notes").item(0).getTextContent()).isEqualTo("\uFFFD");
  }

  @Test
  void jsonKeepsTheTextAsItIsAndXmlTextThatMayStandIsTheSameString() {
    String json = new String(writer.write(Format.JSON, "r", "i", List.of(Map.of("d", "a\uFFFFb"))),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("[{\"d\":\"a\uFFFFb\"}]");
    String plain = "路灯坏了 \uD83C\uDF3E \u0085 \uFFFD\t\r\n";
    assertThat(Open311Writer.xmlText(plain)).isSameAs(plain);
    assertThat(Open311Writer.xmlText("\uDF3E\uD83C")).isEqualTo("\uFFFD\uFFFD");
  }
}
