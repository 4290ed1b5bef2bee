package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.PairingRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ComputeComplianceServiceTest {

  private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final GridId G = GridId.of("N1");
  private static final TeamId TEAM = TeamId.of("TEAM-N1");
  private static final HouseholdId H = HouseholdId.of("H1");
  private static final PersonId CADRE = PersonId.of("cadre");
  private static final DutyPeriod Q1 = new DutyPeriod(OffsetDateTime.parse("2025-01-01T00:00:00+08:00"),
      OffsetDateTime.parse("2025-04-01T00:00:00+08:00"));

  private final List<DutyLogEntry> entries = new ArrayList<>();
  private final List<OffsetDateTime[]> queries = new ArrayList<>();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  private ComputeComplianceService service() {
    Team team = Team.of(TEAM, T, new TeamScope.VillageGrid(G, V), CADRE, Set.of(), Set.of(), CADRE, Map.of(),
        OffsetDateTime.parse("2024-12-01T00:00:00+08:00"));
    Person cadre = Person.of(CADRE, "驻村干部", V, PartyMembership.NONE, List.of(Role.VILLAGE_STATIONED_CADRE));
    PersonRepository people = new PersonRepository() {
      @Override public void save(TownshipId t, Person p) {}
      @Override public boolean save(TownshipId t, Person p, long expectedVersion) {
        throw new UnsupportedOperationException();
      }
      @Override public Optional<Versioned<Person>> findVersioned(TownshipId t, PersonId id) {
        throw new UnsupportedOperationException();
      }
      @Override public Optional<Person> findById(TownshipId t, PersonId id) { return Optional.of(cadre); }
      @Override public List<Person> findByTownship(TownshipId t) { return List.of(cadre); }
      @Override public List<Person> findByVillage(TownshipId t, VillageId v) { return List.of(cadre); }
    };
    TeamRepository teams = new TeamRepository() {
      @Override public void save(Team t) {}
      @Override public boolean save(Team t, long expectedVersion) { throw new UnsupportedOperationException(); }
      @Override public Optional<Team> findById(TownshipId t, TeamId id) { return Optional.of(team); }
      @Override public Optional<Versioned<Team>> findVersioned(TownshipId t, TeamId id) {
        throw new UnsupportedOperationException();
      }
      @Override public List<Team> findByTownship(TownshipId t) { return List.of(team); }
      @Override public Optional<Team> findByGrid(TownshipId t, GridId g) { return Optional.of(team); }
    };
    PairingRepository pairings = new PairingRepository() {
      @Override public void save(TownshipId t, Pairing p) {}
      @Override public void replaceAll(TownshipId t, Collection<Pairing> all) {}
      @Override public void remove(TownshipId t, HouseholdId h) {}
      @Override public Optional<Pairing> findByHousehold(TownshipId t, HouseholdId h) { return Optional.empty(); }
      @Override public List<Pairing> findByPairer(TownshipId t, PersonId p) { return List.of(); }
      @Override public List<Pairing> findByTownship(TownshipId t) { return List.of(); }
    };
    DutyLogRepository log = new DutyLogRepository() {
      @Override public void append(TownshipId t, DutyLogEntry e) { entries.add(e); }
      @Override public List<DutyLogEntry> findByTownship(TownshipId t, OffsetDateTime from, OffsetDateTime to) {
        queries.add(new OffsetDateTime[] {from, to});
        return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
      }
      @Override public List<DutyLogEntry> findByPerson(TownshipId t, PersonId p, OffsetDateTime f, OffsetDateTime to) {
        throw new UnsupportedOperationException();
      }
    };
    return new ComputeComplianceService(people, teams, pairings, log, unitOfWork, VALIDATION.getValidator());
  }

  private static ComputeComplianceCommand command() {
    return new ComputeComplianceCommand(T, List.of(ServedGrid.of(G, V, List.of(UnitId.of("U1")), DistrictId.of("D1"))),
        HouseholdRegister.of(T, List.of(Household.of(H, UnitId.of("U1"), List.of()))), Q1, DutyPolicy.defaults());
  }

  @Test
  void cardsIssuedBeforeThePeriodAndLateArrivalsAreReadFromTheLog() {
    ComputeComplianceService service = service();
    entries.add(new DutyLogEntry.CardIssue(H, TEAM, CardKind.CONTACT, OffsetDateTime.parse("2024-12-05T10:00:00+08:00")));
    entries.add(new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.CONSTRUCTION_PROJECT,
        OffsetDateTime.parse("2025-03-31T12:00:00+08:00")));
    entries.add(new DutyLogEntry.Attendance(EntryId.of("E1"), CADRE, OffsetDateTime.parse("2025-04-02T12:00:00+08:00")));

    ComplianceReport report = service.compute(command());

    assertThat(report.tally(DutyRule.CONTACT_CARD)).isEqualTo(new Tally(1, 1));
    assertThat(report.tally(DutyRule.SUPERVISION_CARD)).isEqualTo(new Tally(1, 0));
    assertThat(report.tally(DutyRule.MUST_ATTEND_ON_SITE)).isEqualTo(new Tally(1, 1));
    assertThat(unitOfWork.units()).as("the computation reads in one unit of work").isEqualTo(1);
    assertThat(queries).singleElement().satisfies(range -> {
      assertThat(range[0]).isEqualTo(OffsetDateTime.parse("2024-12-01T00:00:00+08:00"));
      assertThat(range[1].toInstant()).isEqualTo(Q1.to().plusHours(72).toInstant());
    });
  }

  @Test
  void aLogNamingWhatTheTownshipDoesNotHaveIsRefusedNamingEachEntry() {
    ComputeComplianceService service = service();
    OffsetDateTime march = OffsetDateTime.parse("2025-03-01T10:00:00+08:00");
    entries.add(new DutyLogEntry.VisitRound(EntryId.of("R1"), GridId.of("N9"), march));
    entries.add(DutyLogEntry.Visit.of(CADRE, HouseholdId.of("H9"), march, null));
    entries.add(DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTeam(TeamId.of("TEAM-N9")), march,
        List.of()));
    entries.add(new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.EMERGENCY, march));
    entries.add(new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.PETITION, march));

    assertThatThrownBy(() -> service.compute(command()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("township T1")
        .hasMessageContaining("round R1 of grid N9")
        .hasMessageContaining("household H9")
        .hasMessageContaining("team TEAM-N9")
        .hasMessageContaining("id E1 names two different entries");
  }

  @Test
  void anEntryRecordedTwiceExactlyIsCountedOnce() {
    ComputeComplianceService service = service();
    DutyLogEntry.MustAttendEvent event = new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G,
        MustAttendKind.EMERGENCY, OffsetDateTime.parse("2025-03-01T10:00:00+08:00"));
    entries.add(event);
    entries.add(event);

    assertThat(service.compute(command()).tally(DutyRule.MUST_ATTEND_ON_SITE)).isEqualTo(new Tally(1, 0));
  }

  @Test
  void aBrokenCommandNamesEachField() {
    assertThatThrownBy(() -> service().compute(new ComputeComplianceCommand(T, List.of(), null, Q1, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grids").hasMessageContaining("register").hasMessageContaining("policy");
  }

  @Test
  void eachGridIsComputedAloneFromOneReadingOfTheLog() {
    ComputeComplianceService service = service();
    OffsetDateTime march = OffsetDateTime.parse("2025-03-01T10:00:00+08:00");
    entries.add(new DutyLogEntry.CardIssue(H, TEAM, CardKind.CONTACT, march));
    entries.add(DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTeam(TEAM), march, List.of()));

    var reports = service.computeByGrid(command());

    assertThat(reports).containsOnlyKeys(G);
    ComplianceReport report = reports.get(G);
    assertThat(report.tally(DutyRule.CONTACT_CARD)).isEqualTo(new Tally(1, 1));
    assertThat(report.tally(DutyRule.TEAM_MONTHLY_MEETING)).isEqualTo(new Tally(3, 1));
    assertThat(report.tallies()).isEqualTo(service.compute(command()).tallies());
    assertThat(unitOfWork.units()).as("one unit of work each").isEqualTo(2);
    assertThat(queries).as("the log read once each").hasSize(2);
  }

  @Test
  void aGridNamedTwiceIsRefused() {
    ComputeComplianceCommand once = command();
    ComputeComplianceCommand twice = new ComputeComplianceCommand(T,
        List.of(once.grids().get(0), once.grids().get(0)), once.register(), Q1, DutyPolicy.defaults());

    assertThatThrownBy(() -> service().computeByGrid(twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grids").hasMessageContaining("N1");
  }
}
