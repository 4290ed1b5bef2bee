package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import static org.grid.escalation.model.Checks.requireValidId;

/**
 * An office (责任主体) that can hold a request: one tier and the jurisdiction it answers for at that tier (a grid, a
 * district, a township, a county, or a department).
 *
 * @param tier the office's tier
 * @param unit the id of what the office answers for: the grid id at {@link Tier#VILLAGE_GRID}, the district id at
 *     {@link Tier#DISTRICT_GRID}, the township id at {@link Tier#TOWNSHIP_OFFICE}, the county id at {@link
 *     Tier#COUNTY_OFFICE}, the department id at {@link Tier#DEPARTMENT}; not blank
 */
public record Office(Tier tier, String unit) {

  /**
   * Checks the office.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is not a valid id text
   */
  public Office {
    requireNonNull(tier, "tier");
    requireValidId(unit, "unit");
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
