package org.grid.escalation.port.out;

import java.util.List;
import org.grid.escalation.model.RequestEvent;

/**
 * Where the request engine publishes its domain events, after the change they describe was saved. An in-memory
 * adapter records them; a JDBC adapter would keep them in an outbox in the same transaction.
 *
 * <p>Every implementation passes {@code AbstractRequestEventPublisherContractTest} of grid-testkit.
 */
public interface RequestEventPublisher {

  /**
   * Publishes events of one change, in order.
   *
   * @param events the events, not null, possibly empty
   * @throws NullPointerException if {@code events} is null
   */
  void publish(List<RequestEvent> events);
}
