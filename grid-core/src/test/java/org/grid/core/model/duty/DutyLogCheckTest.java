package org.grid.core.model.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.junit.jupiter.api.Test;

class DutyLogCheckTest {

  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final UnitId U = UnitId.of("V1-G1");
  private static final GridId G = GridId.of("V1-N1");
  private static final TeamId TEAM = TeamId.of("TEAM-V1-N1");
  private static final PersonId SECRETARY = PersonId.of("sec");
  private static final HouseholdId H = HouseholdId.of("h1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-01T10:00:00+08:00");

  private static TownshipDuties duties() {
    Roster roster = Roster.of(T, List.of(
        Person.of(SECRETARY, "书记", V, PartyMembership.WITH_POST, List.of(Role.VILLAGE_PARTY_SECRETARY))));
    Team team = Team.of(TEAM, T, new TeamScope.VillageGrid(G, V), SECRETARY, Set.of(), Set.of(), null, Map.of(),
        AT.minusYears(1));
    return TownshipDuties.of(T, List.of(ServedGrid.of(G, V, List.of(U), DistrictId.of("D1"))), List.of(team),
        roster, HouseholdRegister.of(T, List.of(Household.of(H, U, List.of()))), List.of());
  }

  /** A log that names only what the township has, with an exact repeat and people on no roster. */
  private static List<DutyLogEntry> goodLog() {
    DutyLogEntry.VisitRound round = new DutyLogEntry.VisitRound(EntryId.of("R1"), G, AT);
    return List.of(
        round,
        round,
        DutyLogEntry.Visit.of(PersonId.of("stranger"), H, AT, EntryId.of("R1")),
        DutyLogEntry.Visit.of(SECRETARY, H, AT, EntryId.of("R-of-another-year")),
        new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.EMERGENCY, AT),
        new DutyLogEntry.Attendance(EntryId.of("E0"), PersonId.of("stranger"), AT),
        DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTeam(TEAM), AT, List.of(PersonId.of("x"))),
        DutyLogEntry.Meeting.of(EntryId.of("M2"), new MeetingHost.OfVillage(V), AT, List.of()),
        DutyLogEntry.Meeting.of(EntryId.of("M3"), new MeetingHost.OfTownship(T), AT, List.of()),
        new DutyLogEntry.CardIssue(H, TEAM, CardKind.CONTACT, AT));
  }

  @Test
  void aLogNamingOnlyWhatTheTownshipHasPasses() {
    assertThat(DutyLogCheck.check(duties(), goodLog())).isEmpty();
  }

  @Test
  void eachEntryNamingWhatTheTownshipDoesNotHaveIsNamedByPositionAndField() {
    List<DutyLogEntry> log = List.of(
        new DutyLogEntry.VisitRound(EntryId.of("R1"), GridId.of("V1-N9"), AT),
        DutyLogEntry.Visit.of(SECRETARY, HouseholdId.of("h9"), AT, null),
        new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), GridId.of("V1-N9"), MustAttendKind.PETITION, AT),
        DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfTeam(TeamId.of("TEAM-X")), AT, List.of()),
        DutyLogEntry.Meeting.of(EntryId.of("M2"), new MeetingHost.OfVillage(VillageId.of("V9")), AT, List.of()),
        DutyLogEntry.Meeting.of(EntryId.of("M3"), new MeetingHost.OfTownship(TownshipId.of("T9")), AT, List.of()),
        new DutyLogEntry.CardIssue(HouseholdId.of("h9"), TeamId.of("TEAM-X"), CardKind.SUPERVISION, AT));

    List<DutyLogProblem> problems = DutyLogCheck.check(duties(), log);

    assertThat(problems).extracting(DutyLogProblem::position, DutyLogProblem::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, "grid"),
        org.assertj.core.groups.Tuple.tuple(1, "household"),
        org.assertj.core.groups.Tuple.tuple(2, "grid"),
        org.assertj.core.groups.Tuple.tuple(3, "host"),
        org.assertj.core.groups.Tuple.tuple(4, "host"),
        org.assertj.core.groups.Tuple.tuple(5, "host"),
        org.assertj.core.groups.Tuple.tuple(6, "household"),
        org.assertj.core.groups.Tuple.tuple(6, "team"));
    assertThat(problems.get(0).message()).isEqualTo(
        "round R1 of grid V1-N9 at 2025-03-01T10:00+08:00 names grid V1-N9, which township T1 does not have");
    assertThat(problems.get(3).message()).contains("meeting M1 of team TEAM-X").contains("names team TEAM-X");
    assertThat(problems.get(4).message()).contains("village V9");
    assertThat(problems.get(5).toString()).startsWith("entry 5 host: meeting M3 of township T9");
  }

  @Test
  void oneIdForTwoDifferentEntriesIsNamedWithBothEntries() {
    List<DutyLogEntry> log = List.of(
        new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.EMERGENCY, AT),
        new DutyLogEntry.MustAttendEvent(EntryId.of("E1"), G, MustAttendKind.EMERGENCY, AT),
        new DutyLogEntry.VisitRound(EntryId.of("E1"), G, AT.plusDays(1)));

    List<DutyLogProblem> problems = DutyLogCheck.check(duties(), log);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.position()).isEqualTo(2);
      assertThat(p.field()).isEqualTo("id");
      assertThat(p.message()).startsWith("id E1 names two different entries: round E1 of grid V1-N1")
          .contains("at entry 0 must-attend event E1 (EMERGENCY)");
    });
  }

  @Test
  void requireValidRefusesNamingTheTownshipAndEachProblem() {
    List<DutyLogEntry> log = List.of(DutyLogEntry.Visit.of(SECRETARY, HouseholdId.of("h9"), AT, null));

    assertThatThrownBy(() -> DutyLogCheck.requireValid(duties(), log))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the duty log of township T1 is refused: entry 0 household: visit of sec to household h9 at "
            + "2025-03-01T10:00+08:00 names household h9, which the household register of township T1 does not list");
    DutyLogCheck.requireValid(duties(), goodLog());
  }
}
