package org.grid.core.port.out;

import java.util.List;
import org.grid.core.model.event.DomainEvent;

/**
 * Where application services publish their domain events (领域事件发布): team, pairing, plan, duty and score events,
 * after the change they describe was stored and inside its unit of work. One port for every module's family (not
 * one per module) because what a publisher does with an event (store it in the same transaction, record it) does
 * not depend on its family; the adapter encodes each family its own way.
 *
 * <p>The in-memory adapter records events; the JDBC adapter writes them to the transactional outbox in the
 * transaction of the change, so a change is stored with its events or not at all.
 */
public interface DomainEventPublisher {

  /**
   * Publishes the events of one change, in order.
   *
   * @param events the events, not null, possibly empty, without null elements
   * @throws NullPointerException if {@code events} or an element is null
   * @throws IllegalArgumentException if the publisher does not know an event's family
   */
  void publish(List<? extends DomainEvent> events);

  /**
   * Returns a publisher that drops every event (after checking the list): the default of services built without a
   * publisher, for embedders that do not want events.
   *
   * @return the publisher
   */
  static DomainEventPublisher none() {
    return events -> {
      for (DomainEvent event : events) {
        java.util.Objects.requireNonNull(event, "event");
      }
    };
  }
}
