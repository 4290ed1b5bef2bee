package org.grid.core.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.core.model.team.TeamFixtures.AT;
import static org.grid.core.model.team.TeamFixtures.T;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceStationTest {

  private final Roster roster = Roster.of(T, TeamFixtures.fullRoster());
  private final List<Team> teams = TeamProposer.propose(TeamFixtures.township(), TeamFixtures.grids(), roster,
      TeamPolicy.defaults(), AT).teams();

  private static List<OpeningHours> weekdays() {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      hours.add(OpeningHours.of(day, "14:00", "17:30"));
      hours.add(OpeningHours.of(day, "08:30", "12:00"));
    }
    return hours;
  }

  private ServiceStation stationOf(Team team) {
    return ServiceStation.of(T, team.id(), "村委会一楼", weekdays(), List.of(team.leader().orElseThrow()));
  }

  private List<ServiceStation> stationsOfVillageTeams() {
    return teams.stream().filter(t -> t.level() == TeamLevel.VILLAGE_GRID).map(this::stationOf).toList();
  }

  @Test
  void openingHoursAreSortedAndOverlapsRefusedNamingTheTeam() {
    ServiceStation station = stationOf(teams.get(0));
    assertThat(station.hours().get(0)).isEqualTo(OpeningHours.of(DayOfWeek.MONDAY, "08:30", "12:00"));
    assertThat(station.openDays()).hasSize(5);

    assertThatThrownBy(() -> ServiceStation.of(T, teams.get(0).id(), "村委会", List.of(
        OpeningHours.of(DayOfWeek.MONDAY, "08:00", "12:00"), OpeningHours.of(DayOfWeek.MONDAY, "11:00", "13:00")),
        List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(teams.get(0).id().value()).hasMessageContaining("overlap");
    assertThatThrownBy(() -> OpeningHours.of(DayOfWeek.MONDAY, "12:00", "08:00"))
        .hasMessageContaining("MONDAY").hasMessageContaining("not after");
    assertThatThrownBy(() -> ServiceStation.of(T, teams.get(0).id(), " ", List.of(), List.of()))
        .hasMessageContaining("place").hasMessageContaining("blank");
  }

  @Test
  void everyVillageGridTeamWithAGoodStationMeetsTheDefaults() {
    assertThat(TeamValidation.validateStations(teams, stationsOfVillageTeams(), StationPolicy.defaults())).isEmpty();
  }

  @Test
  void aVillageGridTeamWithoutAStationIsNamedAndOtherLevelsAreNotAskedByDefault() {
    List<ServiceStation> stations = new ArrayList<>(stationsOfVillageTeams());
    ServiceStation dropped = stations.remove(0);

    List<TeamViolation> violations = TeamValidation.validateStations(teams, stations, StationPolicy.defaults());

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(TeamRule.STATION_MISSING);
      assertThat(v.teams()).containsExactly(dropped.team());
    });
    List<TeamViolation> everyLevel = TeamValidation.validateStations(teams, stationsOfVillageTeams(),
        StationPolicy.defaults().withRequiredAt(EnumSet.allOf(TeamLevel.class)));
    assertThat(everyLevel).extracting(TeamViolation::rule).containsOnly(TeamRule.STATION_MISSING)
        .hasSize((int) teams.stream().filter(t -> t.level() != TeamLevel.VILLAGE_GRID).count());
  }

  @Test
  void aStationStaffedByOutsidersAndRarelyOpenBreaksEachRule() {
    Team team = teams.get(0);
    Team other = teams.get(1);
    PersonId outsider = teams.stream().flatMap(t -> t.members().stream()).filter(p -> !team.hasMember(p))
        .findFirst().orElseThrow();
    ServiceStation bad = ServiceStation.of(T, team.id(), "村委会", List.of(
        OpeningHours.of(DayOfWeek.SATURDAY, "09:00", "11:00")), List.of(outsider));
    List<ServiceStation> stations = new ArrayList<>(stationsOfVillageTeams());
    stations.set(0, bad);
    stations.add(ServiceStation.of(T, TeamId.of("TEAM-NOWHERE"), "村委会", weekdays(), List.of()));
    stations.add(stationOf(other));

    List<TeamViolation> violations = TeamValidation.validateStations(teams, stations, StationPolicy.defaults());

    assertThat(violations).extracting(TeamViolation::rule).containsExactly(
        TeamRule.STATION_TOO_FEW_ON_DUTY, TeamRule.STATION_ON_DUTY_NOT_MEMBER, TeamRule.STATION_OPEN_TOO_FEW_DAYS,
        TeamRule.STATION_OF_UNKNOWN_TEAM, TeamRule.STATION_OF_UNKNOWN_TEAM);
    assertThat(violations.get(1).people()).containsExactly(outsider);
    assertThat(violations.get(2).message()).contains("open on 1 days a week, fewer than the 5 required");
    assertThat(violations.get(3).message()).contains("TEAM-NOWHERE");
    assertThat(violations.get(4).message()).contains(other.id().value()).contains("more than one");
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("村委会"));
  }

  @Test
  void thePolicyRefusesNumbersOutOfRange() {
    assertThatThrownBy(() -> new StationPolicy(EnumSet.noneOf(TeamLevel.class), 0, 5))
        .hasMessageContaining("minimumOnDuty");
    assertThatThrownBy(() -> StationPolicy.defaults().withMinimumOpenDaysPerWeek(8))
        .hasMessageContaining("minimumOpenDaysPerWeek");
  }
}
