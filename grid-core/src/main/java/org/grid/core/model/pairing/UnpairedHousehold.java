package org.grid.core.model.pairing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * A household left without a pairer (未结对户), with the reason.
 *
 * @param household the household
 * @param village its village; empty when its unit is unknown
 * @param reason why it is unpaired
 * @param message a sentence naming the household, the village and the reason
 */
public record UnpairedHousehold(HouseholdId household, Optional<VillageId> village, UnpairedReason reason, String message) {

  /**
   * Checks the record.
   *
   * @param household the household
   * @param village its village; empty when its unit is unknown
   * @param reason why it is unpaired
   * @param message a sentence naming the household, the village and the reason
   * @throws NullPointerException if an argument is null
   */
  public UnpairedHousehold {
    requireNonNull(household, "household");
    requireNonNull(village, "village");
    requireNonNull(reason, "reason");
    requireNonNull(message, "message");
  }
}
