package org.grid.core.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One event on its way out of grid (待投递事件): a CloudEvents 1.0 event in structured JSON, with the attributes a
 * broker routes and orders by copied out of it, so that an {@link EventSink} never parses the JSON.
 *
 * @param id the CloudEvents {@code id}: stable, the same on every delivery of the event, so a consumer drops
 *     repeats by it; not blank
 * @param type the CloudEvents {@code type}, versioned, for example {@code org.grid.request.reported.v1}; not blank
 * @param source the CloudEvents {@code source}: the jurisdiction path, for example {@code /counties/C1/townships/T01};
 *     not blank
 * @param subject the CloudEvents {@code subject}: the request or other aggregate the event is about; not blank
 * @param county the county the event belongs to (brokers route by it); not blank
 * @param aggregate the ordering key: events of one aggregate are handed to sinks in order, never two of one aggregate
 *     in the same batch; not blank
 * @param time the CloudEvents {@code time}, not null
 * @param json the whole event as CloudEvents structured-mode JSON ({@code application/cloudevents+json}), not blank
 */
public record OutgoingEvent(
    String id, String type, String source, String subject, String county, String aggregate, Instant time,
    String json) {

  /**
   * Checks the event.
   *
   * @param id the CloudEvents {@code id}: stable, the same on every delivery of the event, so a consumer drops
   *     repeats by it; not blank
   * @param type the CloudEvents {@code type}, versioned, for example {@code org.grid.request.reported.v1}; not blank
   * @param source the CloudEvents {@code source}: the jurisdiction path, for example
   *     {@code /counties/C1/townships/T01}; not blank
   * @param subject the CloudEvents {@code subject}: the request or other aggregate the event is about; not blank
   * @param county the county the event belongs to (brokers route by it); not blank
   * @param aggregate the ordering key: events of one aggregate are handed to sinks in order, never two of one
   *     aggregate in the same batch; not blank
   * @param time the CloudEvents {@code time}, not null
   * @param json the whole event as CloudEvents structured-mode JSON ({@code application/cloudevents+json}), not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text argument is blank
   */
  public OutgoingEvent {
    requireText(id, "id");
    requireText(type, "type");
    requireText(source, "source");
    requireText(subject, "subject");
    requireText(county, "county");
    requireText(aggregate, "aggregate");
    requireNonNull(time, "time");
    requireText(json, "json");
  }

  private static void requireText(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " of an outgoing event must not be blank");
    }
  }

  /** Returns the event's id, type, subject and time, never its JSON (which may carry personal data). */
  @Override
  public String toString() {
    return "OutgoingEvent[id=" + id + ", type=" + type + ", subject=" + subject + ", time=" + time + "]";
  }
}
