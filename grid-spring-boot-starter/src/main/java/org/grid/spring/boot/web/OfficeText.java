package org.grid.spring.boot.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;

/**
 * An office as the API writes it, in JSON, headers and query parameters: its tier and its whole path, county first,
 * each part percent-encoded as in a URL query (UTF-8), so that a part may hold a slash or Chinese characters and a
 * header stays ASCII: {@code VILLAGE_GRID:C1/T01/T01-D1/V1/G1}, {@code DISTRICT_GRID:C1/T01/T01-D1}, {@code
 * TOWNSHIP_OFFICE:C1/T01}, {@code COUNTY_OFFICE:C1}, {@code DEPARTMENT:C1/water}. The path is {@link Office#path()}.
 */
final class OfficeText {

  private OfficeText() {}

  static String format(Office office) {
    if (office == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : office.path()) {
      parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8));
    }
    return office.tier() + ":" + String.join("/", parts);
  }

  /**
   * Reads an office.
   *
   * @param text the text, not null
   * @param location what holds the text, for the error ("header Grid-Office", "$.complaintAgainst")
   * @return the office
   * @throws ApiProblem 400 naming {@code location} when the text is not an office
   */
  static Office parse(String text, String location) {
    int colon = text.indexOf(':');
    if (colon < 0 || text.length() > 600) {
      throw ApiProblem.badInput(location, "not an office; write TIER:county/... (e.g. TOWNSHIP_OFFICE:C1/T01)");
    }
    Tier tier = Params.enumValue(Tier.class, text.substring(0, colon), location);
    String[] raw = text.substring(colon + 1).split("/", -1);
    int expected = switch (tier) {
      case VILLAGE_GRID -> 5;
      case DISTRICT_GRID -> 3;
      case TOWNSHIP_OFFICE, DEPARTMENT -> 2;
      case COUNTY_OFFICE -> 1;
    };
    if (raw.length != expected) {
      throw ApiProblem.badInput(location, "an office at " + tier + " has " + expected + " path parts, county first; "
          + "was " + raw.length);
    }
    String[] p = new String[raw.length];
    try {
      for (int i = 0; i < raw.length; i++) {
        p[i] = URLDecoder.decode(raw[i], StandardCharsets.UTF_8);
      }
      CountyId county = CountyId.of(p[0]);
      return switch (tier) {
        case VILLAGE_GRID -> new Office(tier, county, TownshipId.of(p[1]), DistrictId.of(p[2]), VillageId.of(p[3]),
            p[4]);
        case DISTRICT_GRID -> new Office(tier, county, TownshipId.of(p[1]), null, null, p[2]);
        case TOWNSHIP_OFFICE, DEPARTMENT -> new Office(tier, county, null, null, null, p[1]);
        case COUNTY_OFFICE -> Office.county(county);
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiProblem.badInput(location, "not an office: " + e.getMessage());
    }
  }
}
