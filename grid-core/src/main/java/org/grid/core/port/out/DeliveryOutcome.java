package org.grid.core.port.out;

import static java.util.Objects.requireNonNull;

/**
 * What became of one event an {@link EventSink} was given (投递结果).
 */
public sealed interface DeliveryOutcome {

  /** The broker took the event and confirmed it: the relay marks it delivered. */
  record Delivered() implements DeliveryOutcome {}

  /**
   * The broker refused this event in particular (unroutable, too large, nacked): the relay counts a failed attempt
   * against it, tries it again after a backoff, and after the configured number of attempts moves it to the dead
   * letters with this reason, so that the aggregate's later events and everyone else's flow on.
   *
   * @param reason why, for an operator; must not carry the event's data (personal data stays out of logs); not null
   */
  record Rejected(String reason) implements DeliveryOutcome {

    /**
     * Checks the outcome.
     *
     * @param reason why, for an operator; must not carry the event's data (personal data stays out of logs); not null
     * @throws NullPointerException if {@code reason} is null
     */
    public Rejected {
      requireNonNull(reason, "reason");
    }
  }

  /** The one {@link Delivered} outcome. */
  DeliveryOutcome DELIVERED = new Delivered();
}
