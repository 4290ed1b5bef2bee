package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.grid.adapters.json.JsonInput;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Tier;

/**
 * Reads and writes an office (责任主体) with its jurisdiction path, as the scenario and staff directory formats
 * spell it: {@code {"tier", "county", "township"?, "district"?, "village"?, "unit"}}, with exactly the parts the
 * tier needs (see {@link Office}); reads an office in its short form {@code TIER:unit} beside a request's place, as
 * the request export writes it; and reads and writes a place. Shared by the readers and writers of this package.
 */
final class OfficeJson {

  /** The fields of an office object. */
  static final Set<String> FIELDS = Set.of("tier", "county", "township", "district", "village", "unit");
  /** The fields of a place object. */
  static final Set<String> PLACE = Set.of("county", "township", "district", "village", "grid");

  private static final List<String> PATH = List.of("township", "district", "village");
  private static final String TIERS =
      "a tier: VILLAGE_GRID, DISTRICT_GRID, TOWNSHIP_OFFICE, COUNTY_OFFICE or DEPARTMENT";

  private OfficeJson() {}

  /** Reads the office object at {@code p}, which has only office fields; null after recording problems. */
  static Office office(JsonInput in, JsonNode o, String p) {
    if (in.object(o, p) == null) {
      return null;
    }
    in.fields(o, p, FIELDS);
    return officeOf(in, o, p);
  }

  /**
   * Reads the office fields of {@code o} (which may have other fields, checked by the caller): the tier, the county,
   * exactly the path parts the tier needs, and the unit. A missing or surplus part is a problem naming its path.
   */
  static Office officeOf(JsonInput in, JsonNode o, String p) {
    int before = in.problemCount();
    Tier tier = in.value(o, "tier", p, TIERS, t -> Tier.valueOf(t.toUpperCase(Locale.ROOT)));
    CountyId county = in.value(o, "county", p, "a county id", CountyId::of);
    TownshipId township = null;
    DistrictId district = null;
    VillageId village = null;
    if (tier != null) {
      List<String> needed = needed(tier);
      for (String part : PATH) {
        if (!needed.contains(part) && o.has(part)) {
          in.problem(p + "." + part, "is not part of an office at " + tier + ", whose path is " + describe(tier));
        }
      }
      if (needed.contains("township")) {
        township = in.value(o, "township", p, "a township id", TownshipId::of);
      }
      if (needed.contains("district")) {
        district = in.value(o, "district", p, "a district id", DistrictId::of);
      }
      if (needed.contains("village")) {
        village = in.value(o, "village", p, "a village id", VillageId::of);
      }
    }
    String unit = in.text(o, "unit", p);
    if (in.problemCount() > before || tier == null || county == null || unit == null) {
      return null;
    }
    try {
      return new Office(tier, county, township, district, village, unit);
    } catch (IllegalArgumentException e) {
      in.problem(p + ".unit", e.getMessage());
      return null;
    }
  }

  /** Writes the fields of an office object into {@code o}: the tier, the county, the path parts it has, the unit. */
  static void write(ObjectNode o, Office office) {
    o.put("tier", office.tier().name());
    o.put("county", office.county().value());
    if (office.township() != null) {
      o.put("township", office.township().value());
    }
    if (office.district() != null) {
      o.put("district", office.district().value());
    }
    if (office.village() != null) {
      o.put("village", office.village().value());
    }
    o.put("unit", office.unit());
  }

  /**
   * Reads the office written in its short form {@code TIER:unit} at {@code field} (required or not), and rebuilds
   * its path beside the request's place ({@link Office#at}), as the JDBC adapter does with the tier and unit it
   * stores: every office a request names lies on its place's path or is a department of its county. Without a place
   * (the report could not be read) only the form and the tier are checked.
   *
   * @return the office, or null when it is absent and not required, after recording a problem, or without a place
   */
  static Office shortForm(JsonInput in, JsonNode parent, String field, String path, boolean required, Place place) {
    if (!required && !parent.hasNonNull(field)) {
      return null;
    }
    String text = in.text(parent, field, path);
    if (text == null) {
      return null;
    }
    String at = path + "." + field;
    int colon = text.indexOf(':');
    Tier tier = colon < 0 ? null : Arrays.stream(Tier.values())
        .filter(t -> t.name().equals(text.substring(0, colon))).findFirst().orElse(null);
    if (tier == null) {
      in.problem(at, "must be an office as TIER:unit with a tier of " + Arrays.toString(Tier.values())
          + ", such as DISTRICT_GRID:T01-D1, was " + JsonInput.describe(parent.get(field)));
      return null;
    }
    if (place == null) {
      return null;
    }
    Office office;
    try {
      office = Office.at(tier, text.substring(colon + 1), place);
    } catch (IllegalArgumentException e) {
      in.problem(at, e.getMessage());
      return null;
    }
    // Office.at takes the path above the tier from the place; the unit at the tier must be the place's too.
    if (!office.covers(place)) {
      in.problem(at, "names " + office + ", which is neither on the path of the request's place (grid "
          + place.grid() + ") nor a department of its county");
      return null;
    }
    return office;
  }

  /** Writes a place object into {@code o}: its county, township, district, village and grid. */
  static void write(ObjectNode o, Place place) {
    o.put("county", place.county().value());
    o.put("township", place.township().value());
    o.put("district", place.district().value());
    o.put("village", place.village().value());
    o.put("grid", place.grid().value());
  }

  /** Returns the path parts between the county and the unit that an office at {@code tier} has. */
  private static List<String> needed(Tier tier) {
    return switch (tier) {
      case VILLAGE_GRID -> PATH;
      case DISTRICT_GRID -> List.of("township");
      case TOWNSHIP_OFFICE, COUNTY_OFFICE, DEPARTMENT -> List.of();
    };
  }

  private static String describe(Tier tier) {
    List<String> parts = needed(tier);
    return parts.isEmpty() ? "county and unit" : "county, " + String.join(", ", parts) + " and unit";
  }

  /** Reads the place object at {@code p}; null after recording problems. */
  static Place place(JsonInput in, JsonNode n, String p) {
    if (in.object(n, p) == null) {
      return null;
    }
    in.fields(n, p, PLACE);
    CountyId county = in.value(n, "county", p, "a county id", CountyId::of);
    TownshipId township = in.value(n, "township", p, "a township id", TownshipId::of);
    DistrictId district = in.value(n, "district", p, "a district id", DistrictId::of);
    VillageId village = in.value(n, "village", p, "a village id", VillageId::of);
    GridId grid = in.value(n, "grid", p, "a grid id", GridId::of);
    if (county == null || township == null || district == null || village == null || grid == null) {
      return null;
    }
    return new Place(county, township, district, village, grid);
  }
}
