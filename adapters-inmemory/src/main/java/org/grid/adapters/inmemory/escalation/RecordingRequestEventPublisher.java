package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.port.out.RequestEventPublisher;

/** A {@link RequestEventPublisher} that records every event in order, for tests and demos. Thread-safe. */
public final class RecordingRequestEventPublisher implements RequestEventPublisher {

  private final List<RequestEvent> events = new ArrayList<>();

  /** Creates a publisher with no events recorded. */
  public RecordingRequestEventPublisher() {}

  @Override
  public synchronized void publish(List<RequestEvent> batch) {
    requireNonNull(batch, "events");
    for (RequestEvent e : batch) {
      events.add(requireNonNull(e, "event"));
    }
  }

  /**
   * Returns the events recorded so far.
   *
   * @return a copy, oldest first
   */
  public synchronized List<RequestEvent> events() {
    return List.copyOf(events);
  }

  /** Forgets the events recorded so far. */
  public synchronized void clear() {
    events.clear();
  }
}
