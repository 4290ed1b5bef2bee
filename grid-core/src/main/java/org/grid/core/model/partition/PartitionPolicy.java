package org.grid.core.model.partition;

/**
 * The partition policy (划分规则): every number of the 双网格 rules, each with the default of the rulebook, so that a
 * county changes a rule without a code change. Hard rules use {@link #targetHouseholds()} and {@link #districts()};
 * every soft goal has its own tolerance, beyond which the validator warns.
 *
 * @param targetHouseholds households per responsibility grid ("200户左右"); a village of {@code h} households gets
 *     {@code max(1, floor(h / target + 0.5))} grids. Default {@value #DEFAULT_TARGET_HOUSEHOLDS}; at least 1
 * @param districts the number of district grids (片区). Default {@value #DEFAULT_DISTRICTS}; at least 1
 * @param keepExisting whether the planner keeps the township's current 片区 assignment and moves only the villages
 *     it must (依照乡现有片区管理的模式). Default false: plan districts afresh
 * @param gridBalanceTolerance the largest relative deviation {@code |households - h/k| / (h/k)} of a grid of a split
 *     village before a {@link PartitionRule#GRID_BALANCE} warning. Default {@value #DEFAULT_GRID_BALANCE_TOLERANCE};
 *     not negative
 * @param districtBalanceTolerance the largest district imbalance {@code (max - min) / mean} before a
 *     {@link PartitionRule#DISTRICT_BALANCE} warning. Default {@value #DEFAULT_DISTRICT_BALANCE_TOLERANCE}; not
 *     negative
 * @param gridCutTolerance the largest share of a split village's inner unit borders cut between its grids, beyond
 *     the {@code k - 1} any split must cut, before a
 *     {@link PartitionRule#GRID_COMPACT} warning. Default {@value #DEFAULT_GRID_CUT_TOLERANCE}; from 0 to 1
 * @param districtBoundaryTolerance the largest share of a district's unit borders that lie on its boundary before
 *     a {@link PartitionRule#DISTRICT_COMPACT} warning. Default {@value #DEFAULT_DISTRICT_BOUNDARY_TOLERANCE}; from 0
 *     to 1
 * @param tagSpreadTolerance how many districts more than needed a cluster of neighbouring villages sharing a tag
 *     may be spread over before a {@link PartitionRule#TAG_SPREAD} warning; needed is {@code ceil(cluster
 *     households / mean district households)}. Default {@value #DEFAULT_TAG_SPREAD_TOLERANCE}; not negative
 * @param movedVillagesTolerance the largest share of villages a plan keeping the current 片区 may move before a
 *     {@link PartitionRule#STABILITY} warning. Default {@value #DEFAULT_MOVED_VILLAGES_TOLERANCE}; from 0 to 1
 * @param exactSearchMaxUnits the planner searches the exact optimum split of villages with at most this many units
 *     (within a fixed budget of steps; docs/partitioning.md) and uses a heuristic beyond. Default
 *     {@value #DEFAULT_EXACT_SEARCH_MAX_UNITS}; from 1 to {@value #MAX_EXACT_SEARCH_UNITS}
 */
public record PartitionPolicy(
    int targetHouseholds,
    int districts,
    boolean keepExisting,
    double gridBalanceTolerance,
    double districtBalanceTolerance,
    double gridCutTolerance,
    double districtBoundaryTolerance,
    int tagSpreadTolerance,
    double movedVillagesTolerance,
    int exactSearchMaxUnits) {

  /** Default households per grid: {@value}. */
  public static final int DEFAULT_TARGET_HOUSEHOLDS = 200;
  /** Default number of districts: {@value}. */
  public static final int DEFAULT_DISTRICTS = 8;
  /** Default tolerance of a split village's grid balance: {@value}. */
  public static final double DEFAULT_GRID_BALANCE_TOLERANCE = 0.25;
  /** Default tolerance of the district imbalance: {@value}. */
  public static final double DEFAULT_DISTRICT_BALANCE_TOLERANCE = 0.15;
  /** Default tolerance of the share of a split village's inner borders cut: {@value}. */
  public static final double DEFAULT_GRID_CUT_TOLERANCE = 0.5;
  /** Default tolerance of the share of a district's unit borders on its boundary: {@value}. */
  public static final double DEFAULT_DISTRICT_BOUNDARY_TOLERANCE = 0.75;
  /** Default number of extra districts a tag may be spread over: {@value}. */
  public static final int DEFAULT_TAG_SPREAD_TOLERANCE = 1;
  /** Default share of villages a plan keeping the current 片区 may move: {@value}. */
  public static final double DEFAULT_MOVED_VILLAGES_TOLERANCE = 0.25;
  /** Default largest village, in units, whose split is searched exactly: {@value}. */
  public static final int DEFAULT_EXACT_SEARCH_MAX_UNITS = 16;
  /** The largest value allowed for {@code exactSearchMaxUnits}: {@value} (the search is exponential). */
  public static final int MAX_EXACT_SEARCH_UNITS = 24;

  /**
   * Checks the policy.
   *
   * @param targetHouseholds households per responsibility grid ("200户左右"); a village of {@code h} households gets
   *     {@code max(1, floor(h / target + 0.5))} grids. Default {@value #DEFAULT_TARGET_HOUSEHOLDS}; at least 1
   * @param districts the number of district grids (片区). Default {@value #DEFAULT_DISTRICTS}; at least 1
   * @param keepExisting whether the planner keeps the township's current 片区 assignment and moves only the villages
   *     it must (依照乡现有片区管理的模式). Default false: plan districts afresh
   * @param gridBalanceTolerance the largest relative deviation {@code |households - h/k| / (h/k)} of a grid of a split
   *     village before a {@link PartitionRule#GRID_BALANCE} warning. Default {@value #DEFAULT_GRID_BALANCE_TOLERANCE};
   *     not negative
   * @param districtBalanceTolerance the largest district imbalance {@code (max - min) / mean} before a
   *     {@link PartitionRule#DISTRICT_BALANCE} warning. Default {@value #DEFAULT_DISTRICT_BALANCE_TOLERANCE}; not
   *     negative
   * @param gridCutTolerance the largest share of a split village's inner unit borders cut between its grids, beyond
   *     the {@code k - 1} any split must cut, before a
   *     {@link PartitionRule#GRID_COMPACT} warning. Default {@value #DEFAULT_GRID_CUT_TOLERANCE}; from 0 to 1
   * @param districtBoundaryTolerance the largest share of a district's unit borders that lie on its boundary before
   *     a {@link PartitionRule#DISTRICT_COMPACT} warning. Default {@value #DEFAULT_DISTRICT_BOUNDARY_TOLERANCE}; from 0
   *     to 1
   * @param tagSpreadTolerance how many districts more than needed a cluster of neighbouring villages sharing a tag
   *     may be spread over before a {@link PartitionRule#TAG_SPREAD} warning; needed is {@code ceil(cluster
   *     households / mean district households)}. Default {@value #DEFAULT_TAG_SPREAD_TOLERANCE}; not negative
   * @param movedVillagesTolerance the largest share of villages a plan keeping the current 片区 may move before a
   *     {@link PartitionRule#STABILITY} warning. Default {@value #DEFAULT_MOVED_VILLAGES_TOLERANCE}; from 0 to 1
   * @param exactSearchMaxUnits the planner searches the exact optimum split of villages with at most this many units
   *     (within a fixed budget of steps; docs/partitioning.md) and uses a heuristic beyond. Default
   *     {@value #DEFAULT_EXACT_SEARCH_MAX_UNITS}; from 1 to {@value #MAX_EXACT_SEARCH_UNITS}
   * @throws IllegalArgumentException if a value is outside the range documented for its field, or a tolerance is
   *     NaN
   */
  public PartitionPolicy {
    atLeast(targetHouseholds, 1, "targetHouseholds");
    atLeast(districts, 1, "districts");
    share(gridBalanceTolerance, Double.MAX_VALUE, "gridBalanceTolerance");
    share(districtBalanceTolerance, Double.MAX_VALUE, "districtBalanceTolerance");
    share(gridCutTolerance, 1, "gridCutTolerance");
    share(districtBoundaryTolerance, 1, "districtBoundaryTolerance");
    atLeast(tagSpreadTolerance, 0, "tagSpreadTolerance");
    share(movedVillagesTolerance, 1, "movedVillagesTolerance");
    atLeast(exactSearchMaxUnits, 1, "exactSearchMaxUnits");
    if (exactSearchMaxUnits > MAX_EXACT_SEARCH_UNITS) {
      throw new IllegalArgumentException(
          "exactSearchMaxUnits must be at most " + MAX_EXACT_SEARCH_UNITS + ", was " + exactSearchMaxUnits);
    }
  }

  /**
   * Returns the policy with every default of the rulebook: target 200 households, 8 districts, fresh districts.
   *
   * @return the policy with every default of the rulebook
   */
  public static PartitionPolicy defaults() {
    return new PartitionPolicy(
        DEFAULT_TARGET_HOUSEHOLDS,
        DEFAULT_DISTRICTS,
        false,
        DEFAULT_GRID_BALANCE_TOLERANCE,
        DEFAULT_DISTRICT_BALANCE_TOLERANCE,
        DEFAULT_GRID_CUT_TOLERANCE,
        DEFAULT_DISTRICT_BOUNDARY_TOLERANCE,
        DEFAULT_TAG_SPREAD_TOLERANCE,
        DEFAULT_MOVED_VILLAGES_TOLERANCE,
        DEFAULT_EXACT_SEARCH_MAX_UNITS);
  }

  /**
   * Returns a copy with another target.
   *
   * @param target households per grid, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if {@code target} is less than 1
   */
  public PartitionPolicy withTargetHouseholds(int target) {
    return new PartitionPolicy(target, districts, keepExisting, gridBalanceTolerance, districtBalanceTolerance,
        gridCutTolerance, districtBoundaryTolerance, tagSpreadTolerance, movedVillagesTolerance, exactSearchMaxUnits);
  }

  /**
   * Returns a copy with another number of districts.
   *
   * @param count the number of districts, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public PartitionPolicy withDistricts(int count) {
    return new PartitionPolicy(targetHouseholds, count, keepExisting, gridBalanceTolerance, districtBalanceTolerance,
        gridCutTolerance, districtBoundaryTolerance, tagSpreadTolerance, movedVillagesTolerance, exactSearchMaxUnits);
  }

  /**
   * Returns a copy that keeps, or does not keep, the current 片区 assignment.
   *
   * @param keep whether to keep the current assignment
   * @return the new policy
   */
  public PartitionPolicy withKeepExisting(boolean keep) {
    return new PartitionPolicy(targetHouseholds, districts, keep, gridBalanceTolerance, districtBalanceTolerance,
        gridCutTolerance, districtBoundaryTolerance, tagSpreadTolerance, movedVillagesTolerance, exactSearchMaxUnits);
  }

  /**
   * Returns a copy with another exact-search limit.
   *
   * @param units the largest village, in units, searched exactly; from 1 to {@value #MAX_EXACT_SEARCH_UNITS}
   * @return the new policy
   * @throws IllegalArgumentException if {@code units} is out of range
   */
  public PartitionPolicy withExactSearchMaxUnits(int units) {
    return new PartitionPolicy(targetHouseholds, districts, keepExisting, gridBalanceTolerance,
        districtBalanceTolerance, gridCutTolerance, districtBoundaryTolerance, tagSpreadTolerance,
        movedVillagesTolerance, units);
  }

  /**
   * Returns the number of grids rule 2 gives a village: {@code max(1, floor(h / target + 0.5))}.
   *
   * @param households the village's households, not negative
   * @return the number of grids, at least 1
   */
  public int gridsFor(int households) {
    // floor(h / t + 0.5) == floor((2h + t) / 2t), in exact integer arithmetic.
    long k = (2L * households + targetHouseholds) / (2L * targetHouseholds);
    return (int) Math.max(1, k);
  }

  private static void atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
    }
  }

  private static void share(double value, double max, String field) {
    if (Double.isNaN(value) || value < 0 || value > max) {
      throw new IllegalArgumentException(field + " must be from 0 to " + max + ", was " + value);
    }
  }
}
