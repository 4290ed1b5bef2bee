package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A household (户) of a unit. Its care tags decide which duties concern it (section 4 of the rulebook). Contact
 * details are personal data and are not part of the domain model.
 *
 * @param id the household's id, unique in its township
 * @param unit the unit the household lives in
 * @param careTags the household's care tags; may be empty
 */
public record Household(HouseholdId id, UnitId unit, Set<CareTag> careTags) {

  /**
   * Checks the household and freezes its tags.
   *
   * @throws NullPointerException if any argument is null
   */
  public Household {
    requireNonNull(id, "id");
    requireNonNull(unit, "unit");
    requireNonNull(careTags, "careTags");
    careTags = Sets.immutableEnumSet(careTags);
  }

  /**
   * Returns a household with the given tags.
   *
   * @param id the household's id
   * @param unit its unit
   * @param careTags its care tags, possibly empty
   * @return the household
   */
  public static Household of(HouseholdId id, UnitId unit, Collection<CareTag> careTags) {
    return new Household(id, unit, careTags.isEmpty() ? EnumSet.noneOf(CareTag.class) : EnumSet.copyOf(careTags));
  }

  /** Tells whether the household must be visited in every collective visit round (五必访). */
  public boolean mustVisit() {
    return careTags.stream().anyMatch(CareTag::mustVisit);
  }
}
