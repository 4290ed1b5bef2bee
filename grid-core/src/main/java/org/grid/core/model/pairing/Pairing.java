package org.grid.core.model.pairing;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PersonId;

/**
 * A pairing (联系结对): a household and the party member, cadre or villager representative who looks after it.
 *
 * @param household the household
 * @param pairer the person paired with it
 * @param village the village both belong to
 */
public record Pairing(HouseholdId household, PersonId pairer, VillageId village) {

  /**
   * Checks the pairing.
   *
   * @param household the household
   * @param pairer the person paired with it
   * @param village the village both belong to
   * @throws NullPointerException if an argument is null
   */
  public Pairing {
    requireNonNull(household, "household");
    requireNonNull(pairer, "pairer");
    requireNonNull(village, "village");
  }
}
