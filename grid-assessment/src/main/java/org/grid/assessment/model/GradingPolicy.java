package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * How party-member scores become grades (考评等次标准), with the rulebook's defaults: excellent from 90, qualified
 * from 75, basically qualified from 60, else unqualified; at most 20% of a village's members excellent.
 *
 * @param excellentFrom the lowest score graded excellent (default 90)
 * @param qualifiedFrom the lowest score graded qualified (default 75)
 * @param basicallyQualifiedFrom the lowest score graded basically qualified (default 60)
 * @param excellentShareCap the largest share of a village's members graded excellent, from 0 to 1 (default 0.20)
 */
public record GradingPolicy(
    BigDecimal excellentFrom, BigDecimal qualifiedFrom, BigDecimal basicallyQualifiedFrom,
    BigDecimal excellentShareCap) {

  private static final GradingPolicy DEFAULT =
      new GradingPolicy(new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"), new BigDecimal("0.20"));

  /**
   * Returns the rulebook's default policy.
   *
   * @return the default policy
   */
  public static GradingPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Checks the policy.
   *
   * @param excellentFrom the lowest score graded excellent (default 90)
   * @param qualifiedFrom the lowest score graded qualified (default 75)
   * @param basicallyQualifiedFrom the lowest score graded basically qualified (default 60)
   * @param excellentShareCap the largest share of a village's members graded excellent, from 0 to 1 (default 0.20)
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the thresholds do not descend or the share is outside [0, 1]
   */
  public GradingPolicy {
    requireNonNull(excellentFrom, "excellentFrom");
    requireNonNull(qualifiedFrom, "qualifiedFrom");
    requireNonNull(basicallyQualifiedFrom, "basicallyQualifiedFrom");
    requireNonNull(excellentShareCap, "excellentShareCap");
    if (excellentFrom.compareTo(qualifiedFrom) <= 0 || qualifiedFrom.compareTo(basicallyQualifiedFrom) <= 0) {
      throw new IllegalArgumentException("grade thresholds must descend: excellentFrom " + excellentFrom
          + " > qualifiedFrom " + qualifiedFrom + " > basicallyQualifiedFrom " + basicallyQualifiedFrom);
    }
    if (excellentShareCap.signum() < 0 || excellentShareCap.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("excellentShareCap must be from 0 to 1, was " + excellentShareCap);
    }
  }

  /**
   * Returns the grade a score earns by the thresholds alone, before the cap on excellent grades.
   *
   * @param score the score, not null
   * @return the grade
   */
  public Grade gradeOf(BigDecimal score) {
    if (score.compareTo(excellentFrom) >= 0) {
      return Grade.EXCELLENT;
    }
    if (score.compareTo(qualifiedFrom) >= 0) {
      return Grade.QUALIFIED;
    }
    if (score.compareTo(basicallyQualifiedFrom) >= 0) {
      return Grade.BASICALLY_QUALIFIED;
    }
    return Grade.UNQUALIFIED;
  }

  /**
   * Returns how many of a village's members may be graded excellent: the share cap times the members, rounded down.
   *
   * @param members the village's members, not negative
   * @return the quota
   */
  public int excellentQuota(int members) {
    return excellentShareCap.multiply(BigDecimal.valueOf(members)).intValue();
  }
}
