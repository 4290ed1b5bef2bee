package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;

/** An event of the duties of section 4 of the rulebook (履职事件). */
public sealed interface DutyEvent extends DomainEvent {

  /**
   * A duty was found missed for the first time (未履职): a visit, round, meeting, on-site attendance or card that was
   * due in a period and not done. Published once per miss ({@link MissedDuty#key()}), however often and on however
   * many nodes the township's compliance is reported. Ids only: the missed duty's message, which names people, stays
   * in grid.
   *
   * @param county the township's county, not null
   * @param township the township, not null
   * @param duty the missed duty, not null
   * @param at when the miss was found and recorded, not null
   */
  record DutyMissed(CountyId county, TownshipId township, MissedDuty duty, Instant at) implements DutyEvent {
    /**
     * Checks the event.
     *
     * @param county the township's county, not null
     * @param township the township, not null
     * @param duty the missed duty, not null
     * @param at when the miss was found and recorded, not null
     * @throws NullPointerException if an argument is null
     */
    public DutyMissed {
      requireNonNull(county, "county");
      requireNonNull(township, "township");
      requireNonNull(duty, "duty");
      requireNonNull(at, "at");
    }

    /**
     * Returns the missed duty's stable key, {@link MissedDuty#key()}.
     *
     * @return the key, 64 hex digits
     */
    public String key() {
      return duty.key();
    }
  }
}
