package org.grid.adapters.jdbc.escalation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.team.PersonId;
import org.grid.adapters.jdbc.events.CloudEventEnvelope;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestFacts;
import org.grid.escalation.model.RequestId;

/**
 * A {@link RequestEvent} as a CloudEvents 1.0 event in structured-mode JSON, the form the outbox stores and the
 * relay hands to sinks. Every request event type has a JSON Schema for its whole document under {@code
 * org/grid/events/schema/<type>.json} (on the class path of this module); docs/events.md describes them.
 *
 * <ul>
 *   <li>{@code type}: {@code org.grid.request.<name>.v1}, the name from the record's: {@code Request} dropped,
 *       kebab-case ({@code RequestClosedAsDuplicate} is {@code closed-as-duplicate}, {@code ReminderIssued} is
 *       {@code reminder-issued});</li>
 *   <li>{@code id}: {@code request/<request id>/<version>/<position in the change>}, stable over redeliveries;</li>
 *   <li>{@code source}: the request's jurisdiction path {@code /counties/<c>/townships/<t>/districts/<d>/villages/
 *       <v>/grids/<g>}, each id percent-encoded (UTF-8, everything but {@code A-Z a-z 0-9 - . _ ~});</li>
 *   <li>{@code subject}: the request id; {@code time}: when it happened (ISO-8601, UTC);</li>
 *   <li>{@code data}: {@code requestId}, {@code version}, the event's own fields, and {@code request} with the
 *       {@link RequestFacts}. Free text (reasons, descriptions) never leaves: the reason fields are left out.</li>
 * </ul>
 * Offices are objects of their tier and whole path; ids, categories and enums are strings; instants ISO-8601; a
 * null field is left out.
 */
final class RequestCloudEvents {

  /** The CloudEvents type prefix of request events. */
  static final String TYPE_PREFIX = "org.grid.request.";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Component names every event has, written apart from the event's own fields. */
  private static final Set<String> COMMON = Set.of("requestId", "version", "at", "facts");

  private static final Set<Class<?>> ENCODABLE = Set.of(long.class, boolean.class, Instant.class, Office.class,
      PersonId.class, DepartmentId.class, RequestId.class, DeadlineKind.class, Rating.class, Category.class,
      String.class, RequestFacts.class);

  private static final Map<Class<?>, String> TYPES = new HashMap<>();

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
        if (!ENCODABLE.contains(component.getType())) {
          throw new ExceptionInInitializerError("RequestCloudEvents cannot encode " + type.getSimpleName() + "."
              + component.getName() + " of " + component.getType());
        }
      }
      TYPES.put(type, TYPE_PREFIX + name(type.getSimpleName()) + ".v1");
    }
  }

  private RequestCloudEvents() {}

  /**
   * Returns the CloudEvents types of every request event, by event class.
   *
   * @return the types
   */
  static Map<Class<?>, String> types() {
    return Map.copyOf(TYPES);
  }

  /** {@code RequestClosedAsDuplicate} to {@code closed-as-duplicate}. */
  private static String name(String simpleName) {
    String name = simpleName.startsWith("Request") ? simpleName.substring("Request".length()) : simpleName;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0) {
          out.append('-');
        }
        out.append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * Encodes an event.
   *
   * @param event the event
   * @param position its position among the events of its change (0 for the first)
   * @return the outgoing event
   */
  static OutgoingEvent encode(RequestEvent event, int position) {
    String requestId = event.requestId().value();
    String id = "request/" + requestId + "/" + event.version() + "/" + position;
    String type = TYPES.get(event.getClass());
    Place place = event.facts().place();
    String source = source(place);
    CloudEventEnvelope envelope = new CloudEventEnvelope(id, type, source, requestId, place.county().value(),
        "request/" + requestId, event.at());
    ObjectNode data = envelope.data();
    data.put("requestId", requestId);
    data.put("version", event.version());
    for (RecordComponent component : COMPONENTS.get(event.getClass())) {
      String name = component.getName();
      // Free text (the reasons) stays in grid: it may carry personal data.
      if (COMMON.contains(name) || component.getType() == String.class) {
        continue;
      }
      put(data, name, read(component, event));
    }
    if (event instanceof RequestEvent.RequestEscalated escalated) {
      data.put("automatic", escalated.automatic());
    }
    data.set("request", facts(event.facts()));
    return envelope.toOutgoing();
  }

  private static Object read(RecordComponent component, RequestEvent event) {
    try {
      return component.getAccessor().invoke(event);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + event.getClass(), e);
    }
  }

  private static void put(ObjectNode node, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Office office) {
      node.set(name, office(office));
    } else if (value instanceof Long number) {
      node.put(name, number);
    } else if (value instanceof Boolean flag) {
      node.put(name, flag);
    } else if (value instanceof Instant instant) {
      node.put(name, instant.toString());
    } else if (value instanceof PersonId person) {
      node.put(name, person.value());
    } else if (value instanceof DepartmentId department) {
      node.put(name, department.value());
    } else if (value instanceof RequestId request) {
      node.put(name, request.value());
    } else if (value instanceof Category category) {
      node.put(name, category.code());
    } else if (value instanceof Enum<?> constant) {
      node.put(name, constant.name());
    } else {
      throw new IllegalStateException("cannot encode " + name + " of " + value.getClass());
    }
  }

  private static ObjectNode facts(RequestFacts facts) {
    ObjectNode node = NODES.objectNode();
    put(node, "category", facts.category());
    ObjectNode place = node.putObject("place");
    place.put("county", facts.place().county().value());
    place.put("township", facts.place().township().value());
    place.put("district", facts.place().district().value());
    place.put("village", facts.place().village().value());
    place.put("grid", facts.place().grid().value());
    put(node, "tier", facts.tier());
    put(node, "holder", facts.holder());
    put(node, "state", facts.state());
    put(node, "urgency", facts.urgency());
    put(node, "mustAttend", facts.mustAttend());
    put(node, "assignee", facts.assignee());
    if (facts.step() != null) {
      ObjectNode deadline = node.putObject("deadline");
      put(deadline, "kind", facts.step().kind());
      put(deadline, "dueBy", facts.step().deadline());
      put(deadline, "reminded", facts.step().reminded());
    }
    put(node, "onSiteBy", facts.onSiteBy());
    return node;
  }

  private static ObjectNode office(Office office) {
    ObjectNode node = NODES.objectNode();
    node.put("tier", office.tier().name());
    node.put("county", office.county().value());
    if (office.township() != null) {
      node.put("township", office.township().value());
    }
    if (office.district() != null) {
      node.put("district", office.district().value());
    }
    if (office.village() != null) {
      node.put("village", office.village().value());
    }
    node.put("unit", office.unit());
    return node;
  }

  /** The jurisdiction path of a place as a URI reference. */
  static String source(Place place) {
    return CloudEventEnvelope.townshipPath(place.county().value(), place.township().value())
        + "/districts/" + CloudEventEnvelope.segment(place.district().value())
        + "/villages/" + CloudEventEnvelope.segment(place.village().value())
        + "/grids/" + CloudEventEnvelope.segment(place.grid().value());
  }

  /** For the tests: the event types by name. */
  static List<String> typeNames() {
    return TYPES.values().stream().sorted().toList();
  }
}
