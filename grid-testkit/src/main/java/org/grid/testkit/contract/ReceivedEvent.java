package org.grid.testkit.contract;

import static java.util.Objects.requireNonNull;

/**
 * One event as a consumer of a broker received it (消费端收到的事件), read back by a sink's contract test: the
 * CloudEvents attributes as the consumer sees them (from the broker message's properties or headers, as a real
 * consumer of that broker would read them) and the message body.
 *
 * @param id the event id the consumer sees, for example the AMQP header {@code cloudEvents:id} (also the {@code
 *     message-id} unless the id is longer than 255 bytes); not null
 * @param type the event type the consumer sees; not null
 * @param subject the event subject the consumer sees; not null
 * @param body the message body decoded as UTF-8, the CloudEvents structured-mode JSON; not null
 */
public record ReceivedEvent(String id, String type, String subject, String body) {

  /**
   * Checks the event.
   *
   * @param id the event id the consumer sees, for example the AMQP header {@code cloudEvents:id} (also the {@code
 *     message-id} unless the id is longer than 255 bytes); not null
   * @param type the event type the consumer sees; not null
   * @param subject the event subject the consumer sees; not null
   * @param body the message body decoded as UTF-8, the CloudEvents structured-mode JSON; not null
   * @throws NullPointerException if an argument is null (a sink that drops an attribute fails its contract here)
   */
  public ReceivedEvent {
    requireNonNull(id, "id of a received event");
    requireNonNull(type, "type of a received event");
    requireNonNull(subject, "subject of a received event");
    requireNonNull(body, "body of a received event");
  }

  /** Returns the id, type and subject, never the body (which may carry personal data). */
  @Override
  public String toString() {
    return "ReceivedEvent[id=" + id + ", type=" + type + ", subject=" + subject + ", body=" + body.length()
        + " chars]";
  }
}
