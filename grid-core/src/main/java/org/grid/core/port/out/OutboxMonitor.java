package org.grid.core.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an operator sees of the outbox and may do to it (发件箱监控): how many events wait and for how long, which
 * events were given up on (the dead letters, 死信) and why, and putting a dead letter back in line once its cause is
 * fixed. Implemented by each outbox (the JDBC adapter's {@code JdbcOutboxMonitor}); nothing here returns an event's
 * data, which may carry personal data.
 */
public interface OutboxMonitor {

  /**
   * Counts the events not yet delivered (waiting, being retried or claimed by a relay now), dead letters excluded.
   *
   * @return the count, at least 0
   */
  long pendingCount();

  /**
   * Tells how long the oldest undelivered event has waited since it was stored.
   *
   * @return its age, or empty when nothing is pending
   */
  Optional<Duration> oldestPendingAge();

  /**
   * Counts the dead letters.
   *
   * @return the count, at least 0
   */
  long deadLetterCount();

  /**
   * Lists dead letters, the most recently failed first.
   *
   * @param limit the most to return, at least 1
   * @return the dead letters, at most {@code limit}
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<DeadLetter> deadLetters(int limit);

  /**
   * Puts a dead letter back in the outbox with its attempts reset, in its original place in its aggregate's order:
   * it is delivered before any event of its aggregate stored after it that is still pending.
   *
   * @param eventId the dead letter's event id, not null
   * @return true when it was requeued, false when there is no dead letter of that id
   * @throws NullPointerException if {@code eventId} is null
   */
  boolean requeue(String eventId);

  /**
   * A dead letter (死信): an event the relay gave up on after the configured number of refused deliveries.
   *
   * @param eventId the CloudEvents id, not null
   * @param type the CloudEvents type, not null
   * @param subject the CloudEvents subject (the request or other aggregate), not null
   * @param aggregate the ordering key, not null
   * @param occurredAt when the event happened, not null
   * @param attempts how many deliveries were refused, at least 1
   * @param error the sink's last reason, not null (it carries no event data, see {@link DeliveryOutcome.Rejected})
   * @param failedAt when it was given up on, not null
   */
  record DeadLetter(String eventId, String type, String subject, String aggregate, Instant occurredAt, int attempts,
      String error, Instant failedAt) {

    /**
     * Checks the dead letter.
     *
     * @param eventId the CloudEvents id, not null
     * @param type the CloudEvents type, not null
     * @param subject the CloudEvents subject (the request or other aggregate), not null
     * @param aggregate the ordering key, not null
     * @param occurredAt when the event happened, not null
     * @param attempts how many deliveries were refused, at least 1
     * @param error the sink's last reason, not null (it carries no event data, see {@link DeliveryOutcome.Rejected})
     * @param failedAt when it was given up on, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code attempts} is less than 1
     */
    public DeadLetter {
      requireNonNull(eventId, "eventId");
      requireNonNull(type, "type");
      requireNonNull(subject, "subject");
      requireNonNull(aggregate, "aggregate");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(error, "error");
      requireNonNull(failedAt, "failedAt");
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts of a dead letter must be at least 1, was " + attempts);
      }
    }
  }
}
