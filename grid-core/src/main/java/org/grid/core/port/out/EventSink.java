package org.grid.core.port.out;

import java.util.List;
import java.util.Objects;

/**
 * Where the outbox relay hands events to a message broker (事件投递端口): the one interface a county implements to
 * bring its own broker (RabbitMQ ships with grid as {@code adapters-rabbitmq}; Kafka, RocketMQ or NATS are written
 * the same way) and proves with grid-testkit's sink contract test.
 *
 * <p>Delivery is at least once: a sink may be handed an event again after a crash or a failed batch, and consumers
 * drop repeats by {@link OutgoingEvent#id()}. A sink is called by one relay thread at a time per instance; it need
 * not be thread-safe unless the embedder shares it.
 */
public interface EventSink {

  /**
   * Delivers a batch of events and waits until the broker has confirmed or refused each. The batch holds at most one
   * event per {@link OutgoingEvent#aggregate()} (the relay keeps each aggregate's order by handing its next event only
   * after the earlier one is delivered), so a sink may publish the batch's events concurrently.
   *
   * @param events the events, not empty, not null
   * @return one outcome per event, in the order of {@code events}
   * @throws SinkUnavailableException when the broker cannot be reached or does not answer in time: no event of the
   *     batch counts as delivered or as refused, and the relay tries the whole batch again later without counting it
   *     against the events
   */
  List<DeliveryOutcome> deliver(List<OutgoingEvent> events);

  /**
   * Checks a batch as every sink must before publishing anything of it: what {@link #deliver} implementations call
   * first, so that a refused batch is refused the same way by every broker's sink.
   *
   * @param events the batch
   * @return the batch
   * @throws NullPointerException if {@code events} or one of them is null
   * @throws IllegalArgumentException if {@code events} is empty
   */
  static List<OutgoingEvent> requireBatch(List<OutgoingEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    for (OutgoingEvent event : events) {
      Objects.requireNonNull(event, "event in the batch");
    }
    return events;
  }

  /** The broker cannot be reached now: nothing of the batch is known delivered, nothing is the events' fault. */
  final class SinkUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without event data
     * @param cause the underlying failure, may be null
     */
    public SinkUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
