package org.grid.core.model.event;

import java.time.Instant;
import org.grid.core.model.jurisdiction.CountyId;

/**
 * A domain event (领域事件): a past-tense record of a change an application service made and stored, published in the
 * unit of work of that change through {@link org.grid.core.port.out.DomainEventPublisher}. Each module has a sealed
 * family of its own that extends this interface; events carry ids, codes and numbers, never names, phone numbers or
 * free text.
 */
public interface DomainEvent {

  /**
   * Returns the county the changed aggregate belongs to; brokers route by it.
   *
   * @return the county, never null
   */
  CountyId county();

  /**
   * Returns when the change happened, that is when the application service stored it.
   *
   * @return the instant, never null
   */
  Instant at();
}
