package org.grid.adapters.inmemory.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;

/**
 * The reference event sink (内存事件投递端): keeps every delivered event in memory in the order delivered, refuses
 * events larger than a limit as a broker does, and can be switched unavailable to stand for a broker that is down.
 * It passes grid-testkit's {@code AbstractEventSinkContractTest} and serves the relay's tests and demos. Thread-safe.
 */
public final class InMemoryEventSink implements EventSink {

  /** The default largest event accepted: 1 MiB of JSON in UTF-8. */
  public static final int DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

  private final int maxEventBytes;
  private final List<OutgoingEvent> delivered = new ArrayList<>();
  private boolean available = true;

  /** Creates a sink that accepts events up to {@link #DEFAULT_MAX_EVENT_BYTES}. */
  public InMemoryEventSink() {
    this(DEFAULT_MAX_EVENT_BYTES);
  }

  /**
   * Creates a sink with a size limit.
   *
   * @param maxEventBytes the largest event JSON accepted, in UTF-8 bytes; larger ones are rejected
   * @throws IllegalArgumentException if {@code maxEventBytes} is not positive
   */
  public InMemoryEventSink(int maxEventBytes) {
    if (maxEventBytes <= 0) {
      throw new IllegalArgumentException("maxEventBytes must be positive, was " + maxEventBytes);
    }
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * Keeps each event of the batch that is not larger than the limit, after the events delivered before.
   *
   * @throws NullPointerException if {@code events} or one of them is null (nothing of the batch is kept)
   * @throws IllegalArgumentException if {@code events} is empty
   * @throws SinkUnavailableException while the sink is switched unavailable (nothing of the batch is kept)
   */
  @Override
  public synchronized List<DeliveryOutcome> deliver(List<OutgoingEvent> events) {
    EventSink.requireBatch(events);
    if (!available) {
      throw new SinkUnavailableException("the in-memory sink is switched unavailable", null);
    }
    List<DeliveryOutcome> outcomes = new ArrayList<>(events.size());
    for (OutgoingEvent event : events) {
      int bytes = event.json().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > maxEventBytes) {
        outcomes.add(new DeliveryOutcome.Rejected(
            "event of " + bytes + " bytes is larger than the " + maxEventBytes + " bytes this sink accepts"));
      } else {
        delivered.add(event);
        outcomes.add(DeliveryOutcome.DELIVERED);
      }
    }
    return List.copyOf(outcomes);
  }

  /**
   * Returns the events delivered so far.
   *
   * @return a copy, in the order delivered, repeats included
   */
  public synchronized List<OutgoingEvent> delivered() {
    return List.copyOf(delivered);
  }

  /**
   * Switches the sink unavailable (every {@link #deliver} throws {@link SinkUnavailableException}) or back.
   *
   * @param available whether the sink takes events
   */
  public synchronized void setAvailable(boolean available) {
    this.available = available;
  }

  /** Forgets the events delivered so far. */
  public synchronized void clear() {
    delivered.clear();
  }
}
