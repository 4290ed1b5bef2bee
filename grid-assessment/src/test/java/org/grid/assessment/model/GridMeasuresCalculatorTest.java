package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.assessment.model.RequestEvidenceTest.CITIZEN;
import static org.grid.assessment.model.RequestEvidenceTest.DISTRICT;
import static org.grid.assessment.model.RequestEvidenceTest.PLACE;
import static org.grid.assessment.model.RequestEvidenceTest.REPORTER;
import static org.grid.assessment.model.RequestEvidenceTest.VILLAGE;
import static org.grid.assessment.model.RequestEvidenceTest.accepted;
import static org.grid.assessment.model.RequestEvidenceTest.applied;
import static org.grid.assessment.model.RequestEvidenceTest.ctx;
import static org.grid.assessment.model.RequestEvidenceTest.next;
import static org.grid.assessment.model.RequestEvidenceTest.ratedAfterResolving;
import static org.grid.assessment.model.RequestEvidenceTest.reported;
import static org.grid.assessment.model.RequestEvidenceTest.sweep;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.pairing.PairingCoverage;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.junit.jupiter.api.Test;

class GridMeasuresCalculatorTest {

  static final GridId GRID = PLACE.grid();

  static ComplianceReport report(Map<DutyRule, Tally> some) {
    Map<DutyRule, Tally> tallies = new EnumMap<>(DutyRule.class);
    for (DutyRule rule : DutyRule.values()) {
      tallies.put(rule, some.getOrDefault(rule, new Tally(0, 0)));
    }
    return new ComplianceReport(DutyPeriod.year(2026, ZoneOffset.ofHours(8)), ImmutableMap.copyOf(tallies),
        ImmutableList.of());
  }

  static List<Request> requests() {
    Request onTime = ratedAfterResolving(accepted("R1"), VILLAGE, "2026-03-03T10:00", Rating.SATISFIED);
    Request late = applied(accepted("R4").resolve(next(), VILLAGE, "fence moved", ctx("2026-03-06T10:00")));
    Request lapsed = sweep(sweep(reported("R3"), "2026-03-04T09:00"), "2026-03-06T09:00");
    lapsed = applied(lapsed.accept(next(), DISTRICT, PersonId.of("d-handler"), ctx("2026-03-06T10:00")));
    lapsed = ratedAfterResolving(lapsed, DISTRICT, "2026-03-09T10:00", Rating.BASICALLY_SATISFIED);
    Request reopened = ratedAfterResolving(accepted("R6"), VILLAGE, "2026-03-03T10:00", Rating.DISSATISFIED);
    reopened = ratedAfterResolving(reopened, VILLAGE, "2026-03-04T10:00", Rating.SATISFIED);
    Place elsewhere = new Place(PLACE.county(), PLACE.township(), PLACE.district(), PLACE.village(),
        GridId.of("T01-V04-N2"));
    Request otherGrid = applied(Request.report(RequestId.of("R9"), next(), REPORTER,
        new Form.Report(CITIZEN, elsewhere, Category.of("land"), "ditch", Urgency.NORMAL, null, null),
        ctx("2026-03-02T09:00")));
    return List.of(onTime, late, lapsed, reopened, otherGrid);
  }

  @Test
  void measuresComeFromTheRelevantTalliesThePairingAndTheGridsOwnRequests() {
    ComplianceReport compliance = report(Map.of(
        DutyRule.PAIRED_MONTHLY_VISIT, new Tally(30, 28),
        DutyRule.STATIONED_CADRE_YEARLY_VISIT, new Tally(10, 10),
        DutyRule.MUST_VISIT_IN_ROUND, new Tally(9, 8),
        DutyRule.COLLECTIVE_VISIT_ROUNDS, new Tally(4, 1),
        DutyRule.TEAM_MONTHLY_MEETING, new Tally(12, 11),
        DutyRule.VILLAGE_MONTHLY_MEETING, new Tally(12, 12),
        DutyRule.TOWNSHIP_MONTHLY_MEETING, new Tally(12, 0)));

    GridMeasures measures = GridMeasuresCalculator.measure(GridMeasuresPolicy.defaults(), GRID, "T01", compliance,
        new PairingCoverage(47, 50), requests());

    assertThat(measures.grid()).isEqualTo(SubjectId.of("T01-V04-N1"));
    assertThat(measures.values().get(ScorecardMetric.VISIT_COMPLIANCE)).isEqualByComparingTo("0.9388");
    assertThat(measures.basis().get(ScorecardMetric.VISIT_COMPLIANCE)).isEqualTo("46 of 49 visits");
    assertThat(measures.values().get(ScorecardMetric.PAIRING_COVERAGE)).isEqualByComparingTo("0.94");
    assertThat(measures.values().get(ScorecardMetric.MEETING_COMPLIANCE)).isEqualByComparingTo("0.9583");
    assertThat(measures.basis().get(ScorecardMetric.MEETING_COMPLIANCE)).isEqualTo("23 of 24 meetings");
    // R1 and R6 on time; R4 resolved after its dueBy; R3 lapsed at the village grid. R9 is another grid's.
    assertThat(measures.values().get(ScorecardMetric.ON_TIME_RESOLUTION)).isEqualByComparingTo("0.5");
    assertThat(measures.basis().get(ScorecardMetric.ON_TIME_RESOLUTION))
        .isEqualTo("2 of 4 requests resolved on time");
    // satisfied (R1), basically satisfied (R3), dissatisfied then satisfied (R6)
    assertThat(measures.values().get(ScorecardMetric.SATISFACTION)).isEqualByComparingTo("0.75");
    // R3 was resolved by the district grid
    assertThat(measures.values().get(ScorecardMetric.RESOLVED_AT_VILLAGE_TIER)).isEqualByComparingTo("0.75");
  }

  @Test
  void aMeasureWithNothingDueCountsAsFullySatisfiedAndSaysSo() {
    GridMeasures measures = GridMeasuresCalculator.measure(GridMeasuresPolicy.defaults(), GRID, "T01",
        report(Map.of()), new PairingCoverage(0, 0), List.of());

    for (ScorecardMetric metric : ScorecardMetric.values()) {
      assertThat(measures.values().get(metric)).as(metric.name()).isEqualByComparingTo("1");
      assertThat(measures.basis().get(metric)).as(metric.name()).startsWith("nothing due");
    }
    Scorecard card = GridScorecards.rank(ScorecardPolicy.defaults(), AssessmentPeriod.year(2026), List.of(measures))
        .get(0);
    assertThat(card.score().total()).isEqualByComparingTo("100");
  }
}
