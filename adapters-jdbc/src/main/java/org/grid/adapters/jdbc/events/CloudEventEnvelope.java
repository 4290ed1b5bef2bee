package org.grid.adapters.jdbc.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.grid.core.port.out.OutgoingEvent;

/**
 * The parts every CloudEvent grid writes to the outbox shares (云事件信封): the attributes, the data object, the
 * jurisdiction path and the limits of the outbox's columns. Used by the request events' encoder and by this package's.
 *
 * <p><b>Internal, not API.</b> Public only because the request events' encoder lives in another package of this
 * module; an embedder must not use it. It may change or disappear in any release, including a patch release
 * (docs/api.md lists what is API).
 */
public final class CloudEventEnvelope {

  /** The longest event id and aggregate key the outbox takes ({@code event_id}, {@code aggregate_id}). */
  public static final int MAX_KEY = 200;

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String id;
  private final String type;
  private final String source;
  private final String subject;
  private final String county;
  private final String aggregate;
  private final Instant time;
  private final ObjectNode data = NODES.objectNode();

  /**
   * Starts an event.
   *
   * @param id the CloudEvents id, at most {@value #MAX_KEY} characters
   * @param type the versioned type
   * @param source the jurisdiction path
   * @param subject the aggregate the event is about
   * @param county the county, for routing
   * @param aggregate the ordering key, at most {@value #MAX_KEY} characters
   * @param time when it happened
   * @throws IllegalArgumentException if the id or the aggregate key is longer than the outbox takes
   */
  public CloudEventEnvelope(
      String id, String type, String source, String subject, String county, String aggregate, Instant time) {
    this.id = checkKey(id, "id", type);
    this.type = type;
    this.source = source;
    this.subject = subject;
    this.county = county;
    this.aggregate = checkKey(aggregate, "aggregate", type);
    this.time = time;
  }

  private static String checkKey(String key, String what, String type) {
    if (key.length() > MAX_KEY) {
      throw new IllegalArgumentException("the " + what + " of a " + type + " event would be " + key.length()
          + " characters, more than the outbox's " + MAX_KEY + ": shorten the ids it is made of");
    }
    return key;
  }

  /**
   * Returns the data object, to fill.
   *
   * @return the data object
   */
  public ObjectNode data() {
    return data;
  }

  /**
   * Writes the whole CloudEvent.
   *
   * @return the event as the outbox stores it
   */
  public OutgoingEvent toOutgoing() {
    ObjectNode root = NODES.objectNode();
    root.put("specversion", "1.0");
    root.put("id", id);
    root.put("source", source);
    root.put("type", type);
    root.put("subject", subject);
    root.put("time", time.toString());
    root.put("datacontenttype", "application/json");
    root.set("data", data);
    try {
      return new OutgoingEvent(id, type, source, subject, county, aggregate, time, JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event " + id + " as JSON", e);
    }
  }

  /**
   * Returns the event under another id: the same attributes and data, the JSON's {@code id} replaced.
   *
   * @param event the event as encoded
   * @param id the new id, at most {@value #MAX_KEY} characters
   * @return the event under that id
   * @throws IllegalArgumentException if the id is longer than the outbox takes
   */
  public static OutgoingEvent withId(OutgoingEvent event, String id) {
    checkKey(id, "id", event.type());
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(event.json());
      root.put("id", id);
      return new OutgoingEvent(id, event.type(), event.source(), event.subject(), event.county(), event.aggregate(),
          event.time(), JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot rewrite event " + event.id() + " as JSON", e);
    }
  }

  /**
   * Returns {@code /counties/<c>}, the id percent-encoded.
   *
   * @param county the county id
   * @return the path
   */
  public static String countyPath(String county) {
    return "/counties/" + segment(county);
  }

  /**
   * Returns {@code /counties/<c>/townships/<t>}, each id percent-encoded.
   *
   * @param county the county id
   * @param township the township id
   * @return the path
   */
  public static String townshipPath(String county, String township) {
    return countyPath(county) + "/townships/" + segment(township);
  }

  /**
   * Percent-encodes an id as one path segment: UTF-8, all but the unreserved characters of RFC 3986.
   *
   * @param id the id
   * @return the segment
   */
  public static String segment(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
