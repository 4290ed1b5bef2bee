package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What {@link PlanValidator} found in a plan (方案校验结果): its metrics and every violation, errors and warnings in
 * the order the rules are checked.
 *
 * @param metrics the plan's measures, not null
 * @param violations every violation found, not null; empty for a plan that keeps every rule and goal
 */
public record Validation(PlanMetrics metrics, ImmutableList<Violation> violations) {

  /**
   * Checks the parts are present.
   *
   * @param metrics the plan's measures, not null
   * @param violations every violation found, not null; empty for a plan that keeps every rule and goal
   * @throws NullPointerException if an argument is null
   */
  public Validation {
    requireNonNull(metrics, "metrics");
    requireNonNull(violations, "violations");
  }

  /**
   * Tells whether a hard rule is broken: whether any violation is an {@link Severity#ERROR}.
   *
   * @return whether a hard rule is broken
   */
  public boolean hasErrors() {
    return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Returns the violations of hard rules, in order.
   *
   * @return the violations of hard rules, in order
   */
  public ImmutableList<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the soft goals missed, in order.
   *
   * @return the soft goals missed, in order
   */
  public ImmutableList<Violation> warnings() {
    return violations.stream().filter(v -> v.severity() == Severity.WARNING)
        .collect(ImmutableList.toImmutableList());
  }
}
