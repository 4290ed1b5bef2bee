package org.grid.testkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.appliedRequest;
import static org.grid.testkit.escalation.EscalationSamples.at;
import static org.grid.testkit.escalation.EscalationSamples.reported;
import static org.grid.testkit.escalation.EscalationSamples.staff;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.grid.assessment.application.AssessRequestsService;
import org.grid.assessment.application.RequestHistoryEvidence;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringEngine;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.model.TwoWayAssessment;
import org.grid.assessment.port.in.AssessRequestsCommand;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the two-way assessment read from grid's own records: {@link RequestHistoryEvidence} over an
 * adapter's {@link RequestRepository} derives exactly what {@link RequestEvidence} derives from the stored requests,
 * only for the period and the county, the same every time; and {@link AssessRequestsService} scores and stores every
 * handling office and reporting grid from it. An adapter proves itself by a test class that extends this one and
 * supplies its empty stores.
 */
public abstract class AbstractRecordedEvidenceTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  /** March 2026, the period most tests assess. */
  protected static final AssessmentPeriod MARCH = new AssessmentPeriod(
      java.time.LocalDate.parse("2026-03-01"), java.time.LocalDate.parse("2026-04-01"));

  private RequestRepository requests;
  private UnitOfWork unitOfWork;
  private int commands;

  /**
   * For the subclass that JUnit runs, which supplies its adapter's empty stores through {@link
   * #newRequestRepository()}, {@link #newRuleSetRepository()} and {@link #newScoreRepository()}, and their unit of
   * work through {@link #unitOfWork()}.
   */
  protected AbstractRecordedEvidenceTest() {}

  /**
   * Returns a new, empty request repository.
   *
   * @return the repository
   */
  protected abstract RequestRepository newRequestRepository();

  /**
   * Returns the unit of work the repositories of this test join.
   *
   * @return the unit of work
   */
  protected abstract UnitOfWork unitOfWork();

  /**
   * Returns a new, empty rule-set repository in the same store.
   *
   * @return the repository
   */
  protected abstract RuleSetRepository newRuleSetRepository();

  /**
   * Returns a new, empty score repository in the same store.
   *
   * @return the repository
   */
  protected abstract ScoreRepository newScoreRepository();

  /** Creates the stores. */
  @BeforeEach
  void createStores() {
    requests = newRequestRepository();
    unitOfWork = unitOfWork();
  }

  private RuleContext ctx(String localDateTime) {
    return new RuleContext(at(localDateTime), EscalationSamples.CALENDAR, EscalationSamples.POLICY);
  }

  private CommandId next() {
    return CommandId.of("c-" + (++commands));
  }

  /** Reported at 09:00 of a day, accepted at 10:00, resolved, told and rated the next day. */
  private Request handled(String id, Place place, String day, String nextDay, Rating rating) {
    Request r = reported(id, place, at(day + "T09:00"));
    Actor grid = staff(Tier.VILLAGE_GRID, place);
    r = appliedRequest(r.accept(next(), grid, PersonId.of("handler-" + place.grid().value().substring(0, 10)),
        ctx(day + "T10:00")));
    r = appliedRequest(r.resolve(next(), grid, "done", ctx(nextDay + "T10:00")));
    r = appliedRequest(r.deliverFeedback(next(), grid, "done", ctx(nextDay + "T11:00")));
    return appliedRequest(r.rate(next(), Actor.citizen(CITIZEN), rating, ctx(nextDay + "T12:00")));
  }

  private void store(Request request) {
    // Stored at its final version in one save, as the engine would have in several.
    assertThat(requests.save(request, 0)).isTrue();
  }

  private List<Evidence> derivedFor(List<Request> stored, AssessmentPeriod period) {
    List<Evidence> out = new ArrayList<>();
    for (Request r : stored) {
      for (Evidence e : RequestEvidence.of(r, ZONE)) {
        if (period.contains(e.date())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private RequestHistoryEvidence source() {
    return new RequestHistoryEvidence(requests, unitOfWork, EscalationSamples.COUNTY, ZONE);
  }

  @Test
  void the_source_derives_the_periods_evidence_of_the_countys_requests_and_nothing_else() {
    Request inMarch = handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED);
    Request acrossTheEnd = handled("R2", PLACE_B, "2026-03-31", "2026-04-01", Rating.DISSATISFIED);
    Request inFebruary = handled("R3", PLACE_A, "2026-02-02", "2026-02-03", Rating.SATISFIED);
    Place elsewhere = new Place(CountyId.of("C2"), PLACE_A.township(), PLACE_A.district(), PLACE_A.village(),
        PLACE_A.grid());
    Request otherCounty = handled("R4", elsewhere, "2026-03-02", "2026-03-03", Rating.SATISFIED);
    for (Request r : List.of(inMarch, acrossTheEnd, inFebruary, otherCounty)) {
      store(r);
    }

    List<Evidence> evidence = source().evidence(MARCH);

    assertThat(evidence).containsExactlyInAnyOrderElementsOf(derivedFor(List.of(inMarch, acrossTheEnd), MARCH));
    assertThat(evidence).extracting(e -> e.attributes().get("request")).containsOnly("R1", "R2");
    assertThat(evidence).as("R2 was accepted in March, resolved in April")
        .filteredOn(e -> e.attributes().get("request").equals("R2"))
        .extracting(Evidence::type).doesNotContain(TwoWayAssessment.RESOLVED_ON_TIME, TwoWayAssessment.RATED);
  }

  @Test
  void deriving_twice_gives_the_same_evidence_so_nothing_is_counted_twice() {
    store(handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED));
    store(handled("R2", PLACE_A, "2026-03-09", "2026-03-10", Rating.SATISFIED));
    RuleSet rules = handlerRules("request-handler/2026");

    List<Evidence> once = source().evidence(MARCH);
    List<Evidence> twice = new ArrayList<>(once);
    twice.addAll(source().evidence(MARCH));

    SubjectId grid = RequestEvidence.subjectOf(staffOffice(PLACE_A));
    Score fromOnce = ScoringEngine.score(rules, grid, MARCH, once);
    Score fromTwice = ScoringEngine.score(rules, grid, MARCH, twice);
    assertThat(fromTwice.total()).isEqualByComparingTo(fromOnce.total());
    assertThat(fromOnce.total()).isEqualByComparingTo("102");
  }

  @Test
  void handing_the_evidence_over_piece_by_piece_gives_what_the_list_holds() {
    store(handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED));
    store(handled("R2", PLACE_B, "2026-03-09", "2026-04-10", Rating.DISSATISFIED));
    Set<String> types = Set.of(TwoWayAssessment.RATED, TwoWayAssessment.ACCEPTED_ON_TIME);

    List<Evidence> handed = new ArrayList<>();
    source().forEach(MARCH, types, handed::add);

    assertThat(handed).isNotEmpty().containsExactlyInAnyOrderElementsOf(source().evidence(MARCH, types));
    assertThatThrownBy(() -> source().forEach(MARCH, types, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_narrowed_source_gives_exactly_the_pieces_of_its_sides_and_types() {
    store(handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED));
    store(handled("R2", PLACE_B, "2026-03-09", "2026-03-10", Rating.DISSATISFIED));
    List<Evidence> all = source().evidence(MARCH);

    List<Evidence> staffRatings = source().sides(RequestEvidence.STAFF)
        .evidence(MARCH, Set.of(TwoWayAssessment.RATED, TwoWayAssessment.RESOLVED_ON_TIME));
    List<Evidence> offices = source().sides(RequestEvidence.HANDLER, RequestEvidence.REPORTER).evidence(MARCH);

    assertThat(staffRatings).isNotEmpty().containsExactlyInAnyOrderElementsOf(all.stream()
        .filter(e -> e.attributes().get(RequestEvidence.SIDE).equals(RequestEvidence.STAFF))
        .filter(e -> Set.of(TwoWayAssessment.RATED, TwoWayAssessment.RESOLVED_ON_TIME).contains(e.type()))
        .toList());
    assertThat(offices).isNotEmpty().containsExactlyInAnyOrderElementsOf(all.stream()
        .filter(e -> !e.attributes().get(RequestEvidence.SIDE).equals(RequestEvidence.STAFF)).toList());
    assertThatThrownBy(() -> source().sides("county")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("side must be one of");
  }

  @Test
  void more_requests_than_one_batch_are_all_read() {
    int count = RequestHistoryEvidence.BATCH + 7;
    List<Request> stored = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Request r = reported(String.format("R%05d", i), i % 2 == 0 ? PLACE_A : PLACE_B, at("2026-03-02T09:00"));
      r = appliedRequest(r.withdraw(next(), Actor.citizen(CITIZEN), "solved", ctx("2026-03-02T10:00")));
      store(r);
      stored.add(r);
    }

    // Each: withdrawn (holder and reporting grid), held by the village grid, filed by the reporting grid.
    assertThat(source().evidence(MARCH)).hasSize(4 * count)
        .containsExactlyInAnyOrderElementsOf(derivedFor(stored, MARCH));
  }

  @Test
  void the_two_way_assessment_scores_and_stores_every_handling_office_and_reporting_grid() {
    store(handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED));
    store(handled("R2", PLACE_B, "2026-03-02", "2026-03-03", Rating.DISSATISFIED));
    Request suspended = reported("R3", PLACE_B, at("2026-03-04T09:00"));
    suspended = appliedRequest(suspended.accept(next(), staff(Tier.VILLAGE_GRID, PLACE_B), PersonId.of("h"),
        ctx("2026-03-04T10:00")));
    suspended = appliedRequest(suspended.suspend(next(), staff(Tier.VILLAGE_GRID, PLACE_B), "papers missing",
        ctx("2026-03-04T11:00")));
    store(suspended);
    RuleSetRepository ruleSets = newRuleSetRepository();
    ScoreRepository scores = newScoreRepository();
    unitOfWork.inTransaction(() -> {
      ruleSets.save(handlerRules("request-handler/2026"));
      ruleSets.save(RuleSet.of("request-reporter/2026", TwoWayAssessment.REPORTER, AssessmentPeriod.year(2026),
          "100", List.of(ScoringRule.of("information-missing", "信息不全 -3", TwoWayAssessment.INFORMATION_MISSING,
              Map.of(), "3", null, Direction.DEDUCT))));
      return null;
    });
    AssessRequestsService service =
        new AssessRequestsService(ruleSets, source(), scores, unitOfWork, VALIDATOR);

    AssessRequestsUseCase.Outcome outcome = service.assess(AssessRequestsCommand.of("assess-march", MARCH));

    assertThat(outcome).isInstanceOf(AssessRequestsUseCase.Assessed.class);
    AssessRequestsUseCase.Assessed assessed = (AssessRequestsUseCase.Assessed) outcome;
    SubjectId gridA = RequestEvidence.subjectOf(staffOffice(PLACE_A));
    SubjectId gridB = RequestEvidence.subjectOf(staffOffice(PLACE_B));
    assertThat(assessed.handlers()).extracting(Score::subject).containsExactly(gridA, gridB);
    assertThat(assessed.handlers().get(0).total()).as("one satisfied rating").isEqualByComparingTo("101");
    assertThat(assessed.handlers().get(1).total()).as("one dissatisfied rating, no credit")
        .isEqualByComparingTo("100");
    assertThat(assessed.reporters()).as("grid A reported R1 without a fault, and is scored too")
        .extracting(s -> s.subject().value()).containsExactly(PLACE_A.grid().value(), PLACE_B.grid().value());
    assertThat(assessed.reporters().get(0).total()).isEqualByComparingTo("100");
    assertThat(assessed.reporters().get(1).total()).isEqualByComparingTo("97");
    assertThat(assessed.reporters().get(1).lineItems().get(1).evidence()).extracting(Object::toString)
        .containsExactly("R3/2/report.information-missing");
    assertThat(unitOfWork.inTransaction(() -> scores.find(gridA, MARCH, RuleSetId.of("request-handler/2026"))))
        .hasValueSatisfying(stored -> assertThat(stored.total()).isEqualByComparingTo("101"));
  }

  @Test
  void offices_and_grids_with_a_clean_record_are_scored_though_the_rule_sets_only_deduct() {
    store(handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED));
    Request escalated = reported("R2", PLACE_B, at("2026-03-04T09:00"));
    escalated = appliedRequest(escalated.escalate(next(), staff(Tier.VILLAGE_GRID, PLACE_B), "beyond the grid",
        ctx("2026-03-04T10:00")));
    store(escalated);
    RuleSetRepository ruleSets = newRuleSetRepository();
    ScoreRepository scores = newScoreRepository();
    unitOfWork.inTransaction(() -> {
      ruleSets.save(RuleSet.of("request-handler/2026", TwoWayAssessment.HANDLER, AssessmentPeriod.year(2026),
          "100", List.of(ScoringRule.of("reopened", "重办 -2", TwoWayAssessment.REOPENED, Map.of(), "2", null,
              Direction.DEDUCT))));
      ruleSets.save(RuleSet.of("request-reporter/2026", TwoWayAssessment.REPORTER, AssessmentPeriod.year(2026),
          "100", List.of(ScoringRule.of("duplicate", "重复件 -1", TwoWayAssessment.DUPLICATE, Map.of(), "1", null,
              Direction.DEDUCT))));
      return null;
    });
    AssessRequestsService service =
        new AssessRequestsService(ruleSets, source(), scores, unitOfWork, VALIDATOR);

    AssessRequestsUseCase.Assessed assessed =
        (AssessRequestsUseCase.Assessed) service.assess(AssessRequestsCommand.of("assess-march", MARCH));

    assertThat(assessed.handlers()).as("every office a request reached in March, the district R2 was passed to too")
        .extracting(score -> score.subject().value() + " " + score.total().stripTrailingZeros().toPlainString())
        .containsExactly(
            "DISTRICT_GRID:" + PLACE_B.district().value() + " 100",
            "VILLAGE_GRID:" + PLACE_A.grid().value() + " 100",
            "VILLAGE_GRID:" + PLACE_B.grid().value() + " 100");
    assertThat(assessed.reporters()).extracting(score -> score.subject().value() + " " + score.total().stripTrailingZeros().toPlainString())
        .containsExactly(PLACE_A.grid().value() + " 100", PLACE_B.grid().value() + " 100");
  }

  @Test
  void without_a_rule_set_for_the_period_nothing_is_scored_or_stored() {
    store(handled("R1", PLACE_A, "2026-03-02", "2026-03-03", Rating.SATISFIED));
    RuleSetRepository ruleSets = newRuleSetRepository();
    ScoreRepository scores = newScoreRepository();
    unitOfWork.inTransaction(() -> {
      ruleSets.save(handlerRules("request-handler/2026"));
      return null;
    });
    AssessRequestsService service =
        new AssessRequestsService(ruleSets, source(), scores, unitOfWork, VALIDATOR);

    assertThat(service.assess(AssessRequestsCommand.of("assess-march", MARCH)))
        .isEqualTo(new AssessRequestsUseCase.MissingRuleSets(
            com.google.common.collect.ImmutableSet.of(TwoWayAssessment.REPORTER)));
    assertThat(unitOfWork.inTransaction(() -> scores.findByPeriod(MARCH))).isEmpty();
  }

  private static org.grid.escalation.model.Office staffOffice(Place place) {
    return org.grid.escalation.model.Office.of(Tier.VILLAGE_GRID, place);
  }

  private static RuleSet handlerRules(String id) {
    return RuleSet.of(id, TwoWayAssessment.HANDLER, AssessmentPeriod.year(2026), "100", List.of(
        ScoringRule.of("resolved-late", "逾期办结 -2", TwoWayAssessment.RESOLVED_LATE, Map.of(), "2", null,
            Direction.DEDUCT),
        ScoringRule.of("satisfied", "群众满意 +1", TwoWayAssessment.RATED, Map.of("rating", "satisfied"), "1", "20",
            Direction.ADD)));
  }
}
