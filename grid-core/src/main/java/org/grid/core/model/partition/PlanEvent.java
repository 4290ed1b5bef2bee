package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;

/** An event of a township's partition plan (网格划分方案事件). */
public sealed interface PlanEvent extends DomainEvent {

  /**
   * A township adopted a partition plan (方案启用): its grids and districts are the township's places from now on.
   * Carries the plan's ids (grids, their villages and districts), no names.
   *
   * @param county the township's county, not null
   * @param plan the plan adopted, not null
   * @param at when it was adopted, not null
   */
  record PlanAdopted(CountyId county, Plan plan, Instant at) implements PlanEvent {
    /**
     * Checks the event.
     *
     * @param county the township's county, not null
     * @param plan the plan adopted, not null
     * @param at when it was adopted, not null
     * @throws NullPointerException if an argument is null
     */
    public PlanAdopted {
      requireNonNull(county, "county");
      requireNonNull(plan, "plan");
      requireNonNull(at, "at");
    }
  }
}
