package org.grid.adapters.jdbc.escalation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;

/**
 * The outbox's serialised form of a {@link RequestEvent}: the type is the record's simple name ({@code
 * RequestAccepted}); the request id, version and instant have columns of their own; every other component is one
 * {@code name=value} line of the payload, in the record's order, omitted when null. Values: text as is with
 * {@code \\}, newline and carriage return escaped as {@code \\\\}, {@code \\n}, {@code \\r}; instants in ISO-8601;
 * offices as the tier, a colon and the office's whole path ({@link Office#path()}: county first, unit last) joined
 * by {@code /}, each part with {@code %} and {@code /} escaped as {@code %25} and {@code %2F}, e.g. {@code
 * DISTRICT_GRID:C1/T01/T01-D1}, so that offices of the same unit in two counties stay apart; ids, categories (their
 * code), enums, numbers and booleans as their text.
 *
 * <p>Every permitted subtype of the sealed {@link RequestEvent} is covered; a component of a type the codec does
 * not know fails the codec's construction (and its test), not a running system.
 */
final class EventCodec {

  /** A decoding failure: which part of the stored event is wrong. */
  static final class DecodingException extends Exception {
    private static final long serialVersionUID = 1L;
    final String column;

    DecodingException(String column, String message) {
      super(message);
      this.column = column;
    }
  }

  private static final Map<String, Class<?>> TYPES = new HashMap<>();

  /** The record components of each event type, looked up once (reflection copies them on every call). */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  static {
    for (Class<?> type : RequestEvent.class.getPermittedSubclasses()) {
      for (RecordComponent component : type.getRecordComponents()) {
        Class<?> valueType = component.getType();
        if (!(valueType == String.class || valueType == long.class || valueType == boolean.class
            || valueType == Instant.class || valueType == Office.class || valueType == PersonId.class
            || valueType == DepartmentId.class || valueType == RequestId.class || valueType == DeadlineKind.class
            || valueType == Rating.class || valueType == Category.class)) {
          throw new ExceptionInInitializerError(
              "EventCodec cannot encode " + type.getSimpleName() + "." + component.getName() + " of " + valueType);
        }
      }
      TYPES.put(type.getSimpleName(), type);
    }
  }

  private EventCodec() {}

  /** Returns the stored type name of an event. */
  static String type(RequestEvent event) {
    return event.getClass().getSimpleName();
  }

  /** Returns the payload of an event: its components other than requestId, version and at. */
  static String payload(RequestEvent event) {
    StringBuilder out = new StringBuilder();
    for (RecordComponent component : COMPONENTS.get(event.getClass())) {
      String name = component.getName();
      if (name.equals("requestId") || name.equals("version") || name.equals("at")) {
        continue;
      }
      Object value;
      try {
        value = component.getAccessor().invoke(event);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + name + " of " + event, e);
      }
      if (value == null) {
        continue;
      }
      out.append(name).append('=').append(escape(text(value))).append('\n');
    }
    return out.toString();
  }

  /**
   * Rebuilds an event.
   *
   * @throws DecodingException naming the column ({@code event_type} or {@code payload}) that does not decode
   */
  static RequestEvent decode(String type, RequestId requestId, long version, Instant at, String payload)
      throws DecodingException {
    Class<?> eventType = TYPES.get(type);
    if (eventType == null) {
      throw new DecodingException("event_type", "'" + type + "' is not a RequestEvent");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : payload.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 1) {
        throw new DecodingException("payload", "line '" + line + "' is not name=value");
      }
      values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
    }
    RecordComponent[] components = COMPONENTS.get(eventType);
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      String name = component.getName();
      switch (name) {
        case "requestId" -> arguments[i] = requestId;
        case "version" -> arguments[i] = version;
        case "at" -> arguments[i] = at;
        default -> {
          String text = values.remove(name);
          arguments[i] = text == null ? absent(type, component) : value(component.getType(), name, text);
        }
      }
    }
    if (!values.isEmpty()) {
      throw new DecodingException("payload", "unknown field " + values.keySet() + " for " + type);
    }
    try {
      Constructor<?> constructor = eventType.getDeclaredConstructor(types);
      return (RequestEvent) constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new DecodingException("payload", String.valueOf(e.getCause().getMessage()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }

  private static Object absent(String type, RecordComponent component) throws DecodingException {
    if (component.getType().isPrimitive()) {
      throw new DecodingException("payload", "field " + component.getName() + " of " + type + " is missing");
    }
    return null;
  }

  private static String text(Object value) {
    if (value instanceof Office office) {
      return office(office);
    }
    if (value instanceof PersonId person) {
      return person.value();
    }
    if (value instanceof DepartmentId department) {
      return department.value();
    }
    if (value instanceof RequestId id) {
      return id.value();
    }
    if (value instanceof Category category) {
      return category.code();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  private static Object value(Class<?> type, String name, String text) throws DecodingException {
    try {
      if (type == String.class) {
        return text;
      } else if (type == long.class) {
        return Long.parseLong(text);
      } else if (type == boolean.class) {
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException("not true or false");
        }
        return Boolean.parseBoolean(text);
      } else if (type == Instant.class) {
        return Instant.parse(text);
      } else if (type == Office.class) {
        return office(text);
      } else if (type == PersonId.class) {
        return PersonId.of(text);
      } else if (type == DepartmentId.class) {
        return DepartmentId.of(text);
      } else if (type == RequestId.class) {
        return RequestId.of(text);
      } else if (type == DeadlineKind.class) {
        return DeadlineKind.valueOf(text);
      } else if (type == Category.class) {
        return Category.of(text);
      } else {
        return Rating.valueOf(text);
      }
    } catch (RuntimeException e) {
      throw new DecodingException("payload", "field " + name + " '" + text + "': " + e.getMessage());
    }
  }

  /** Returns an office as {@code TIER:} and its path, each part percent-escaped, joined by {@code /}. */
  static String office(Office office) {
    StringBuilder out = new StringBuilder(office.tier().name()).append(':');
    List<String> path = office.path();
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(path.get(i).replace("%", "%25").replace("/", "%2F"));
    }
    return out.toString();
  }

  /**
   * Rebuilds an office written by {@link #office(Office)}.
   *
   * @throws IllegalArgumentException if the text is not {@code TIER:} and the path that tier has, or the model
   *     refuses the office
   */
  static Office office(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not TIER:path");
    }
    Tier tier = Tier.valueOf(text.substring(0, colon));
    String[] escaped = text.substring(colon + 1).split("/", -1);
    int expected = switch (tier) {
      case VILLAGE_GRID -> 5;
      case DISTRICT_GRID -> 3;
      case TOWNSHIP_OFFICE, DEPARTMENT -> 2;
      case COUNTY_OFFICE -> 1;
    };
    if (escaped.length != expected) {
      throw new IllegalArgumentException("the path of an office at " + tier + " has " + expected + " parts, not "
          + escaped.length);
    }
    String[] parts = new String[escaped.length];
    for (int i = 0; i < escaped.length; i++) {
      parts[i] = unescapePart(escaped[i]);
    }
    CountyId county = CountyId.of(parts[0]);
    return switch (tier) {
      case VILLAGE_GRID -> new Office(tier, county, TownshipId.of(parts[1]), DistrictId.of(parts[2]),
          VillageId.of(parts[3]), parts[4]);
      case DISTRICT_GRID -> new Office(tier, county, TownshipId.of(parts[1]), null, null, parts[2]);
      case TOWNSHIP_OFFICE, DEPARTMENT -> new Office(tier, county, null, null, null, parts[1]);
      case COUNTY_OFFICE -> new Office(tier, county, null, null, null, parts[0]);
    };
  }

  /** Undoes the percent-escaping of one part of an office's path: only {@code %25} and {@code %2F} are escapes. */
  private static String unescapePart(String part) {
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char ch = part.charAt(i);
      if (ch != '%') {
        out.append(ch);
        continue;
      }
      String escape = part.substring(i, Math.min(part.length(), i + 3));
      if (escape.equals("%25")) {
        out.append('%');
      } else if (escape.equals("%2F")) {
        out.append('/');
      } else {
        throw new IllegalArgumentException("'" + escape + "' in '" + part + "' is not %25 or %2F");
      }
      i += 2;
    }
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static String unescape(String text) throws DecodingException {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch != '\\') {
        out.append(ch);
        continue;
      }
      if (++i == text.length()) {
        throw new DecodingException("payload", "a lone backslash ends '" + text + "'");
      }
      switch (text.charAt(i)) {
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> throw new DecodingException("payload", "unknown escape \\" + text.charAt(i) + " in '" + text + "'");
      }
    }
    return out.toString();
  }
}
