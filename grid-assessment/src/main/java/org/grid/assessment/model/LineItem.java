package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * One line of a score (得分明细): the rule, the evidence it counted, the points it gave (negative when deducted),
 * and whether a cap cut them. A score is the sum of its line items, always.
 *
 * <p>Points are fixed decimals of {@link #SCALE} places: a line item keeps its points at exactly that scale (so
 * {@code 12} and {@code 12.0} become {@code 12.00}), and a score, the sum of its line items, is exact at that scale
 * too. Whatever computes points with a division (a grid scorecard, a mean of knowledge checks) rounds once, half
 * even, before it makes the line item.
 *
 * @param rule the rule that made the line; {@link #BASE} for the base score
 * @param description the rule's description
 * @param evidence the ids of the evidence counted, in ascending order; empty for the base line
 * @param points the points of the line, negative for a deduction; kept at scale {@link #SCALE}
 * @param capped true when the rule's cap cut the points the evidence would have given
 */
public record LineItem(
    RuleId rule, String description, ImmutableList<EvidenceId> evidence, BigDecimal points, boolean capped) {

  /** The number of decimal places of every line item's points, and so of every score: 2. */
  public static final int SCALE = 2;

  /** The rule id of the base line item. */
  public static final RuleId BASE = RuleId.of("base");

  /**
   * Checks the line item.
   *
   * @param rule the rule that made the line; {@link #BASE} for the base score
   * @param description the rule's description
   * @param evidence the ids of the evidence counted, in ascending order; empty for the base line
   * @param points the points of the line, negative for a deduction; kept at scale {@link #SCALE}
   * @param capped true when the rule's cap cut the points the evidence would have given
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code points} has more than {@link #SCALE} decimal places (or 19 digits or
   *     more before the point)
   */
  public LineItem {
    requireNonNull(rule, "rule");
    requireNonNull(description, "description");
    requireNonNull(evidence, "evidence");
    requireNonNull(points, "points");
    points = Points.exact(points, "points of line item " + rule);
  }
}
