package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/**
 * A service-team member's knowledge checks for a year (应知应会考核记录): daily reports due and made, and the
 * results of the weekly spot checks and monthly assessments.
 *
 * @param member the member
 * @param dailyReportsDue the daily reports due in the period, not negative
 * @param dailyReportsMade the daily reports made, from 0 to {@code dailyReportsDue}
 * @param weeklyChecks the weekly spot-check results
 * @param monthlyAssessments the monthly assessment results; no check id appears twice in the two lists
 */
public record KnowledgeCheckRecord(
    SubjectId member, int dailyReportsDue, int dailyReportsMade, ImmutableList<CheckResult> weeklyChecks,
    ImmutableList<CheckResult> monthlyAssessments) {

  /**
   * Checks the record.
   *
   * @param member the member
   * @param dailyReportsDue the daily reports due in the period, not negative
   * @param dailyReportsMade the daily reports made, from 0 to {@code dailyReportsDue}
   * @param weeklyChecks the weekly spot-check results
   * @param monthlyAssessments the monthly assessment results; no check id appears twice in the two lists
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the report counts are negative, more were made than due, or a check id
   *     appears twice
   */
  public KnowledgeCheckRecord {
    requireNonNull(member, "member");
    requireNonNull(weeklyChecks, "weeklyChecks");
    requireNonNull(monthlyAssessments, "monthlyAssessments");
    if (dailyReportsDue < 0 || dailyReportsMade < 0 || dailyReportsMade > dailyReportsDue) {
      throw new IllegalArgumentException("daily reports of " + member + ": made " + dailyReportsMade + " of "
          + dailyReportsDue + " due; need 0 <= made <= due");
    }
    Set<EvidenceId> ids = new HashSet<>();
    for (CheckResult check : weeklyChecks) {
      if (!ids.add(check.id())) {
        throw new IllegalArgumentException("check " + check.id() + " of " + member + " appears twice");
      }
    }
    for (CheckResult check : monthlyAssessments) {
      if (!ids.add(check.id())) {
        throw new IllegalArgumentException("check " + check.id() + " of " + member + " appears twice");
      }
    }
  }
}
