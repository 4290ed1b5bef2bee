package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The result of one weekly spot check (周查) or monthly assessment (月考核) of a service-team member.
 *
 * @param id the check's id, the evidence of the line item it feeds
 * @param date the day the check was held; it must lie in the period scored
 * @param score the score, from 0 to 100, at most {@link LineItem#SCALE} decimal places; kept at that scale
 */
public record CheckResult(EvidenceId id, LocalDate date, BigDecimal score) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the result.
   *
   * @param id the check's id, the evidence of the line item it feeds
   * @param date the day the check was held; it must lie in the period scored
   * @param score the score, from 0 to 100, at most {@link LineItem#SCALE} decimal places; kept at that scale
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the score is outside [0, 100] or has more than {@link LineItem#SCALE}
   *     decimal places
   */
  public CheckResult {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(score, "score");
    if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("score of check " + id + " must be from 0 to 100, was " + score);
    }
    score = Points.exact(score, "score of check " + id);
  }
}
