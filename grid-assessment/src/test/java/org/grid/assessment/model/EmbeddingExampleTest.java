package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.assessment.model.RequestEvidenceTest.DISTRICT;
import static org.grid.assessment.model.RequestEvidenceTest.PLACE;
import static org.grid.assessment.model.RequestEvidenceTest.VILLAGE;
import static org.grid.assessment.model.RequestEvidenceTest.ZONE;
import static org.grid.assessment.model.RequestEvidenceTest.accepted;
import static org.grid.assessment.model.RequestEvidenceTest.applied;
import static org.grid.assessment.model.RequestEvidenceTest.ctx;
import static org.grid.assessment.model.RequestEvidenceTest.next;
import static org.grid.assessment.model.RequestEvidenceTest.ratedAfterResolving;
import static org.grid.assessment.model.RequestEvidenceTest.reported;
import static org.grid.assessment.model.RequestEvidenceTest.sweep;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingCoverage;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.Tier;
import org.junit.jupiter.api.Test;

/** The embedding example of docs/assessment.md, compiled and run: the same code as in the document. */
class EmbeddingExampleTest {

  // --- docs/assessment.md, "Feeding the engine" (keep the two identical) ---
  /** An evidence source over what the request engine and the duty log recorded. */
  static EvidenceSource evidenceSource(Collection<Request> requests, ZoneId zone, ComplianceReport compliance,
      List<DutyLogEntry> dutyLog, List<Pairing> pairings) {
    List<Evidence> all = new ArrayList<>();
    all.addAll(RequestEvidence.of(requests, zone));
    all.addAll(DutyEvidence.missed(compliance));
    all.addAll(DutyEvidence.done(dutyLog, pairings));
    return period -> all.stream().filter(e -> period.contains(e.date())).toList();
  }

  static final RuleSet HANDLERS = RuleSet.of("request-handler/2026", TwoWayAssessment.HANDLER,
      AssessmentPeriod.year(2026), "100", List.of(
          ScoringRule.of("resolved-late", "逾期办结 -2", TwoWayAssessment.RESOLVED_LATE, Map.of(), "2", null,
              Direction.DEDUCT),
          ScoringRule.of("escalation-caused", "超时上移 -5", TwoWayAssessment.ESCALATION_CAUSED, Map.of(), "5", null,
              Direction.DEDUCT),
          ScoringRule.of("satisfied", "群众满意 +1", TwoWayAssessment.RATED, Map.of("rating", "satisfied"), "1", "20",
              Direction.ADD)));
  // --- end of the example ---

  @Test
  void theDocumentedEmbeddingScoresHandlersAndGridsFromWhatTheEnginesRecorded() {
    Request onTime = ratedAfterResolving(accepted("R1"), VILLAGE, "2026-03-03T10:00", Rating.SATISFIED);
    Request late = applied(accepted("R4").resolve(next(), VILLAGE, "fence moved", ctx("2026-03-06T10:00")));
    Request lapsed = sweep(sweep(reported("R3"), "2026-03-04T09:00"), "2026-03-06T09:00");
    lapsed = applied(lapsed.accept(next(), DISTRICT, PersonId.of("d-handler"), ctx("2026-03-06T10:00")));
    lapsed = ratedAfterResolving(lapsed, DISTRICT, "2026-03-09T10:00", Rating.SATISFIED);
    List<Request> requests = List.of(onTime, late, lapsed);
    ComplianceReport compliance = GridMeasuresCalculatorTest.report(Map.of(
        DutyRule.PAIRED_MONTHLY_VISIT, new Tally(12, 11), DutyRule.TEAM_MONTHLY_MEETING, new Tally(12, 12)));
    AssessmentPeriod year = AssessmentPeriod.year(2026);

    EvidenceSource source = evidenceSource(requests, ZONE, compliance, List.of(), List.of());
    Map<SubjectId, Score> scores = ScoringEngine.scoreAll(HANDLERS, List.of(
        RequestEvidence.subjectOf(Office.of(Tier.VILLAGE_GRID, PLACE)),
        RequestEvidence.subjectOf(Office.of(Tier.DISTRICT_GRID, PLACE))), year, source.evidence(year));
    GridMeasures measures = GridMeasuresCalculator.measure(GridMeasuresPolicy.defaults(), PLACE.grid(), "T01",
        compliance, new PairingCoverage(9, 10), requests);
    List<Scorecard> cards = GridScorecards.rank(ScorecardPolicy.defaults(), year, List.of(measures));

    // village grid: +1 satisfied (R1), -2 late (R4), -5 lapse (R3); district grid: +1 satisfied (R3)
    assertThat(scores.get(SubjectId.of("VILLAGE_GRID:T01-V04-N1")).total()).isEqualByComparingTo("94");
    assertThat(scores.get(SubjectId.of("DISTRICT_GRID:T01-D1")).total()).isEqualByComparingTo("101");
    assertThat(source.evidence(AssessmentPeriod.year(2025))).isEmpty();
    assertThat(cards).singleElement().satisfies(card -> {
      assertThat(card.rank()).isEqualTo(1);
      assertThat(card.measures().basis().get(ScorecardMetric.ON_TIME_RESOLUTION))
          .isEqualTo("1 of 3 requests resolved on time");
    });
  }
}
