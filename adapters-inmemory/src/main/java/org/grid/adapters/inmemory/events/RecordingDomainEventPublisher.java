package org.grid.adapters.inmemory.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.port.out.DomainEventPublisher;

/**
 * A {@link DomainEventPublisher} that records every team, pairing, plan, duty and score event in order (领域事件记录),
 * for tests and demos. Unlike the JDBC outbox it does not take part in a transaction: an event of a change that
 * was rolled back stays recorded. Thread-safe.
 */
public final class RecordingDomainEventPublisher implements DomainEventPublisher {

  private final List<DomainEvent> events = new ArrayList<>();

  /** Creates a publisher with no events recorded. */
  public RecordingDomainEventPublisher() {}

  /**
   * Records the events, in order; a list with a null element is refused whole.
   *
   * @throws NullPointerException if {@code batch} or an element is null
   */
  @Override
  public synchronized void publish(List<? extends DomainEvent> batch) {
    requireNonNull(batch, "events");
    for (DomainEvent e : batch) {
      requireNonNull(e, "event");
    }
    events.addAll(batch);
  }

  /**
   * Returns the events recorded so far.
   *
   * @return a copy, oldest first
   */
  public synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /**
   * Returns the events of one family or type recorded so far.
   *
   * @param type the event type, for example {@code TeamEvent.class}; not null
   * @param <E> the type
   * @return a copy, oldest first
   * @throws NullPointerException if {@code type} is null
   */
  public synchronized <E extends DomainEvent> List<E> events(Class<E> type) {
    requireNonNull(type, "type");
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Forgets the events recorded so far. */
  public synchronized void clear() {
    events.clear();
  }
}
