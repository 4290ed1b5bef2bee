package org.grid.adapters.inmemory.assessment;

import org.grid.assessment.model.RequestEvidence;
import com.google.common.collect.ImmutableSet;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.assessment.port.in.AssessRequestsCommand;
import org.grid.assessment.application.AssessRequestsService;
import org.grid.assessment.port.in.AssessCountyUseCase;
import org.grid.assessment.port.in.AssessCountyCommand;
import org.grid.assessment.application.AssessCountyService;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ComputeComplianceUseCase;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.duty.InMemoryDutyLogRepository;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.adapters.inmemory.pairing.InMemoryPairingRepository;
import org.grid.adapters.inmemory.team.InMemoryPersonRepository;
import org.grid.adapters.inmemory.team.InMemoryTeamRepository;
import org.grid.assessment.application.DutyRecordEvidence;
import org.grid.assessment.application.RequestHistoryEvidence;
import org.grid.assessment.application.ScorePartyMembersService;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.DutyEvidence;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.model.TwoWayAssessment;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.assessment.port.in.ScorePartyMembersUseCase;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Duty evidence read from the stores ({@link DutyRecordEvidence}) and party members scored from their duties and their
 * requests together: one member's line items name duty-log entries, missed duties and request history entries.
 */
class DutyRecordEvidenceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final TownshipId T = TownshipId.of("T01");
  private static final VillageId V = VillageId.of("T01-V04");
  private static final GridId G = GridId.of("T01-V04-N1");
  private static final TeamId TEAM = TeamId.of("TEAM-N1");
  private static final HouseholdId H = HouseholdId.of("T01-V04-N1-H01");
  private static final PersonId CADRE = PersonId.of("P001");
  private static final AssessmentPeriod Q1 =
      new AssessmentPeriod(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-04-01"));

  private final UnitOfWork unitOfWork = InMemoryUnitOfWork.create();
  private final InMemoryPersonRepository people = new InMemoryPersonRepository();
  private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  private final InMemoryPairingRepository pairings = new InMemoryPairingRepository();
  private final InMemoryDutyLogRepository log = new InMemoryDutyLogRepository();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  private DutyRecordEvidence dutySource() {
    people.save(T, Person.of(CADRE, "驻村干部", V, PartyMembership.WITH_POST, List.of(Role.VILLAGE_STATIONED_CADRE)));
    teams.save(Team.of(TEAM, T, new TeamScope.VillageGrid(G, V), CADRE, Set.of(), Set.of(), CADRE, Map.of(),
        OffsetDateTime.parse("2024-12-01T00:00:00+08:00")));
    pairings.save(T, new Pairing(H, CADRE, V));
    ComputeComplianceService compliance = new ComputeComplianceService(people, teams, pairings, log, unitOfWork,
        VALIDATION.getValidator());
    DutyRecordEvidence.Township township = new DutyRecordEvidence.Township(T,
        ImmutableList.of(ServedGrid.of(G, V, List.of(UnitId.of("U1")), DistrictId.of("T01-D1"))),
        HouseholdRegister.of(T, List.of(Household.of(H, UnitId.of("U1"), List.of(CareTag.HARDSHIP)))));
    return new DutyRecordEvidence(compliance, log, pairings, unitOfWork, DutyPolicy.defaults(), ZONE,
        List.of(township));
  }

  private void visit(String at) {
    log.append(T, new DutyLogEntry.Visit(CADRE, H, OffsetDateTime.parse(at), Optional.empty()));
  }

  @Test
  void duties_done_and_missed_become_evidence_for_the_person_team_and_household_of_the_period_only() {
    DutyRecordEvidence source = dutySource();
    visit("2024-12-20T10:00:00+08:00");
    visit("2025-01-15T10:00:00+08:00");
    visit("2025-04-02T10:00:00+08:00");

    List<Evidence> evidence = source.evidence(Q1);

    assertThat(evidence).filteredOn(e -> e.type().equals(DutyEvidence.VISIT_PAIRED_HOUSEHOLD))
        .singleElement().satisfies(e -> {
          assertThat(e.subject()).isEqualTo(SubjectId.of("P001"));
          assertThat(e.date()).isEqualTo(LocalDate.parse("2025-01-15"));
        });
    assertThat(evidence).filteredOn(e -> e.type().equals(DutyEvidence.DUTY_MISSED)
            && "PAIRED_MONTHLY_VISIT".equals(e.attributes().get("rule")))
        .extracting(e -> e.subject().value() + " " + e.attributes().get("period"))
        .containsExactlyInAnyOrder("P001 2025-02", "P001 2025-03",
            "HOUSEHOLD:" + H.value() + " 2025-02", "HOUSEHOLD:" + H.value() + " 2025-03");
    assertThat(evidence).allSatisfy(e -> assertThat(Q1.contains(e.date())).isTrue());
    assertThat(source.evidence(Q1)).as("derived twice, the same").isEqualTo(evidence);
  }

  @Test
  void asked_for_some_types_it_gives_exactly_those_and_computes_compliance_only_for_missed_duties() {
    DutyRecordEvidence source = dutySource();
    visit("2025-01-15T10:00:00+08:00");
    List<Evidence> all = source.evidence(Q1);
    DutyRecordEvidence.Township township = new DutyRecordEvidence.Township(T,
        ImmutableList.of(ServedGrid.of(G, V, List.of(UnitId.of("U1")), DistrictId.of("T01-D1"))),
        HouseholdRegister.of(T, List.of(Household.of(H, UnitId.of("U1"), List.of(CareTag.HARDSHIP)))));
    DutyRecordEvidence noCompliance = new DutyRecordEvidence(new ComputeComplianceUseCase() {
      @Override public ComplianceReport compute(ComputeComplianceCommand command) {
        throw new AssertionError("compliance computed though no missed duty was asked for");
      }

      @Override public ImmutableMap<GridId, ComplianceReport> computeByGrid(ComputeComplianceCommand command) {
        throw new AssertionError("compliance computed though no missed duty was asked for");
      }
    }, log, pairings, unitOfWork, DutyPolicy.defaults(), ZONE, List.of(township));

    assertThat(noCompliance.evidence(Q1, Set.of(DutyEvidence.VISIT_PAIRED_HOUSEHOLD)))
        .isNotEmpty().containsExactlyElementsOf(all.stream()
            .filter(e -> e.type().equals(DutyEvidence.VISIT_PAIRED_HOUSEHOLD)).toList());
    assertThat(source.evidence(Q1, Set.of(DutyEvidence.DUTY_MISSED)))
        .isNotEmpty().containsExactlyElementsOf(all.stream()
            .filter(e -> e.type().equals(DutyEvidence.DUTY_MISSED)).toList());
    assertThat(source.evidence(Q1, Set.of("request.rated"))).isEmpty();
    List<Evidence> handed = new java.util.ArrayList<>();
    source.forEach(Q1, Set.of(DutyEvidence.DUTY_MISSED, DutyEvidence.VISIT_PAIRED_HOUSEHOLD), handed::add);
    assertThat(handed).as("handed over piece by piece").containsExactlyElementsOf(all.stream()
        .filter(e -> e.type().equals(DutyEvidence.DUTY_MISSED) || e.type().equals(DutyEvidence.VISIT_PAIRED_HOUSEHOLD))
        .toList());
  }

  @Test
  void a_party_member_is_scored_from_duties_and_requests_together_each_line_naming_its_records() {
    DutyRecordEvidence duties = dutySource();
    visit("2025-01-15T10:00:00+08:00");
    InMemoryRequestRepository requests = new InMemoryRequestRepository();
    requests.save(handledBy(CADRE), 0);
    EvidenceSource both = EvidenceSource.concat(duties,
        new RequestHistoryEvidence(requests, unitOfWork, CountyId.of("C1"), ZONE));
    InMemoryRuleSetRepository ruleSets = new InMemoryRuleSetRepository();
    ruleSets.save(RuleSet.of("pm/2025", PartyMemberClass.WITH_POST.subjectKind(), AssessmentPeriod.year(2025), "100",
        List.of(
            ScoringRule.of("paired-visit", "走访联系户 +1", DutyEvidence.VISIT_PAIRED_HOUSEHOLD, Map.of(), "1", "12",
                Direction.ADD),
            ScoringRule.of("visit-missed", "未走访联系户 -2", DutyEvidence.DUTY_MISSED,
                Map.of("rule", "PAIRED_MONTHLY_VISIT"), "2", null, Direction.DEDUCT),
            ScoringRule.of("resolved-on-time", "按时办结 +2", TwoWayAssessment.RESOLVED_ON_TIME, Map.of(), "2", null,
                Direction.ADD))));
    ScorePartyMembersService service = new ScorePartyMembersService(ruleSets, both, new InMemoryScoreRepository(),
        unitOfWork, GradingPolicy.defaults(), VALIDATION.getValidator());

    ScorePartyMembersUseCase.Outcome outcome = service.score(new ScorePartyMembersCommand("score-q1", Q1,
        List.of(new PartyMember(SubjectId.of("P001"), V, PartyMemberClass.WITH_POST))));

    assertThat(outcome).isInstanceOf(ScorePartyMembersUseCase.Graded.class);
    var score = ((ScorePartyMembersUseCase.Graded) outcome).results().get(0).score();
    assertThat(score.lineItems()).extracting(LineItem::rule).extracting(Object::toString)
        .containsExactly("base", "paired-visit", "visit-missed", "resolved-on-time");
    assertThat(score.total()).isEqualByComparingTo("99"); // 100 + 1 - 2 x 2 + 2
    assertThat(score.lineItems().get(3).evidence()).extracting(Object::toString)
        .containsExactly("R1/2/request.resolved-on-time/by");
    assertThat(score.lineItems().get(2).evidence()).extracting(Object::toString).containsExactly(
        "duty.missed/PAIRED_MONTHLY_VISIT/2025-02/-/T01-V04-N1-H01/-/P001",
        "duty.missed/PAIRED_MONTHLY_VISIT/2025-03/-/T01-V04-N1-H01/-/P001");
  }

  private static Request handledBy(PersonId person) {
    WorkCalendar calendar = WorkCalendar.of(ZONE, java.time.LocalTime.of(17, 30),
        List.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY), List.of(), List.of());
    Place place = new Place(CountyId.of("C1"), T, DistrictId.of("T01-D1"), V, G);
    Actor grid = Actor.staff(person, "组长", Office.of(Tier.VILLAGE_GRID, place));
    Request r = applied(Request.report(RequestId.of("R1"), CommandId.of("c1"), Actor.citizen(PersonId.of("c")),
        new Form.Report(PersonId.of("c"), place, Category.of("land"), "fence", Urgency.NORMAL, null, null),
        ctx("2025-03-03T09:00", calendar)));
    r = applied(r.accept(CommandId.of("c2"), grid, person, ctx("2025-03-03T10:00", calendar)));
    return applied(r.resolve(CommandId.of("c3"), grid, "done", ctx("2025-03-04T10:00", calendar)));
  }

  private static RuleContext ctx(String local, WorkCalendar calendar) {
    return new RuleContext(java.time.LocalDateTime.parse(local).atZone(ZONE).toInstant(), calendar,
        EscalationPolicy.defaults());
  }

  private static Request applied(CommandOutcome outcome) {
    return ((CommandOutcome.Applied) outcome).request();
  }

  @Test
  void the_county_assessment_walks_each_request_once_and_scores_as_the_two_use_cases_do() {
    DutyRecordEvidence duties = dutySource();
    visit("2025-01-15T10:00:00+08:00");
    InMemoryRequestRepository requests = new InMemoryRequestRepository();
    requests.save(handledBy(CADRE), 0);
    RequestHistoryEvidence history = new RequestHistoryEvidence(requests, unitOfWork, CountyId.of("C1"), ZONE);
    InMemoryRuleSetRepository ruleSets = new InMemoryRuleSetRepository();
    ruleSets.save(RuleSet.of("pm/2025", PartyMemberClass.WITH_POST.subjectKind(), AssessmentPeriod.year(2025), "100",
        List.of(
            ScoringRule.of("paired-visit", "走访联系户 +1", DutyEvidence.VISIT_PAIRED_HOUSEHOLD, Map.of(), "1", "12",
                Direction.ADD),
            ScoringRule.of("resolved-on-time", "按时办结 +2", TwoWayAssessment.RESOLVED_ON_TIME, Map.of(), "2", null,
                Direction.ADD))));
    List<PartyMember> members = List.of(new PartyMember(SubjectId.of("P001"), V, PartyMemberClass.WITH_POST));
    InMemoryScoreRepository stored = new InMemoryScoreRepository();
    AssessCountyService county = new AssessCountyService(ruleSets, history, duties, stored, unitOfWork,
        GradingPolicy.defaults(), VALIDATION.getValidator());

    AssessCountyUseCase.Outcome missing = county.assess(AssessCountyCommand.of("county-q1", Q1, members));
    assertThat(missing).isEqualTo(new AssessCountyUseCase.MissingRuleSets(
        ImmutableSet.of(TwoWayAssessment.HANDLER, TwoWayAssessment.REPORTER)));
    assertThat(stored.findByPeriod(Q1)).as("nothing stored").isEmpty();

    for (String kind : List.of(TwoWayAssessment.HANDLER, TwoWayAssessment.REPORTER)) {
      ruleSets.save(RuleSet.of(kind + "/2025", kind, AssessmentPeriod.year(2025), "100", List.of(
          ScoringRule.of("on-time", "按时办结 +1", TwoWayAssessment.RESOLVED_ON_TIME, Map.of(), "1", null,
              Direction.ADD),
          ScoringRule.of("rated", "评价 +1", TwoWayAssessment.RATED, Map.of(), "1", null, Direction.ADD))));
    }
    AssessCountyUseCase.Assessed together =
        (AssessCountyUseCase.Assessed) county.assess(AssessCountyCommand.of("county-q1", Q1, members));

    AssessRequestsUseCase.Outcome twoWay = new AssessRequestsService(ruleSets,
        history.sides(RequestEvidence.HANDLER, RequestEvidence.REPORTER), new InMemoryScoreRepository(), unitOfWork,
        VALIDATION.getValidator()).assess(AssessRequestsCommand.of("two-way-q1", Q1));
    ScorePartyMembersUseCase.Outcome graded = new ScorePartyMembersService(ruleSets,
        EvidenceSource.concat(duties, history.sides(RequestEvidence.STAFF)), new InMemoryScoreRepository(),
        unitOfWork, GradingPolicy.defaults(), VALIDATION.getValidator())
        .score(new ScorePartyMembersCommand("members-q1", Q1, members));
    assertThat(together.twoWay()).isEqualTo(twoWay);
    assertThat(together.twoWay().handlers()).isNotEmpty();
    assertThat(together.members()).isEqualTo(((ScorePartyMembersUseCase.Graded) graded).results());
    assertThat(together.members().get(0).score().total()).isEqualByComparingTo("103"); // 100 + 1 + 2
    assertThat(stored.findByPeriod(Q1)).hasSize(together.twoWay().handlers().size()
        + together.twoWay().reporters().size() + 1);
  }
}
