package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * Duty compliance for a period (履职情况): per rule, what was due and what was done, and each missed duty named.
 *
 * @param period the period
 * @param tallies per rule, due and done; every rule of {@link DutyRule} is present
 * @param missed every missed duty, rule by rule
 */
public record ComplianceReport(DutyPeriod period, ImmutableMap<DutyRule, Tally> tallies, ImmutableList<MissedDuty> missed) {

  /**
   * Checks the report.
   *
   * @param period the period
   * @param tallies per rule, due and done; every rule of {@link DutyRule} is present
   * @param missed every missed duty, rule by rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a rule has no tally
   */
  public ComplianceReport {
    requireNonNull(period, "period");
    requireNonNull(tallies, "tallies");
    requireNonNull(missed, "missed");
    for (DutyRule rule : DutyRule.values()) {
      if (!tallies.containsKey(rule)) {
        throw new IllegalArgumentException("tallies lacks rule " + rule);
      }
    }
  }

  /**
   * Returns the sum over all rules.
   *
   * @return the sum over all rules
   */
  public Tally overall() {
    Tally sum = new Tally(0, 0);
    for (Tally tally : tallies.values()) {
      sum = sum.plus(tally);
    }
    return sum;
  }

  /**
   * Returns the tally of one rule.
   *
   * @param rule the rule, not null
   * @return its tally
   */
  public Tally tally(DutyRule rule) {
    return tallies.get(rule);
  }
}
