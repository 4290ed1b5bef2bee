package org.grid.core.model.privacy;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A record's text with its personal data masked (脱敏打印): what a record's {@code toString()} returns when its
 * components carry {@link PersonalData}. It prints like the default ({@code Name[a=1, b=x]}) but each marked
 * component as its kind is masked: a name by {@link Masking#name}, a phone number by {@link Masking#phone}, a national
 * ID number by {@link Masking#nationalId}, free text by {@link Masking#text}, and sensitive data not at all (only how
 * many values there are).
 */
public final class MaskedRecords {

  private MaskedRecords() {}

  /**
   * Returns the masked text of a record.
   *
   * @param record the record, not null
   * @return the text
   * @throws NullPointerException if {@code record} is null
   */
  public static String toString(Record record) {
    requireNonNull(record, "record");
    StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (i > 0) {
        out.append(", ");
      }
      Object value = value(component, record);
      PersonalData mark = component.getAnnotation(PersonalData.class);
      out.append(component.getName()).append('=').append(mark == null ? String.valueOf(value) : mask(mark, value));
    }
    return out.append(']').toString();
  }

  private static String mask(PersonalData mark, Object value) {
    if (value == null) {
      return "null";
    }
    return switch (mark.value()) {
      case NAME -> Masking.name(value.toString());
      case PHONE -> Masking.phone(value.toString());
      case NATIONAL_ID -> Masking.nationalId(value.toString());
      case FREE_TEXT -> Masking.text(value.toString());
      case SENSITIVE -> "(" + count(value) + " hidden)";
    };
  }

  private static int count(Object value) {
    if (value instanceof Collection<?> c) {
      return c.size();
    }
    return value instanceof Map<?, ?> m ? m.size() : 1;
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
    }
  }
}
