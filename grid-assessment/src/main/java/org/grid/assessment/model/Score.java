package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * A subject's score (考核得分) for a period under one rule set, as line items. The total is not stored: it is the
 * sum of the line items, so it can never disagree with them; like them it has {@link LineItem#SCALE} decimal
 * places.
 *
 * @param subject who or what was scored
 * @param period the period scored
 * @param ruleSet the rule set that scored it
 * @param lineItems the lines, base first, then one per rule that counted evidence, in the rule set's order
 */
public record Score(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet, ImmutableList<LineItem> lineItems) {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(LineItem.SCALE);

  /**
   * Checks the score.
   *
   * @param subject who or what was scored
   * @param period the period scored
   * @param ruleSet the rule set that scored it
   * @param lineItems the lines, base first, then one per rule that counted evidence, in the rule set's order
   * @throws NullPointerException if any argument is null
   */
  public Score {
    requireNonNull(subject, "subject");
    requireNonNull(period, "period");
    requireNonNull(ruleSet, "ruleSet");
    requireNonNull(lineItems, "lineItems");
  }

  /**
   * Returns the total: the sum of the line items' points, exact at scale {@link LineItem#SCALE}.
   *
   * @return the total
   */
  public BigDecimal total() {
    BigDecimal total = ZERO;
    for (LineItem line : lineItems) {
      total = total.add(line.points());
    }
    return total;
  }

  /**
   * Returns the points deducted, as a non-negative number: minus the sum of the negative line items.
   *
   * @return the points deducted, as a non-negative number
   */
  public BigDecimal deducted() {
    BigDecimal deducted = ZERO;
    for (LineItem line : lineItems) {
      if (line.points().signum() < 0) {
        deducted = deducted.subtract(line.points());
      }
    }
    return deducted;
  }
}
