package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * One line of a score (得分明细): the rule, the evidence it counted, the points it gave (negative when deducted),
 * and whether a cap cut them. A score is the sum of its line items, always.
 *
 * @param rule the rule that made the line; {@link #BASE} for the base score
 * @param description the rule's description
 * @param evidence the ids of the evidence counted, in ascending order; empty for the base line
 * @param points the points of the line, negative for a deduction
 * @param capped true when the rule's cap cut the points the evidence would have given
 */
public record LineItem(
    RuleId rule, String description, ImmutableList<EvidenceId> evidence, BigDecimal points, boolean capped) {

  /** The rule id of the base line item. */
  public static final RuleId BASE = RuleId.of("base");

  /**
   * Checks the line item.
   *
   * @throws NullPointerException if any argument is null
   */
  public LineItem {
    requireNonNull(rule, "rule");
    requireNonNull(description, "description");
    requireNonNull(evidence, "evidence");
    requireNonNull(points, "points");
  }
}
