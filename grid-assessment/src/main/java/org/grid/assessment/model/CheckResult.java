package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The result of one weekly spot check (周查) or monthly assessment (月考核) of a service-team member.
 *
 * @param id the check's id, the evidence of the line item it feeds
 * @param score the score, from 0 to 100
 */
public record CheckResult(EvidenceId id, BigDecimal score) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the result.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the score is outside [0, 100]
   */
  public CheckResult {
    requireNonNull(id, "id");
    requireNonNull(score, "score");
    if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("score of check " + id + " must be from 0 to 100, was " + score);
    }
  }
}
