package org.grid.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.StationPolicy;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamRule;
import org.grid.core.model.team.TeamScope;
import org.grid.core.model.team.TeamViolation;
import org.grid.core.port.in.ReviewCardsCommand;
import org.grid.core.port.in.ReviewCardsUseCase.CardReview;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.ServiceStationRepository;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.Versioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ReviewCardsServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final DistrictId D = DistrictId.of("D1");
  private static final OffsetDateTime COMPOSED = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-01T00:00:00+08:00");
  private static final ServedGrid N1 = ServedGrid.of(GridId.of("N1"), V, List.of(UnitId.of("U1")), D);
  private static final ServedGrid N2 = ServedGrid.of(GridId.of("N2"), V, List.of(UnitId.of("U2")), D);

  private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();
  private final List<DutyLogEntry> entries = new ArrayList<>();
  private final List<OffsetDateTime[]> queries = new ArrayList<>();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  private static Team team(ServedGrid grid) {
    return Team.of(TeamId.of("TEAM-" + grid.id().value()), T, new TeamScope.VillageGrid(grid.id(), V),
        PersonId.of("P-" + grid.id().value()), Set.of(), Set.of(), null, Map.of(), COMPOSED);
  }

  private ReviewCardsService service(List<ServiceStation> stored) {
    List<Team> all = List.of(team(N1), team(N2));
    TeamRepository teams = new TeamRepository() {
      @Override public void save(Team t) {}
      @Override public boolean save(Team t, long expectedVersion) { throw new UnsupportedOperationException(); }
      @Override public Optional<Team> findById(TownshipId t, TeamId id) { throw new UnsupportedOperationException(); }
      @Override public Optional<Versioned<Team>> findVersioned(TownshipId t, TeamId id) {
        throw new UnsupportedOperationException();
      }
      @Override public List<Team> findByTownship(TownshipId t) { return all; }
      @Override public Optional<Team> findByGrid(TownshipId t, GridId g) { throw new UnsupportedOperationException(); }
    };
    ServiceStationRepository stations = new ServiceStationRepository() {
      @Override public void save(ServiceStation s) {}
      @Override public Optional<ServiceStation> findByTeam(TownshipId t, TeamId team) {
        throw new UnsupportedOperationException();
      }
      @Override public List<ServiceStation> findByTownship(TownshipId t) { return stored; }
      @Override public boolean delete(TownshipId t, TeamId team) { throw new UnsupportedOperationException(); }
    };
    DutyLogRepository log = new DutyLogRepository() {
      @Override public void append(TownshipId t, DutyLogEntry e) {}
      @Override public List<DutyLogEntry> findByTownship(TownshipId t, OffsetDateTime from, OffsetDateTime to) {
        queries.add(new OffsetDateTime[] {from, to});
        return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
      }
      @Override public List<DutyLogEntry> findByPerson(TownshipId t, PersonId p, OffsetDateTime f, OffsetDateTime to) {
        throw new UnsupportedOperationException();
      }
    };
    return new ReviewCardsService(teams, stations, log, unitOfWork, VALIDATION.getValidator());
  }

  private static HouseholdRegister register() {
    return HouseholdRegister.of(T, List.of(Household.of(HouseholdId.of("H1"), UnitId.of("U1"), List.of()),
        Household.of(HouseholdId.of("H2"), UnitId.of("U1"), List.of()),
        Household.of(HouseholdId.of("H3"), UnitId.of("U2"), List.of())));
  }

  private static ServiceStation station(ServedGrid grid) {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      hours.add(OpeningHours.of(day, "08:30", "12:00"));
    }
    return ServiceStation.of(T, team(grid).id(), "村委会", hours, List.of(team(grid).leader().orElseThrow()));
  }

  private void cards(String household, String team, String at) {
    for (CardKind kind : CardKind.values()) {
      entries.add(new DutyLogEntry.CardIssue(HouseholdId.of(household), TeamId.of(team), kind,
          OffsetDateTime.parse(at)));
    }
  }

  @Test
  void aReviewOfOneGridNamesItsTeamsShortfallAndItsHouseholdsWithoutCurrentCardsInOneUnitOfWork() {
    cards("H1", "TEAM-N1", "2025-01-10T09:00:00+08:00");
    cards("H2", "TEAM-N1", "2024-12-10T09:00:00+08:00");
    cards("H3", "TEAM-N2", "2025-01-10T09:00:00+08:00");

    CardReview n1 = service(List.of(station(N2))).review(
        new ReviewCardsCommand(T, List.of(N1), register(), StationPolicy.defaults(), AT));

    assertThat(n1.households()).extracting(HouseholdId::value).containsExactly("H1", "H2");
    assertThat(n1.outOfDate()).extracting(HouseholdId::value).containsExactly("H2");
    assertThat(n1.stationShortfalls()).extracting(TeamViolation::rule).containsExactly(TeamRule.STATION_MISSING);
    assertThat(n1.stationShortfalls().get(0).teams()).containsExactly(TeamId.of("TEAM-N1"));
    assertThat(unitOfWork.units()).isEqualTo(1);
    assertThat(queries).singleElement().satisfies(range -> {
      assertThat(range[0]).as("cards before the team's composition are out of date anyway").isEqualTo(COMPOSED);
      assertThat(range[1]).isAfter(AT);
    });

    CardReview both = service(List.of(station(N1), station(N2))).review(
        new ReviewCardsCommand(T, List.of(N1, N2), register(), StationPolicy.defaults(), AT));
    assertThat(both.stationShortfalls()).isEmpty();
    assertThat(both.outOfDate()).extracting(HouseholdId::value).containsExactly("H2");
  }

  @Test
  void aCommandBreakingItsConstraintsIsRefusedNamingTheField() {
    assertThatThrownBy(() -> service(List.of()).review(
        new ReviewCardsCommand(T, List.of(), register(), StationPolicy.defaults(), AT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grids");
  }
}
