package org.grid.adapters.rabbitmq;

import java.nio.charset.StandardCharsets;
import org.grid.core.port.out.OutgoingEvent;

/**
 * The routing key of an event: {@code <county>.<type>}, for example {@code C1.org.grid.request.reported.v1}. The
 * county is the key's first word, so a binding {@code C1.#} takes one county's events, {@code *.org.grid.request.#}
 * every county's request events and {@code #} everything.
 */
final class RoutingKeys {

  /** AMQP 0-9-1 keeps a routing key in a short string: at most 255 bytes. */
  static final int MAX_BYTES = 255;

  private RoutingKeys() {}

  /**
   * Returns the event's routing key.
   *
   * @param event the event
   * @return {@code <county>.<type>}
   */
  static String of(OutgoingEvent event) {
    return event.county() + "." + event.type();
  }

  /**
   * Returns why the event cannot be routed by its key, or null when it can: a county that is not one word of a
   * topic key (it has a {@code .}, {@code *} or {@code #}), or a key longer than AMQP allows.
   *
   * @param event the event
   * @return the reason, naming the county or the key's length (never the event's data), or null
   */
  static String refusal(OutgoingEvent event) {
    String county = event.county();
    if (county.indexOf('.') >= 0 || county.indexOf('*') >= 0 || county.indexOf('#') >= 0) {
      return "county '" + county + "' has '.', '*' or '#' and cannot be the first word of a topic routing key";
    }
    int bytes = of(event).getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return "routing key of " + bytes + " bytes is longer than AMQP's " + MAX_BYTES;
    }
    return null;
  }
}
