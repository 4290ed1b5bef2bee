package org.grid.core.model.partition;

/**
 * The rules a plan is checked against (双网格划分规则, section 2 of the rulebook). Each has a stable
 * upper-case code (its {@link #name()}), used in the plan format and by county systems; codes are never renamed.
 * Hard rules give {@link Severity#ERROR}, soft goals {@link Severity#WARNING}.
 */
public enum PartitionRule {

  /** The plan is for another township than the one it is checked against. */
  PLAN_TOWNSHIP(Severity.ERROR),
  /** Two grids of the plan share an id. */
  GRID_ID_DUPLICATE(Severity.ERROR),
  /** A grid has no unit. */
  GRID_EMPTY(Severity.ERROR),
  /** A grid names a unit or a village the township does not have. */
  UNKNOWN_ID(Severity.ERROR),
  /** A grid lists one unit more than once. */
  GRID_UNIT_REPEATED(Severity.ERROR),
  /** Rule 1: a unit of the township is in no grid. */
  UNIT_UNASSIGNED(Severity.ERROR),
  /** Rule 1: a unit is in more than one grid. */
  UNIT_IN_TWO_GRIDS(Severity.ERROR),
  /** Rule 1: a grid holds a unit of another village than its own (village borders never change). */
  GRID_CROSSES_VILLAGE(Severity.ERROR),
  /** Rule 2: a village has another number of grids than {@code k = max(1, floor(h / target + 0.5))}. */
  GRID_COUNT(Severity.ERROR),
  /** Rule 3: a grid's units are not connected through unit adjacency. */
  GRID_CONTIGUOUS(Severity.ERROR),
  /** Two districts of the plan share an id, a district has no grid, or a district lists one grid more than once. */
  DISTRICT_MALFORMED(Severity.ERROR),
  /** Rule 4: a grid is in no district, in two districts, or a district names an unknown grid. */
  GRID_DISTRICT(Severity.ERROR),
  /** Rule 4: the grids of one village lie in more than one district. */
  VILLAGE_ACROSS_DISTRICTS(Severity.ERROR),
  /** Rule 4: a district's villages are not connected through village adjacency. */
  DISTRICT_CONTIGUOUS(Severity.ERROR),
  /** Rule 4: the plan has another number of districts than the policy asks. */
  DISTRICT_COUNT(Severity.ERROR),

  /** Soft goal: a grid of a split village is further from {@code h / k} than the policy's tolerance. */
  GRID_BALANCE(Severity.WARNING),
  /** Soft goal: the district imbalance {@code (max - min) / mean} exceeds the policy's tolerance. */
  DISTRICT_BALANCE(Severity.WARNING),
  /** Soft goal: a split village has more of its inner borders cut between its grids than the tolerance. */
  GRID_COMPACT(Severity.WARNING),
  /** Soft goal: a district has more of its unit borders on its boundary than the tolerance (a straggling shape). */
  DISTRICT_COMPACT(Severity.WARNING),
  /** Soft goal (习惯相近): the villages sharing a tag are spread over more districts than the tolerance allows. */
  TAG_SPREAD(Severity.WARNING),
  /** Soft goal: a re-plan keeping the current 片区 moves more villages than the tolerance. */
  STABILITY(Severity.WARNING);

  private final Severity severity;

  PartitionRule(Severity severity) {
    this.severity = severity;
  }

  /**
   * Returns {@link Severity#ERROR} for a hard rule, {@link Severity#WARNING} for a soft goal.
   *
   * @return {@link Severity#ERROR} for a hard rule, {@link Severity#WARNING} for a soft goal
   */
  public Severity severity() {
    return severity;
  }
}
