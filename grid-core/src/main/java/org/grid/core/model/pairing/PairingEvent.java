package org.grid.core.model.pairing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PersonId;

/** An event of a household's pairing (结对事件): who the party member is that visits it (联户). */
public sealed interface PairingEvent extends DomainEvent {

  /**
   * A household's pairing changed (结对调整): it was paired for the first time, given another pairer, or left
   * unpaired. Ids only: neither the household's members nor the pairer's name.
   *
   * @param county the township's county, not null
   * @param township the township, not null
   * @param village the household's village, not null
   * @param household the household, not null
   * @param pairer the pairer now; empty when the household is no longer paired
   * @param previous the pairer before; empty when it was not paired
   * @param at when the change was stored, not null
   */
  record PairingChanged(CountyId county, TownshipId township, VillageId village, HouseholdId household,
      Optional<PersonId> pairer, Optional<PersonId> previous, Instant at) implements PairingEvent {
    /**
     * Checks the event.
     *
     * @param county the township's county, not null
     * @param township the township, not null
     * @param village the household's village, not null
     * @param household the household, not null
     * @param pairer the pairer now; empty when the household is no longer paired; not null
     * @param previous the pairer before; empty when it was not paired; not null
     * @param at when the change was stored, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pairer did not change ({@code pairer} equals {@code previous})
     */
    public PairingChanged {
      requireNonNull(county, "county");
      requireNonNull(township, "township");
      requireNonNull(village, "village");
      requireNonNull(household, "household");
      requireNonNull(pairer, "pairer");
      requireNonNull(previous, "previous");
      requireNonNull(at, "at");
      if (pairer.equals(previous)) {
        throw new IllegalArgumentException("a pairing change of household " + household + " needs a different pairer");
      }
    }
  }
}
