package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import org.grid.core.model.duty.DutyRule;

/**
 * How a grid's measures (网格考核指标) are computed from its duty compliance: which duty rules count as visits and
 * which as meetings, and to how many decimal places a share is rounded (half even).
 *
 * @param visitRules the duty rules whose tallies make up visit compliance; not empty
 * @param meetingRules the duty rules whose tallies make up meeting compliance; not empty
 * @param scale decimal places of every share, from 1 to 10
 */
public record GridMeasuresPolicy(ImmutableSet<DutyRule> visitRules, ImmutableSet<DutyRule> meetingRules, int scale) {

  private static final GridMeasuresPolicy DEFAULT = new GridMeasuresPolicy(
      Sets.immutableEnumSet(EnumSet.of(
          DutyRule.STATIONED_CADRE_YEARLY_VISIT, DutyRule.PAIRED_MONTHLY_VISIT, DutyRule.MUST_VISIT_IN_ROUND)),
      Sets.immutableEnumSet(EnumSet.of(DutyRule.TEAM_MONTHLY_MEETING, DutyRule.VILLAGE_MONTHLY_MEETING)),
      4);

  /**
   * Returns the default policy: visits are the household visits (yearly by the village-stationed cadre, monthly to paired households, must-visit households in each round); meetings are the grid team's and the village's monthly meetings (the township's own meeting is not a grid's); shares to 4 decimal places.
   *
   * @return the default policy
   */
  public static GridMeasuresPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Checks the policy.
   *
   * @param visitRules the duty rules whose tallies make up visit compliance; not empty
   * @param meetingRules the duty rules whose tallies make up meeting compliance; not empty
   * @param scale decimal places of every share, from 1 to 10
   * @throws NullPointerException if a set is null
   * @throws IllegalArgumentException if a set is empty or {@code scale} is outside 1 to 10
   */
  public GridMeasuresPolicy {
    requireNonNull(visitRules, "visitRules");
    requireNonNull(meetingRules, "meetingRules");
    if (visitRules.isEmpty() || meetingRules.isEmpty()) {
      throw new IllegalArgumentException("visitRules and meetingRules must not be empty");
    }
    if (scale < 1 || scale > 10) {
      throw new IllegalArgumentException("scale must be from 1 to 10, was " + scale);
    }
  }
}
