package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

/**
 * A party member's graded result for a period (考评结果).
 *
 * @param member the member
 * @param score the member's score, with its line items
 * @param grade the grade given
 * @param cutByExcellentCap true when the score earned excellent but the village's quota of excellent grades was
 *     full, so the grade given is qualified
 */
public record GradedMember(PartyMember member, Score score, Grade grade, boolean cutByExcellentCap) {

  /**
   * Checks the result.
   *
   * @param member the member
   * @param score the member's score, with its line items
   * @param grade the grade given
   * @param cutByExcellentCap true when the score earned excellent but the village's quota of excellent grades was
   *     full, so the grade given is qualified
   * @throws NullPointerException if any argument is null
   */
  public GradedMember {
    requireNonNull(member, "member");
    requireNonNull(score, "score");
    requireNonNull(grade, "grade");
  }
}
