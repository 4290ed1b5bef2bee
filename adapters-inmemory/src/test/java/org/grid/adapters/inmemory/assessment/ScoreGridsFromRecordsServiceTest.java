package org.grid.adapters.inmemory.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.duty.InMemoryDutyLogRepository;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.adapters.inmemory.pairing.InMemoryPairingRepository;
import org.grid.adapters.inmemory.team.InMemoryPersonRepository;
import org.grid.adapters.inmemory.team.InMemoryTeamRepository;
import org.grid.assessment.application.ScoreGridsFromRecordsService;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.GridMeasuresCalculator;
import org.grid.assessment.model.GridMeasuresPolicy;
import org.grid.assessment.model.GridScorecards;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.model.ScorecardPolicy;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.port.in.ScoreGridsFromRecordsCommand;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.model.duty.Compliance;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.TownshipDuties;
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
import org.grid.core.model.pairing.PairingCoverage;
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
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A township's grid scorecards from its records ({@link ScoreGridsFromRecordsService}): two grids of one village over
 * the first quarter of 2025, their duty log, pairings and requests stored in memory, every measure and total checked
 * by hand, and the same scorecards as {@link GridMeasuresCalculator} and {@link GridScorecards#rank} give by hand.
 */
class ScoreGridsFromRecordsServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final CountyId C = CountyId.of("C1");
  private static final TownshipId T = TownshipId.of("T01");
  private static final VillageId V = VillageId.of("T01-V04");
  private static final DistrictId D = DistrictId.of("T01-D1");
  private static final GridId N1 = GridId.of("T01-V04-N1");
  private static final GridId N2 = GridId.of("T01-V04-N2");
  private static final UnitId U1 = UnitId.of("T01-V04-G1");
  private static final UnitId U2 = UnitId.of("T01-V04-G2");
  private static final TeamId TEAM1 = TeamId.of("TEAM-N1");
  private static final TeamId TEAM2 = TeamId.of("TEAM-N2");
  private static final PersonId CADRE1 = PersonId.of("P001");
  private static final PersonId PAIRER1 = PersonId.of("P002");
  private static final PersonId PAIRER2 = PersonId.of("P003");
  private static final PersonId CADRE2 = PersonId.of("P004");
  private static final PersonId CITIZEN = PersonId.of("c");
  private static final AssessmentPeriod Q1 =
      new AssessmentPeriod(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-04-01"));
  private static final List<ServedGrid> GRIDS = List.of(ServedGrid.of(N1, V, List.of(U1), D),
      ServedGrid.of(N2, V, List.of(U2), D));
  private static final HouseholdRegister REGISTER = HouseholdRegister.of(T, List.of(
      Household.of(HouseholdId.of("H01"), U1, List.of(CareTag.HARDSHIP)),
      Household.of(HouseholdId.of("H02"), U1, List.of()),
      Household.of(HouseholdId.of("H03"), U1, List.of()),
      Household.of(HouseholdId.of("H11"), U2, List.of(CareTag.HARDSHIP)),
      Household.of(HouseholdId.of("H12"), U2, List.of())));
  private static final WorkCalendar CALENDAR = WorkCalendar.of(ZONE, LocalTime.of(17, 30),
      List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of());

  private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();
  private final InMemoryPersonRepository people = new InMemoryPersonRepository();
  private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  private final InMemoryPairingRepository pairings = new InMemoryPairingRepository();
  private final InMemoryDutyLogRepository log = new InMemoryDutyLogRepository();
  private final InMemoryRequestRepository requests = new InMemoryRequestRepository();
  private final List<DutyLogEntry> entries = new ArrayList<>();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  /** Counts the outermost units of work. */
  private static final class CountingUnitOfWork implements UnitOfWork {
    private final UnitOfWork inner = InMemoryUnitOfWork.create();
    private int depth;
    private int units;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      if (depth++ == 0) {
        units++;
      }
      try {
        return inner.inTransaction(work);
      } finally {
        depth--;
      }
    }
  }

  /**
   * The records of the quarter. N1: 3 households (H01 in hardship, paired; H02 paired; H03 not paired); its pairer
   * visits H01 in January and February, not March; its team meets every month. N2: 2 households, both paired; H11
   * visited every month; its team meets in January only. The village meets in January and February. Requests: R1 of
   * N1, resolved at the village grid and rated satisfied; R2 of N1, passed up to the district, resolved there, rated
   * dissatisfied, resolved again and rated satisfied; R3 of N1, reported in December 2024 and resolved in January
   * (another period's); R4 of N2, resolved at the village grid ten weeks late, not rated.
   */
  private ScoreGridsFromRecordsService service() {
    people.save(T, Person.of(CADRE1, "驻村干部甲", V, PartyMembership.WITH_POST, List.of(Role.VILLAGE_STATIONED_CADRE)));
    people.save(T, Person.of(PAIRER1, "村干部甲", V, PartyMembership.WITHOUT_POST, List.of(Role.VILLAGE_CADRE)));
    people.save(T, Person.of(PAIRER2, "村干部乙", V, PartyMembership.WITHOUT_POST, List.of(Role.VILLAGE_CADRE)));
    people.save(T, Person.of(CADRE2, "驻村干部乙", V, PartyMembership.WITH_POST, List.of(Role.VILLAGE_STATIONED_CADRE)));
    OffsetDateTime composed = OffsetDateTime.parse("2024-12-01T00:00:00+08:00");
    teams.save(Team.of(TEAM1, T, new TeamScope.VillageGrid(N1, V), CADRE1, Set.of(PAIRER1), Set.of(), CADRE1,
        Map.of(), composed));
    teams.save(Team.of(TEAM2, T, new TeamScope.VillageGrid(N2, V), CADRE2, Set.of(PAIRER2), Set.of(), CADRE2,
        Map.of(), composed));
    pairings.save(T, new Pairing(HouseholdId.of("H01"), PAIRER1, V));
    pairings.save(T, new Pairing(HouseholdId.of("H02"), PAIRER1, V));
    pairings.save(T, new Pairing(HouseholdId.of("H11"), PAIRER2, V));
    pairings.save(T, new Pairing(HouseholdId.of("H12"), PAIRER2, V));
    append(DutyLogEntry.Visit.of(PAIRER1, HouseholdId.of("H01"), at("2025-01-10T10:00"), null));
    append(DutyLogEntry.Visit.of(PAIRER1, HouseholdId.of("H01"), at("2025-02-10T10:00"), null));
    for (int m = 1; m <= 3; m++) {
      append(DutyLogEntry.Visit.of(PAIRER2, HouseholdId.of("H11"), at("2025-0" + m + "-12T10:00"), null));
      append(DutyLogEntry.Meeting.of(EntryId.of("TM1-" + m), new MeetingHost.OfTeam(TEAM1),
          at("2025-0" + m + "-05T10:00"), List.of()));
    }
    append(DutyLogEntry.Meeting.of(EntryId.of("TM2-1"), new MeetingHost.OfTeam(TEAM2), at("2025-01-06T10:00"),
        List.of()));
    append(DutyLogEntry.Meeting.of(EntryId.of("VM-1"), new MeetingHost.OfVillage(V), at("2025-01-07T10:00"),
        List.of()));
    append(DutyLogEntry.Meeting.of(EntryId.of("VM-2"), new MeetingHost.OfVillage(V), at("2025-02-07T10:00"),
        List.of()));
    requests.save(r1(), 0);
    requests.save(r2(), 0);
    requests.save(r3(), 0);
    requests.save(r4(), 0);
    ComputeComplianceService compliance = new ComputeComplianceService(people, teams, pairings, log, unitOfWork,
        VALIDATION.getValidator());
    return new ScoreGridsFromRecordsService(compliance, pairings, requests, unitOfWork, ZONE,
        VALIDATION.getValidator());
  }

  @Test
  void each_grid_is_measured_from_its_own_records_and_ranked_every_measure_with_its_basis() {
    ImmutableList<Scorecard> cards = service().score(ScoreGridsFromRecordsCommand.withDefaults(C, T, GRIDS, REGISTER,
        Q1));

    assertThat(unitOfWork.units).as("one unit of work").isEqualTo(1);
    assertThat(cards).extracting(card -> card.measures().grid().value() + " #" + card.rank() + " "
            + card.score().total().toPlainString())
        .containsExactly("T01-V04-N2 #1 75.00", "T01-V04-N1 #2 72.22");
    GridMeasures n1 = cards.get(1).measures();
    assertThat(n1.township()).isEqualTo("T01");
    assertThat(n1.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ScorecardMetric.VISIT_COMPLIANCE, new java.math.BigDecimal("0.6667"),
        ScorecardMetric.PAIRING_COVERAGE, new java.math.BigDecimal("0.6667"),
        ScorecardMetric.MEETING_COMPLIANCE, new java.math.BigDecimal("0.8333"),
        ScorecardMetric.ON_TIME_RESOLUTION, new java.math.BigDecimal("1.0000"),
        ScorecardMetric.SATISFACTION, new java.math.BigDecimal("0.6667"),
        ScorecardMetric.RESOLVED_AT_VILLAGE_TIER, new java.math.BigDecimal("0.5000")));
    // R3 was reported in 2024: it counts in that period, not in this one
    assertThat(n1.basis()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ScorecardMetric.VISIT_COMPLIANCE, "2 of 3 visits",
        ScorecardMetric.PAIRING_COVERAGE, "2 of 3 households paired",
        ScorecardMetric.MEETING_COMPLIANCE, "5 of 6 meetings",
        ScorecardMetric.ON_TIME_RESOLUTION, "2 of 2 requests resolved on time",
        ScorecardMetric.SATISFACTION, "2 of 3 ratings satisfied or basically satisfied",
        ScorecardMetric.RESOLVED_AT_VILLAGE_TIER, "1 of 2 resolved requests resolved at the village tier"));
    GridMeasures n2 = cards.get(0).measures();
    assertThat(n2.basis()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ScorecardMetric.VISIT_COMPLIANCE, "3 of 3 visits",
        ScorecardMetric.PAIRING_COVERAGE, "2 of 2 households paired",
        ScorecardMetric.MEETING_COMPLIANCE, "3 of 6 meetings",
        ScorecardMetric.ON_TIME_RESOLUTION, "0 of 1 requests resolved on time",
        ScorecardMetric.SATISFACTION, "nothing due: 0 of 0 ratings satisfied or basically satisfied",
        ScorecardMetric.RESOLVED_AT_VILLAGE_TIER, "1 of 1 resolved requests resolved at the village tier"));
    // (1 + 1 + 0.5 + 0 + 1 + 1) / 6 = 75.00; (0.6667 x 3 + 0.8333 + 1 + 0.5) / 6 = 72.2233 -> 72.22
    assertThat(cards.get(1).score().lineItems()).hasSize(6);
    assertThat(cards.get(1).score().lineItems().get(0).description()).contains("2 of 3 visits");
  }

  @Test
  void the_scorecards_are_those_the_calculator_and_the_ranking_give_by_hand() {
    ScoreGridsFromRecordsService service = service();
    ScorecardPolicy weights = ScorecardPolicy.of(Map.of(ScorecardMetric.VISIT_COMPLIANCE, 20,
        ScorecardMetric.PAIRING_COVERAGE, 20, ScorecardMetric.MEETING_COMPLIANCE, 20,
        ScorecardMetric.ON_TIME_RESOLUTION, 15, ScorecardMetric.SATISFACTION, 15,
        ScorecardMetric.RESOLVED_AT_VILLAGE_TIER, 10));

    ImmutableList<Scorecard> cards = service.score(new ScoreGridsFromRecordsCommand(C, T, GRIDS, REGISTER, Q1,
        weights, GridMeasuresPolicy.defaults(), DutyPolicy.defaults()));

    DutyPeriod quarter = new DutyPeriod(Q1.start().atStartOfDay(ZONE).toOffsetDateTime(),
        Q1.end().atStartOfDay(ZONE).toOffsetDateTime());
    TownshipDuties township = TownshipDuties.of(T, GRIDS, teams.findByTownship(T), people.roster(T), REGISTER,
        pairings.findByTownship(T));
    List<GridMeasures> byHand = List.of(
        GridMeasuresCalculator.measure(GridMeasuresPolicy.defaults(), N1, "T01",
            Compliance.compute(township.ofGrid(N1), entries, quarter, DutyPolicy.defaults()),
            new PairingCoverage(2, 3), List.of(r1(), r2())),
        GridMeasuresCalculator.measure(GridMeasuresPolicy.defaults(), N2, "T01",
            Compliance.compute(township.ofGrid(N2), entries, quarter, DutyPolicy.defaults()),
            new PairingCoverage(2, 2), List.of(r4())));
    assertThat(cards).isEqualTo(GridScorecards.rank(weights, Q1, byHand));
  }

  @Test
  void a_broken_command_names_each_field_and_a_grid_named_twice_is_refused() {
    ScoreGridsFromRecordsService service = service();

    assertThatThrownBy(() -> service.score(new ScoreGridsFromRecordsCommand(null, T, List.of(), REGISTER, null,
        ScorecardPolicy.defaults(), null, DutyPolicy.defaults())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("county").hasMessageContaining("grids").hasMessageContaining("period")
        .hasMessageContaining("measuresPolicy");
    assertThatThrownBy(() -> service.score(ScoreGridsFromRecordsCommand.withDefaults(C, T,
        List.of(GRIDS.get(0), GRIDS.get(0)), REGISTER, Q1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T01-V04-N1");
  }

  private void append(DutyLogEntry entry) {
    log.append(T, entry);
    entries.add(entry);
  }

  private static OffsetDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
  }

  private static Place place(GridId grid) {
    return new Place(C, T, D, V, grid);
  }

  private static Actor.Staff village(GridId grid) {
    return Actor.staff(grid.equals(N1) ? PAIRER1 : PAIRER2, "组长", Office.of(Tier.VILLAGE_GRID, place(grid)));
  }

  private static Request reported(String id, GridId grid, String when) {
    return applied(Request.report(RequestId.of(id), CommandId.of(id + "-report"), Actor.citizen(CITIZEN),
        new Form.Report(CITIZEN, place(grid), Category.of("land"), "fence", Urgency.NORMAL, null, null),
        ctx(when)));
  }

  private static Request r1() {
    Request r = reported("R1", N1, "2025-03-03T09:00");
    r = applied(r.accept(CommandId.of("R1-accept"), village(N1), PAIRER1, ctx("2025-03-03T10:00")));
    r = applied(r.resolve(CommandId.of("R1-resolve"), village(N1), "done", ctx("2025-03-04T10:00")));
    r = applied(r.deliverFeedback(CommandId.of("R1-feedback"), village(N1), "done", ctx("2025-03-04T11:00")));
    return applied(r.rate(CommandId.of("R1-rate"), Actor.citizen(CITIZEN), Rating.SATISFIED, ctx("2025-03-05T09:00")));
  }

  private static Request r2() {
    Actor.Staff district = Actor.staff(CADRE1, "片长", Office.of(Tier.DISTRICT_GRID, place(N1)));
    Request r = reported("R2", N1, "2025-02-03T09:00");
    r = applied(r.accept(CommandId.of("R2-accept"), village(N1), PAIRER1, ctx("2025-02-03T10:00")));
    r = applied(r.escalate(CommandId.of("R2-escalate"), village(N1), "beyond the grid", ctx("2025-02-03T11:00")));
    r = applied(r.accept(CommandId.of("R2-accept-d"), district, CADRE1, ctx("2025-02-03T14:00")));
    r = applied(r.resolve(CommandId.of("R2-resolve"), district, "done", ctx("2025-02-04T10:00")));
    r = applied(r.deliverFeedback(CommandId.of("R2-feedback"), district, "done", ctx("2025-02-04T11:00")));
    r = applied(r.rate(CommandId.of("R2-rate"), Actor.citizen(CITIZEN), Rating.DISSATISFIED,
        ctx("2025-02-05T09:00")));
    r = applied(r.resolve(CommandId.of("R2-resolve-2"), district, "done again", ctx("2025-02-06T10:00")));
    r = applied(r.deliverFeedback(CommandId.of("R2-feedback-2"), district, "done", ctx("2025-02-06T11:00")));
    return applied(r.rate(CommandId.of("R2-rate-2"), Actor.citizen(CITIZEN), Rating.SATISFIED,
        ctx("2025-02-07T09:00")));
  }

  private static Request r3() {
    Request r = reported("R3", N1, "2024-12-30T09:00");
    r = applied(r.accept(CommandId.of("R3-accept"), village(N1), PAIRER1, ctx("2024-12-30T10:00")));
    return applied(r.resolve(CommandId.of("R3-resolve"), village(N1), "done", ctx("2025-01-02T10:00")));
  }

  private static Request r4() {
    Request r = reported("R4", N2, "2025-01-06T09:00");
    r = applied(r.accept(CommandId.of("R4-accept"), village(N2), PAIRER2, ctx("2025-01-06T10:00")));
    return applied(r.resolve(CommandId.of("R4-resolve"), village(N2), "done", ctx("2025-03-17T10:00")));
  }

  private static RuleContext ctx(String local) {
    return new RuleContext(LocalDateTime.parse(local).atZone(ZONE).toInstant(), CALENDAR,
        EscalationPolicy.defaults());
  }

  private static Request applied(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    return ((CommandOutcome.Applied) outcome).request();
  }
}
