package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.partition.GridId;

/**
 * An office (责任主体) that can hold a request: one tier and the jurisdiction it answers for at that tier (a grid, a
 * district, a township, a county, or a department).
 *
 * <p>The unit is checked as the id it is at its tier: at most {@value GridId#MAX_LENGTH} characters at {@link
 * Tier#VILLAGE_GRID}, where it is a {@link GridId}, and at most {@value Ids#MAX_LENGTH} at every other tier, where
 * it is a district, township, county or department id. A longer unit could not name anything at its tier: such an
 * office would cover no place and match no staff member's office, so it is refused here rather than left to be
 * unroutable.
 *
 * @param tier the office's tier
 * @param unit the id of what the office answers for: the grid id at {@link Tier#VILLAGE_GRID}, the district id at
 *     {@link Tier#DISTRICT_GRID}, the township id at {@link Tier#TOWNSHIP_OFFICE}, the county id at {@link
 *     Tier#COUNTY_OFFICE}, the department id at {@link Tier#DEPARTMENT}; not blank, at most {@value
 *     GridId#MAX_LENGTH} characters at the village grid tier and {@value Ids#MAX_LENGTH} at the others, without
 *     surrounding whitespace or control characters
 */
public record Office(Tier tier, String unit) {

  /**
   * Checks the office.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is blank, longer than its tier allows (the message names
   *     {@code unit}, the tier and the limit), or has surrounding whitespace or control characters
   */
  public Office {
    requireNonNull(tier, "tier");
    requireNonNull(unit, "unit");
    int maxLength = tier == Tier.VILLAGE_GRID ? GridId.MAX_LENGTH : Ids.MAX_LENGTH;
    if (unit.length() > maxLength) {
      throw new IllegalArgumentException("unit must be at most " + maxLength + " characters at " + tier
          + ", was " + unit.length());
    }
    Ids.requireValidId(unit, "unit", maxLength);
  }

  /**
   * Returns the office of a tier for a place, below the department tier.
   *
   * @param tier the tier, not {@link Tier#DEPARTMENT} (a department does not follow from the place)
   * @param place the place, not null
   * @return the office answering for that place at that tier
   * @throws IllegalArgumentException if {@code tier} is {@link Tier#DEPARTMENT}
   */
  public static Office of(Tier tier, Place place) {
    requireNonNull(tier, "tier");
    requireNonNull(place, "place");
    return switch (tier) {
      case VILLAGE_GRID -> new Office(tier, place.grid().value());
      case DISTRICT_GRID -> new Office(tier, place.district().value());
      case TOWNSHIP_OFFICE -> new Office(tier, place.township().value());
      case COUNTY_OFFICE -> new Office(tier, place.county().value());
      case DEPARTMENT -> throw new IllegalArgumentException("tier: a department office is named, not derived");
    };
  }

  /**
   * Returns the office of a county functional department.
   *
   * @param department the department, not null
   * @return the department's office
   */
  public static Office department(DepartmentId department) {
    requireNonNull(department, "department");
    return new Office(Tier.DEPARTMENT, department.value());
  }

  /**
   * Tells whether this office answers for the place at its tier. A department answers for every place of any
   * county, so the check is left to routing.
   *
   * @param place the place, not null
   * @return true when this office is the office of its tier for the place, or a department
   */
  public boolean covers(Place place) {
    return tier == Tier.DEPARTMENT || equals(of(tier, place));
  }

  @Override
  public String toString() {
    return tier + ":" + unit;
  }
}
