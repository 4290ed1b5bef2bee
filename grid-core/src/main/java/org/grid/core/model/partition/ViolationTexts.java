package org.grid.core.model.partition;

import java.util.List;
import java.util.Locale;

/**
 * Every message of the plan validator, in one place: each says, in a sentence a township clerk can act on, what is
 * wrong and, where the township itself makes a rule impossible, why. The texts are part of the plan format's
 * contract (county systems show them as they are): change one only on purpose. Villages are named
 * {@code name (id)}; ids are given as they are; shares as whole percentages; imbalances with two decimals.
 */
final class ViolationTexts {

  private ViolationTexts() {}

  static String planTownship(String plan, String township, String townshipName) {
    return "The plan is for township " + plan + " but is checked against township " + township + " ("
        + townshipName + "); check that the right files are used.";
  }

  static String gridIdDuplicate(String grid, int copies) {
    return "Grid id " + grid + " is used by " + copies + " grids; give each grid its own id.";
  }

  static String gridUnitRepeated(String grid, List<String> units) {
    return "Grid " + grid + " lists unit" + (units.size() == 1 ? " " : "s ") + String.join(", ", units)
        + " more than once; list each unit once.";
  }

  static String gridEmpty(String grid) {
    return "Grid " + grid + " has no unit; remove it or give it units of its village.";
  }

  static String unknownId(String grid, List<String> unknown, String township) {
    return "Grid " + grid + " names " + String.join(", ", unknown) + ", which township " + township
        + " does not have; correct the ids.";
  }

  static String unitUnassigned(List<String> units, String village) {
    return (units.size() == 1 ? "Unit " : "Units ") + String.join(", ", units) + " of " + village
        + (units.size() == 1 ? " is" : " are") + " in no grid; every unit belongs to exactly one grid.";
  }

  static String unitInTwoGrids(String unit, List<String> grids) {
    return "Unit " + unit + " is in grids " + String.join(" and ", grids) + "; a unit belongs to exactly one grid.";
  }

  static String gridCrossesVillage(String grid, String village, List<String> foreign, String otherVillages) {
    return "Grid " + grid + " of " + village + " holds " + String.join(", ", foreign) + " of " + otherVillages
        + "; a grid never crosses a village border (现有行政区划不变): move " + (foreign.size() == 1 ? "it" : "them")
        + " to a grid of " + (foreign.size() == 1 ? "its" : "their") + " own village.";
  }

  /**
   * Rule 2's message.
   *
   * @param units the village's units
   * @param given the grids the plan gives the village
   */
  static String gridCount(String village, int households, int k, int target, int given, int units) {
    String reason = units < k
        ? " It has only " + units + (units == 1 ? " unit" : " units") + " and a unit is never cut, so it cannot have "
            + k + " grids: check its household counts, or divide the unit in the township data."
        : given < k ? " Split it further." : " Merge grids of it.";
    return capitalise(village) + " has " + households + " households and so needs " + k
        + (k == 1 ? " grid" : " grids") + " (about " + target + " households each), but the plan gives it " + given
        + "." + reason;
  }

  /**
   * Rule 3's message.
   *
   * @param village the grid's village, null when the township has no such village
   * @param pieces the pieces' units, each as a comma-separated list
   * @param villagePieces the village's own pieces, when they are more than its grids (no plan can do better); else 0
   */
  static String gridContiguous(String grid, String village, List<String> pieces, int villagePieces, int grids) {
    String reason;
    if (villagePieces > 0) {
      reason = " " + capitalise(village) + " is itself in " + villagePieces
          + " pieces with no border between them, more than its " + grids + (grids == 1 ? " grid" : " grids")
          + ", so no plan can keep every grid connected: check the adjacency data or the village border.";
    } else {
      reason = " Its units must be connected through shared borders; regroup them.";
    }
    return "Grid " + grid + (village != null ? " of " + village : "") + " is in " + pieces.size() + " pieces ("
        + String.join(" | ", pieces) + ")." + reason;
  }

  static String districtIdDuplicate(String district, int copies) {
    return "District id " + district + " is used by " + copies + " districts; give each district its own id.";
  }

  static String districtGridRepeated(String district, List<String> grids) {
    return "District " + district + " lists grid" + (grids.size() == 1 ? " " : "s ") + String.join(", ", grids)
        + " more than once; list each grid once.";
  }

  static String districtEmpty(String district) {
    return "District " + district + " has no grid; remove it or give it villages.";
  }

  static String districtUnknownGrids(String district, List<String> unknown) {
    return "District " + district + " names grid" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
        + ", which the plan does not have; correct the grid ids.";
  }

  static String gridInNoDistrict(String grid) {
    return "Grid " + grid + " is in no district; every grid belongs to exactly one district.";
  }

  static String gridInTwoDistricts(String grid, List<String> districts) {
    return "Grid " + grid + " is in districts " + String.join(" and ", districts)
        + "; every grid belongs to exactly one district.";
  }

  static String villageAcrossDistricts(String village, List<String> districts) {
    return "The grids of " + village + " lie in districts " + String.join(" and ", districts)
        + "; all grids of one village belong to the same district.";
  }

  /**
   * Rule 4's connectedness message.
   *
   * @param pieces the pieces' village ids, each as a comma-separated list
   * @param islands the district's villages that border no village at all
   */
  static String districtContiguous(String district, List<String> pieces, List<String> islands) {
    String reason = islands.isEmpty()
        ? " A district's villages must border each other; move the stray villages to a neighbouring district."
        : " " + capitalise(String.join(", ", islands)) + (islands.size() == 1 ? " borders" : " border")
            + " no other village at all, so " + (islands.size() == 1 ? "it" : "they")
            + " can only be connected as a district of " + (islands.size() == 1 ? "its" : "their")
            + " own: check the adjacency data.";
    return "District " + district + " is in " + pieces.size() + " pieces (" + String.join(" | ", pieces) + ")."
        + reason;
  }

  static String districtCount(int districts, int asked, int villages) {
    String reason = villages < asked
        ? " The township has only " + villages + (villages == 1 ? " village" : " villages")
            + " and a village is never split between districts, so it cannot have " + asked
            + " districts: lower the district count."
        : "";
    return "The plan has " + districts + (districts == 1 ? " district" : " districts") + " but the policy asks for "
        + asked + "." + reason;
  }

  static String gridBalance(String grid, String village, int households, double deviation, double share,
      double tolerance) {
    return "Grid " + grid + " of " + village + " holds " + households + " households, " + percent(deviation)
        + " from the village's even share of " + round(share) + " (tolerance " + percent(tolerance)
        + "); move units between its grids.";
  }

  static String gridCompact(String village, int cut, int inner, double share, double tolerance) {
    return capitalise(village) + " has " + cut + " of its " + inner + " inner borders cut between its grids ("
        + percent(share) + " of those it could keep, tolerance " + percent(tolerance)
        + "); give its grids rounder shapes.";
  }

  static String districtBalance(long smallest, String smallestId, long largest, String largestId, double imbalance,
      double tolerance) {
    return "Districts range from " + smallest + " households (" + smallestId + ") to " + largest + " ("
        + largestId + "), an imbalance of " + round(imbalance) + " against a tolerance of " + round(tolerance)
        + "; move villages from the larger districts toward the smaller.";
  }

  static String districtCompact(String district, double share, double tolerance) {
    return "District " + district + " has " + percent(share) + " of its unit borders on its boundary (tolerance "
        + percent(tolerance) + "): a straggling shape; trade villages with its neighbours to make it rounder.";
  }

  static String tagSpread(int villages, String tag, int districts, long needed, int tolerance) {
    return "The " + villages + " neighbouring villages tagged '" + tag + "' are spread over " + districts
        + " districts where " + needed + " would hold them (tolerance " + tolerance
        + " more); keep villages of like customs together (习惯相近).";
  }

  static String stability(int moved, int villages, double tolerance) {
    return "The plan moves " + moved + " of " + villages + " villages out of their current 片区 (tolerance "
        + percent(tolerance) + "); keep more villages where they are.";
  }

  /** A village as messages name it: {@code name (id)}. */
  static String village(TownshipIndex index, int v) {
    return index.villageNames[v] + " (" + index.villageIds[v] + ")";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String round(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
