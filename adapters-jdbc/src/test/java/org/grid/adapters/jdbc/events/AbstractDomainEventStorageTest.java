package org.grid.adapters.jdbc.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.adapters.jdbc.assessment.JdbcRuleSetRepository;
import org.grid.adapters.jdbc.assessment.JdbcScoreRepository;
import org.grid.adapters.jdbc.escalation.Outbox;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.pairing.JdbcPairingRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.adapters.jdbc.team.JdbcTeamRepository;
import org.grid.assessment.application.ScorePartyMembersService;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.adapters.jdbc.duty.JdbcDutyLogRepository;
import org.grid.adapters.jdbc.duty.JdbcReportedMissRepository;
import org.grid.assessment.port.in.ScorePartyMembersUseCase;
import org.grid.core.application.PairHouseholdsService;
import org.grid.core.application.ReportMissedDutiesService;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ReportMissedDutiesUseCase;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.port.in.PairHouseholdsCommand;
import org.grid.core.port.in.ProposeTeamsCommand;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.application.AdoptPlanService;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.in.AdoptPlanCommand;
import org.grid.escalation.port.in.AdoptPlanUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plan, team, pairing and score events through the JDBC outbox, on each database: the application services publish them in the
 * transaction of their change, the relay delivers them, and every delivered event validates against its schema
 * (the sink of {@link Outbox#recording} checks each) and carries no name.
 */
abstract class AbstractDomainEventStorageTest extends AbstractDatabaseTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
  private static final List<ServedGrid> GRIDS =
      List.of(ServedGrid.of(GridId.of("N1"), V, List.of(UnitId.of("U1")), DistrictId.of("D1")));
  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);
  private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

  private JdbcUnitOfWork unitOfWork;
  private JdbcPersonRepository people;
  private ProposeTeamsService teams;

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @BeforeEach
  void emptyTables() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    database.deleteAll(TestDatabase.JURISDICTION_TABLES);
    database.deleteAll(List.of("grid_outbox_dead_letter", "grid_outbox", "grid_place", "grid_duty_missed_reported"));
    unitOfWork = new JdbcUnitOfWork(database.dataSource());
    new JdbcTownshipRepository(unitOfWork).save(Township.builder(CountyId.of("东县"), T, "示范乡")
        .village(Village.of(V, "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 200)))).build());
    people = new JdbcPersonRepository(unitOfWork);
    teams = new ProposeTeamsService(new JdbcTownshipRepository(unitOfWork), people, new JdbcTeamRepository(unitOfWork),
        unitOfWork, VALIDATION.getValidator(), new JdbcDomainEventPublisher(unitOfWork));
  }

  private void staff(String id, VillageId village, Role... roles) {
    people.save(T, Person.of(PersonId.of(id), "张" + id, village, PartyMembership.NONE, Arrays.asList(roles)));
  }

  private void fullRoster() {
    staff("sec", V, Role.VILLAGE_PARTY_SECRETARY);
    staff("cadre", V, Role.VILLAGE_STATIONED_CADRE);
    staff("vc1", V, Role.VILLAGE_CADRE);
    staff("vc2", V, Role.VILLAGE_CADRE);
    staff("rep", V, Role.VILLAGER_REPRESENTATIVE);
    staff("lead", null, Role.TOWNSHIP_LEADERSHIP_MEMBER);
    staff("head", null, Role.TOWNSHIP_CENTRE_HEAD);
    for (int i = 0; i < 4; i++) {
      staff("police" + i, null, Role.RESPONSIBLE_POLICE_OFFICER);
      staff("staff" + i, null, Role.CONVENIENCE_SERVICE_CENTRE_STAFF);
    }
  }

  @Test
  void proposedTeamsLeaveAsFormedThenAsChangedEventsThatValidateAndNameNobody() {
    fullRoster();
    teams.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT));
    teams.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT.plusDays(1)));
    staff("vc2", V);
    staff("vc3", V, Role.VILLAGE_CADRE);
    teams.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT.plusDays(2)));

    List<OutgoingEvent> delivered = Outbox.drain(database.dataSource());

    assertThat(delivered).extracting(OutgoingEvent::id).containsExactly(
        "team/T1/TEAM-N1/1", "team/T1/TEAM-D1/1", "team/T1/TEAM-T1/1", "team/T1/TEAM-N1/3");
    assertThat(delivered).extracting(OutgoingEvent::type).containsExactly("org.grid.team.formed.v1",
        "org.grid.team.formed.v1", "org.grid.team.formed.v1", "org.grid.team.changed.v1");
    assertThat(delivered).allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T1");
      assertThat(e.county()).isEqualTo("东县");
      assertThat(e.json()).doesNotContain("张");
    });
    assertThat(delivered.get(3).json()).contains("\"vc3\"").doesNotContain("\"vc2\"");
    assertThat(delivered.get(3).aggregate()).isEqualTo("team/T1/TEAM-N1");
    assertThat(Outbox.pending(database.dataSource())).isZero();
  }

  @Test
  void aProposalThatRollsBackLeavesNeitherTeamsNorEvents() {
    fullRoster();
    JdbcTeamRepository teamRepository = new JdbcTeamRepository(unitOfWork);

    assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
      teams.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT));
      throw new IllegalStateException("the embedder's next step failed");
    })).hasMessageContaining("next step failed");

    assertThat(teamRepository.findById(T, TeamId.of("TEAM-N1"))).isEmpty();
    assertThat(Outbox.storedOrder(database.dataSource())).isEmpty();
  }

  @Test
  void thePublisherRefusesToWriteOutsideAUnitOfWork() {
    JdbcDomainEventPublisher publisher = new JdbcDomainEventPublisher(database.dataSource());

    assertThatThrownBy(() -> publisher.publish(List.of(EventSamples.oneOfEach().get(0))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a unit of work");
    assertThat(Outbox.storedOrder(database.dataSource())).isEmpty();
  }

  private PairHouseholdsService pairing(Instant at) {
    return new PairHouseholdsService(new JdbcTownshipRepository(unitOfWork), people,
        new JdbcPairingRepository(unitOfWork), unitOfWork, VALIDATION.getValidator(),
        new JdbcDomainEventPublisher(unitOfWork), Clock.fixed(at, ZoneOffset.UTC));
  }

  private static HouseholdRegister register(int households) {
    List<Household> all = new ArrayList<>();
    for (int i = 0; i < households; i++) {
      all.add(Household.of(HouseholdId.of("H" + i), UnitId.of("U1"), List.of()));
    }
    return HouseholdRegister.of(T, all);
  }

  @Test
  void changedPairingsLeaveOneEventPerHouseholdThatValidatesAndNamesNobody() {
    staff("P1", V, Role.VILLAGE_CADRE);
    PairingPolicy twoEach = PairingPolicy.defaults().withMaxHouseholdsPerPairer(2);
    pairing(NOW).pair(new PairHouseholdsCommand(T, register(3), twoEach));
    pairing(NOW.plusSeconds(60)).pair(new PairHouseholdsCommand(T, register(3), twoEach));
    staff("P2", V, Role.VILLAGE_CADRE);
    pairing(NOW.plusSeconds(120)).pair(new PairHouseholdsCommand(T, register(3), twoEach));

    List<OutgoingEvent> delivered = Outbox.drain(database.dataSource());

    assertThat(delivered).extracting(OutgoingEvent::type).containsOnly("org.grid.pairing.changed.v1");
    assertThat(delivered).extracting(OutgoingEvent::id)
        .as("two paired; the same again, no event; then P2 takes H1 over and P1 pairs the third")
        .containsExactly("pairing/T1/H0/2026-01-05T02:00:00Z", "pairing/T1/H1/2026-01-05T02:00:00Z",
            "pairing/T1/H1/2026-01-05T02:02:00Z", "pairing/T1/H2/2026-01-05T02:02:00Z");
    assertThat(delivered.get(2).json()).contains("\"pairer\":\"P2\",\"previous\":\"P1\"");
    assertThat(delivered).allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T1/villages/V1");
      assertThat(e.json()).doesNotContain("张");
    });
    assertThat(delivered.get(3).json()).contains("\"pairer\":\"P1\"").doesNotContain("previous");
  }

  @Test
  void anAdoptedPlanLeavesOneEventThatValidatesAndARefusedPlanNone() {
    Township township = new JdbcTownshipRepository(unitOfWork).findById(T).orElseThrow();
    Plan plan = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(1)).plan();
    AdoptPlanService adopting = new AdoptPlanService(new JdbcPlaceDirectory(unitOfWork), unitOfWork,
        VALIDATION.getValidator(), new JdbcDomainEventPublisher(unitOfWork));
    Plan missingItsGrids = Plan.of(T, plan.policy(), List.of(), List.of());

    assertThat(adopting.adopt(new AdoptPlanCommand(township, missingItsGrids, NOW)))
        .isInstanceOf(AdoptPlanUseCase.Refused.class);
    assertThat(adopting.adopt(new AdoptPlanCommand(township, plan, NOW)))
        .isInstanceOf(AdoptPlanUseCase.Adopted.class);

    assertThat(Outbox.drain(database.dataSource())).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("org.grid.plan.adopted.v1");
      assertThat(e.id()).isEqualTo("plan/东县/T1/2026-01-05T02:00:00Z");
      assertThat(e.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T1");
      assertThat(e.json()).contains("\"grid\":\"" + plan.grids().get(0).id().value() + "\"")
          .doesNotContain("五都村").doesNotContain("示范乡");
    });
    assertThat(new JdbcPlaceDirectory(unitOfWork).contains(Place.of(township, plan, plan.grids().get(0).id())))
        .isTrue();
  }

  private ScorePartyMembersService scoring(List<Evidence> evidence) {
    return new ScorePartyMembersService(new JdbcRuleSetRepository(unitOfWork), period -> evidence,
        new JdbcScoreRepository(unitOfWork), unitOfWork, GradingPolicy.defaults(), VALIDATION.getValidator(),
        new JdbcDomainEventPublisher(unitOfWork), CountyId.of("C1"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void gradedScoresLeaveAsEventsThatValidateAndARerunCommittedCommandPublishesNothingAgain() {
    new JdbcRuleSetRepository(unitOfWork).save(RuleSet.of("with-post/2025", "party-member/with-post", Y2025, "80",
        List.of(ScoringRule.of("visit", "走访 +5", "visit.paired-household", Map.of(), "5", null, Direction.ADD))));
    List<Evidence> evidence = new ArrayList<>(List.of(
        Evidence.of("v1", "visit.paired-household", "PM-2", LocalDate.of(2025, 5, 1), Map.of())));
    ScorePartyMembersCommand command = new ScorePartyMembersCommand("assess-2025", Y2025, List.of(
        new PartyMember(SubjectId.of("PM-2"), V, PartyMemberClass.WITH_POST),
        new PartyMember(SubjectId.of("PM-1"), V, PartyMemberClass.WITH_POST)));

    scoring(evidence).score(command);
    evidence.add(Evidence.of("v2", "visit.paired-household", "PM-1", LocalDate.of(2025, 6, 1), Map.of()));
    assertThat(scoring(evidence).score(command)).as("the same command id, already committed: no exception")
        .isInstanceOf(ScorePartyMembersUseCase.Graded.class);

    List<OutgoingEvent> delivered = Outbox.drain(database.dataSource());
    assertThat(delivered).extracting(OutgoingEvent::id).containsExactly(
        "score/assess-2025/with-post/2025/PM-1/2025-01-01..2026-01-01",
        "score/assess-2025/with-post/2025/PM-2/2025-01-01..2026-01-01");
    assertThat(delivered).allSatisfy(e -> {
      assertThat(e.type()).isEqualTo("org.grid.score.graded.v1");
      assertThat(e.source()).isEqualTo("/counties/C1");
      assertThat(e.time()).isEqualTo(NOW);
      assertThat(e.json()).doesNotContain("走访");
    });
    assertThat(delivered.get(0).json()).contains("\"total\":80.00");
    assertThat(delivered.get(0).json()).as("the event of the first run").contains("\"total\":80.00");
    assertThat(new JdbcScoreRepository(unitOfWork).findByPeriod(Y2025))
        .as("the re-run stored its scores, as before").allSatisfy(score -> assertThat(score.total())
            .isEqualByComparingTo("85"));
    assertThat(Outbox.storedOrder(database.dataSource())).as("each id once").hasSize(2);

    scoring(evidence).score(new ScorePartyMembersCommand("assess-2025-again", Y2025, command.members()));
    assertThat(Outbox.drain(database.dataSource())).extracting(OutgoingEvent::id).containsExactly(
        "score/assess-2025-again/with-post/2025/PM-1/2025-01-01..2026-01-01",
        "score/assess-2025-again/with-post/2025/PM-2/2025-01-01..2026-01-01");

    // The first command id given again for another period: scores of their own, so events of their own, not ones
    // the outbox would drop as published already.
    AssessmentPeriod firstHalf = new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1));
    assertThat(scoring(evidence).score(new ScorePartyMembersCommand("assess-2025", firstHalf, command.members())))
        .isInstanceOf(ScorePartyMembersUseCase.Graded.class);
    assertThat(Outbox.drain(database.dataSource())).extracting(OutgoingEvent::id).containsExactly(
        "score/assess-2025/with-post/2025/PM-1/2025-01-01..2025-07-01",
        "score/assess-2025/with-post/2025/PM-2/2025-01-01..2025-07-01");
  }

  @Test
  void twoPairingChangesOfAHouseholdAtTheSameInstantLeaveTwoEventsUnderTwoIds() {
    staff("P1", V, Role.VILLAGE_CADRE);
    PairingPolicy one = PairingPolicy.defaults().withMaxHouseholdsPerPairer(1);
    pairing(NOW).pair(new PairHouseholdsCommand(T, register(1), one));
    staff("P1", V);
    pairing(NOW).pair(new PairHouseholdsCommand(T, register(1), one));
    staff("P1", V, Role.VILLAGE_CADRE);
    pairing(NOW).pair(new PairHouseholdsCommand(T, register(1), one));

    List<OutgoingEvent> delivered = Outbox.drain(database.dataSource());

    assertThat(delivered).extracting(OutgoingEvent::id).as("paired, unpaired, paired again, all at one instant")
        .containsExactly("pairing/T1/H0/2026-01-05T02:00:00Z", "pairing/T1/H0/2026-01-05T02:00:00Z/2",
            "pairing/T1/H0/2026-01-05T02:00:00Z/3");
    assertThat(delivered.get(1).json()).contains("\"id\":\"pairing/T1/H0/2026-01-05T02:00:00Z/2\"")
        .contains("\"previous\":\"P1\"").doesNotContain("\"pairer\"");
    assertThat(delivered.get(2).json()).contains("\"pairer\":\"P1\"");
  }

  @Test
  void twoAdoptionsOfATownshipsPlanAtTheSameInstantLeaveTwoEventsUnderTwoIds() {
    Township township = new JdbcTownshipRepository(unitOfWork).findById(T).orElseThrow();
    Plan plan = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(1)).plan();
    AdoptPlanService adopting = new AdoptPlanService(new JdbcPlaceDirectory(unitOfWork), unitOfWork,
        VALIDATION.getValidator(), new JdbcDomainEventPublisher(unitOfWork));

    adopting.adopt(new AdoptPlanCommand(township, plan, NOW));
    adopting.adopt(new AdoptPlanCommand(township, plan, NOW));

    assertThat(Outbox.drain(database.dataSource())).extracting(OutgoingEvent::id)
        .containsExactly("plan/东县/T1/2026-01-05T02:00:00Z", "plan/东县/T1/2026-01-05T02:00:00Z/2");
  }

  private ReportMissedDutiesService reporting(Instant at) {
    return new ReportMissedDutiesService(new JdbcTownshipRepository(unitOfWork), people,
        new JdbcTeamRepository(unitOfWork), new JdbcPairingRepository(unitOfWork),
        new JdbcDutyLogRepository(unitOfWork), new JdbcReportedMissRepository(unitOfWork), unitOfWork,
        VALIDATION.getValidator(), new JdbcDomainEventPublisher(unitOfWork), Clock.fixed(at, ZoneOffset.UTC));
  }

  private static ComputeComplianceCommand compliance(String from, String to) {
    return new ComputeComplianceCommand(T, GRIDS, register(2),
        new DutyPeriod(OffsetDateTime.parse(from), OffsetDateTime.parse(to)), DutyPolicy.defaults());
  }

  @Test
  void missedDutiesLeaveOneEventEachOnceHoweverOftenTheyAreReported() {
    fullRoster();
    teams.propose(new ProposeTeamsCommand(T, GRIDS, TeamPolicy.defaults(), AT.minusMonths(1)));
    new JdbcDutyLogRepository(unitOfWork).append(T, DutyLogEntry.Meeting.of(EntryId.of("M1"),
        new MeetingHost.OfVillage(V), OffsetDateTime.parse("2026-03-10T09:00:00+08:00"), List.of(PersonId.of("sec"))));
    Outbox.drain(database.dataSource());
    ComputeComplianceCommand march = compliance("2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00");

    ReportMissedDutiesUseCase.Reported first = (ReportMissedDutiesUseCase.Reported) reporting(NOW).report(march);
    ReportMissedDutiesUseCase.Reported again =
        (ReportMissedDutiesUseCase.Reported) reporting(NOW.plusSeconds(60)).report(march);

    assertThat(first.newlyReported()).isNotEmpty().containsExactlyElementsOf(first.report().missed());
    assertThat(first.newlyReported()).extracting(MissedDuty::rule).doesNotContain(DutyRule.VILLAGE_MONTHLY_MEETING)
        .contains(DutyRule.TEAM_MONTHLY_MEETING, DutyRule.TOWNSHIP_MONTHLY_MEETING, DutyRule.CONTACT_CARD);
    assertThat(again.report().missed()).isEqualTo(first.report().missed());
    assertThat(again.newlyReported()).as("a re-run is a no-op").isEmpty();
    List<OutgoingEvent> delivered = Outbox.drain(database.dataSource());
    assertThat(delivered).extracting(OutgoingEvent::id).containsExactlyElementsOf(
        first.newlyReported().stream().map(duty -> "duty/T1/" + duty.key()).toList());
    assertThat(delivered).allSatisfy(e -> {
      assertThat(e.type()).isEqualTo("org.grid.duty.missed.v1");
      assertThat(e.time()).isEqualTo(NOW);
      assertThat(e.source()).startsWith("/counties/%E4%B8%9C%E5%8E%BF/townships/T1");
      assertThat(e.json()).doesNotContain("张").doesNotContain("held");
    });

    ComputeComplianceCommand spring = compliance("2026-03-01T00:00:00+08:00", "2026-05-01T00:00:00+08:00");
    ReportMissedDutiesUseCase.Reported longer =
        (ReportMissedDutiesUseCase.Reported) reporting(NOW.plusSeconds(120)).report(spring);
    assertThat(longer.newlyReported()).as("March's monthly misses were reported; April's and the cards of the "
        + "longer period are new").allSatisfy(duty -> assertThat(duty.period()).isNotEqualTo("2026-03"))
        .extracting(MissedDuty::rule).contains(DutyRule.VILLAGE_MONTHLY_MEETING, DutyRule.TOWNSHIP_MONTHLY_MEETING,
            DutyRule.CONTACT_CARD);
    assertThat(Outbox.drain(database.dataSource())).hasSize(longer.newlyReported().size());
  }

  @Test
  void aReportThatRollsBackRecordsNoMissSoTheNextReportsThem() {
    ComputeComplianceCommand march = compliance("2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00");

    assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
      reporting(NOW).report(march);
      throw new IllegalStateException("the embedder's next step failed");
    })).hasMessageContaining("next step failed");
    assertThat(Outbox.storedOrder(database.dataSource())).isEmpty();

    ReportMissedDutiesUseCase.Reported reported = (ReportMissedDutiesUseCase.Reported) reporting(NOW).report(march);
    assertThat(reported.newlyReported()).isNotEmpty();
    assertThat(Outbox.drain(database.dataSource())).hasSize(reported.newlyReported().size());
  }

  @Test
  void twoNodesReportingAtOnceReportEachMissOnceAndNeitherFails() throws Exception {
    ComputeComplianceCommand march = compliance("2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<ReportMissedDutiesUseCase.Outcome>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        // each node its own unit of work and adapters over the one database, as two processes would have
        Instant at = NOW.plusSeconds(node);
        runs.add(nodes.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return reporting(at).report(march);
        }));
      }
      int reported = 0;
      int missed = 0;
      for (Future<ReportMissedDutiesUseCase.Outcome> run : runs) {
        ReportMissedDutiesUseCase.Reported outcome = (ReportMissedDutiesUseCase.Reported) run.get(60, TimeUnit.SECONDS);
        reported += outcome.newlyReported().size();
        missed = outcome.report().missed().size();
      }
      assertThat(missed).isPositive();
      assertThat(reported).as("each miss by one node only").isEqualTo(missed);
      List<OutgoingEvent> delivered = Outbox.drain(database.dataSource());
      assertThat(delivered).hasSize(missed);
      assertThat(delivered).extracting(OutgoingEvent::id).doesNotHaveDuplicates();
    } finally {
      nodes.shutdownNow();
    }
  }
}
