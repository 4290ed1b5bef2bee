package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;

/**
 * An office (责任主体) that can hold a request: one tier and its whole place in the jurisdiction path county →
 * township → district → village → grid. Two offices are the same only when every part of the path is: township
 * {@code T01} of county {@code C1} and township {@code T01} of county {@code C2} are different offices, and a
 * department belongs to one county.
 *
 * <p>Which parts are present depends on the tier; the parts below the tier are absent (null):
 *
 * <table>
 *   <caption>The parts of an office by tier</caption>
 *   <tr><th>tier</th><th>county</th><th>township</th><th>district</th><th>village</th><th>unit</th></tr>
 *   <tr><td>{@link Tier#VILLAGE_GRID}</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>the grid id</td></tr>
 *   <tr><td>{@link Tier#DISTRICT_GRID}</td><td>yes</td><td>yes</td><td>—</td><td>—</td><td>the district id</td></tr>
 *   <tr><td>{@link Tier#TOWNSHIP_OFFICE}</td><td>yes</td><td>—</td><td>—</td><td>—</td><td>the township id</td></tr>
 *   <tr><td>{@link Tier#COUNTY_OFFICE}</td><td>yes</td><td>—</td><td>—</td><td>—</td><td>the county id</td></tr>
 *   <tr><td>{@link Tier#DEPARTMENT}</td><td>yes</td><td>—</td><td>—</td><td>—</td><td>the department id</td></tr>
 * </table>
 *
 * <p>The unit is checked as the id it is at its tier: at most {@value GridId#MAX_LENGTH} characters at {@link
 * Tier#VILLAGE_GRID}, where it is a {@link GridId}, and at most {@value Ids#MAX_LENGTH} at every other tier.
 * Make offices with the factories ({@link #of(Tier, Place)}, {@link #department(CountyId, DepartmentId)}, {@link
 * #county}, {@link #township}, {@link #district}, {@link #grid}, {@link #at}) rather than the constructor.
 *
 * @param tier the office's tier
 * @param county the county the office belongs to, not null
 * @param township the township above a district or village grid office, else null
 * @param district the district above a village grid office, else null
 * @param village the village of a village grid office, else null
 * @param unit the id of what the office answers for at its tier (see the table); not blank, at most {@value
 *     GridId#MAX_LENGTH} characters at the village grid tier and {@value Ids#MAX_LENGTH} at the others, without
 *     surrounding whitespace or control characters; at the county office, the county id
 */
public record Office(
    Tier tier, CountyId county, TownshipId township, DistrictId district, VillageId village, String unit) {

  /**
   * Checks the office.
   *
   * @param tier the office's tier
   * @param county the county the office belongs to, not null
   * @param township the township above a district or village grid office, else null
   * @param district the district above a village grid office, else null
   * @param village the village of a village grid office, else null
   * @param unit the id of what the office answers for at its tier (see the table); not blank, at most {@value
   *     GridId#MAX_LENGTH} characters at the village grid tier and {@value Ids#MAX_LENGTH} at the others, without
   *     surrounding whitespace or control characters; at the county office, the county id
   * @throws NullPointerException if {@code tier}, {@code county} or {@code unit} is null, or a part the tier needs
   *     is null (the message names it)
   * @throws IllegalArgumentException if {@code unit} is blank, longer than its tier allows (the message names
   *     {@code unit}, the tier and the limit), or has surrounding whitespace or control characters; if a part below
   *     the tier is present; or if a county office's unit is not its county's id
   */
  public Office {
    requireNonNull(tier, "tier");
    requireNonNull(county, "county");
    requireNonNull(unit, "unit");
    int maxLength = tier == Tier.VILLAGE_GRID ? GridId.MAX_LENGTH : Ids.MAX_LENGTH;
    if (unit.length() > maxLength) {
      throw new IllegalArgumentException("unit must be at most " + maxLength + " characters at " + tier
          + ", was " + unit.length());
    }
    Ids.requireValidId(unit, "unit", maxLength);
    boolean grid = tier == Tier.VILLAGE_GRID;
    boolean belowTownship = grid || tier == Tier.DISTRICT_GRID;
    requirePart(township, belowTownship, "township", tier);
    requirePart(district, grid, "district", tier);
    requirePart(village, grid, "village", tier);
    if (tier == Tier.COUNTY_OFFICE && !unit.equals(county.value())) {
      throw new IllegalArgumentException("unit of a county office must be its county's id");
    }
  }

  private static void requirePart(Object part, boolean needed, String name, Tier tier) {
    if (needed) {
      requireNonNull(part, name);
    } else if (part != null) {
      throw new IllegalArgumentException(name + " must be absent from an office at " + tier);
    }
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
      case VILLAGE_GRID -> grid(place.county(), place.township(), place.district(), place.village(), place.grid());
      case DISTRICT_GRID -> district(place.county(), place.township(), place.district());
      case TOWNSHIP_OFFICE -> township(place.county(), place.township());
      case COUNTY_OFFICE -> county(place.county());
      case DEPARTMENT -> throw new IllegalArgumentException("tier: a department office is named, not derived");
    };
  }

  /**
   * Returns the office of a tier whose unit is named, in the path of a place above that tier: how a stored office
   * (tier and unit) is read back beside its request's place. For every tier but the department the office is
   * {@link #of(Tier, Place)} when {@code unit} is the place's id at that tier.
   *
   * @param tier the tier, not null
   * @param unit the unit at that tier, as for the constructor
   * @param place the place whose path above the tier the office takes, not null
   * @return the office
   * @throws IllegalArgumentException as the constructor
   */
  public static Office at(Tier tier, String unit, Place place) {
    requireNonNull(tier, "tier");
    requireNonNull(place, "place");
    return switch (tier) {
      case VILLAGE_GRID -> new Office(tier, place.county(), place.township(), place.district(), place.village(), unit);
      case DISTRICT_GRID -> new Office(tier, place.county(), place.township(), null, null, unit);
      case TOWNSHIP_OFFICE, COUNTY_OFFICE, DEPARTMENT -> new Office(tier, place.county(), null, null, null, unit);
    };
  }

  /**
   * Returns a county's grid office (县网格办).
   *
   * @param county the county, not null
   * @return the office
   */
  public static Office county(CountyId county) {
    requireNonNull(county, "county");
    return new Office(Tier.COUNTY_OFFICE, county, null, null, null, county.value());
  }

  /**
   * Returns a township's grid office (乡镇网格办).
   *
   * @param county the township's county, not null
   * @param township the township, not null
   * @return the office
   */
  public static Office township(CountyId county, TownshipId township) {
    requireNonNull(township, "township");
    return new Office(Tier.TOWNSHIP_OFFICE, county, null, null, null, township.value());
  }

  /**
   * Returns a district grid's office (片区网格).
   *
   * @param county the county, not null
   * @param township the township, not null
   * @param district the district, not null
   * @return the office
   */
  public static Office district(CountyId county, TownshipId township, DistrictId district) {
    requireNonNull(district, "district");
    return new Office(Tier.DISTRICT_GRID, county, township, null, null, district.value());
  }

  /**
   * Returns a village grid's office (职责网格).
   *
   * @param county the county, not null
   * @param township the township, not null
   * @param district the district listing the grid, not null
   * @param village the grid's village, not null
   * @param grid the grid, not null
   * @return the office
   */
  public static Office grid(
      CountyId county, TownshipId township, DistrictId district, VillageId village, GridId grid) {
    requireNonNull(grid, "grid");
    return new Office(Tier.VILLAGE_GRID, county, township, district, village, grid.value());
  }

  /**
   * Returns the office of one of a county's functional departments (职能部门).
   *
   * @param county the department's county, not null
   * @param department the department, not null
   * @return the department's office
   */
  public static Office department(CountyId county, DepartmentId department) {
    requireNonNull(department, "department");
    return new Office(Tier.DEPARTMENT, county, null, null, null, department.value());
  }

  /**
   * Tells whether this office answers for the place at its tier: it is the office of its tier for the place, or a
   * department of the place's county.
   *
   * @param place the place, not null
   * @return true when this office is the place's office at its tier, or a department of the place's county
   */
  public boolean covers(Place place) {
    requireNonNull(place, "place");
    if (!county.equals(place.county())) {
      return false;
    }
    // Compared part by part rather than by making the place's office: the engine asks this of every command.
    return switch (tier) {
      case DEPARTMENT -> true;
      case COUNTY_OFFICE -> unit.equals(place.county().value());
      case TOWNSHIP_OFFICE -> unit.equals(place.township().value());
      case DISTRICT_GRID -> township.equals(place.township()) && unit.equals(place.district().value());
      case VILLAGE_GRID -> township.equals(place.township()) && district.equals(place.district())
          && village.equals(place.village()) && unit.equals(place.grid().value());
    };
  }

  /**
   * Returns the parts of the office's path from the county down to its unit, e.g. {@code [C1, T01, T01-D1]} for a
   * district office.
   *
   * @return the parts, county first, unit last
   */
  public List<String> path() {
    List<String> parts = new ArrayList<>(5);
    parts.add(county.value());
    if (township != null) {
      parts.add(township.value());
    }
    if (district != null) {
      parts.add(district.value());
    }
    if (village != null) {
      parts.add(village.value());
    }
    if (tier != Tier.COUNTY_OFFICE) {
      parts.add(unit);
    }
    return List.copyOf(parts);
  }

  /**
   * Returns the tier and the unit, e.g. {@code DISTRICT_GRID:T01-D1}: the short form clerks know. Offices of the
   * same unit in two counties print alike; {@link #path()} tells them apart.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return tier + ":" + unit;
  }
}
