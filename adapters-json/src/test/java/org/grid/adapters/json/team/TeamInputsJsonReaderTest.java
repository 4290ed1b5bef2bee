package org.grid.adapters.json.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.adapters.json.duty.DutyLogJsonReader;
import org.grid.adapters.json.jurisdiction.HouseholdRegisterJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MustAttendKind;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.CareTag;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.privacy.Purpose;
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

class TeamInputsJsonReaderTest {

  private static final Township TOWNSHIP = TownshipJsonReader.create().read(utf8("""
      {"township": {"id": "T1", "county": "C1", "name": "示范乡"},
       "villages": [
         {"id": "V1", "name": "五都村", "units": [{"id": "V1-G1", "name": "1组", "households": 2},
                                               {"id": "V1-G2", "name": "2组", "households": 1}]},
         {"id": "V2", "name": "石门村", "units": [{"id": "V2-G1", "name": "1组", "households": 1}]}]}
      """), "township.json");

  @Test
  void aRosterIsRead() {
    Roster roster = RosterJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "people": [
          {"id": "P1", "name": "王书记", "roles": ["VILLAGE_PARTY_SECRETARY", "VILLAGE_CADRE"], "village": "V1",
           "unit": "V1-G2", "party": "WITH_POST", "phone": "ignored"},
          {"id": "P2", "name": "冯主任", "roles": ["TOWNSHIP_CENTRE_HEAD"]}]}
        """), "roster.json");

    assertThat(roster.people()).containsExactly(
        Person.of(PersonId.of("P1"), "王书记", VillageId.of("V1"), PartyMembership.WITH_POST,
            List.of(Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_CADRE)).livingIn(UnitId.of("V1-G2")),
        Person.of(PersonId.of("P2"), "冯主任", null, PartyMembership.NONE, List.of(Role.TOWNSHIP_CENTRE_HEAD)));
  }

  @Test
  void everyRosterProblemIsNamedWithItsPath() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> RosterJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T2", "people": [
          {"id": "P1", "name": "甲", "roles": ["secretary"], "village": "V9"},
          {"id": "P1", "name": "乙", "party": "MEMBER"},
          {"id": "P3", "name": "丙", "village": "V2", "unit": "V1-G1"},
          {"name": " "}]}
        """), "roster.json"));

    assertThat(e.getMessage()).startsWith("roster.json: ");
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.township", "$.people[0].roles[0]", "$.people[0].village", "$.people[1].id", "$.people[1].party",
        "$.people[2].unit", "$.people[3].id", "$.people[3].name");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.people[2].unit")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("lies in village V1, not in V2"));
  }

  @Test
  void aNationalIdNumberAsAPersonIdIsAProblemThatDoesNotQuoteIt() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> RosterJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "people": [
          {"id": "110101199003077774", "name": "甲"},
          {"id": "P2", "name": "乙", "village": "13812341234"}]}
        """), "roster.json"));

    assertThat(e.getMessage()).doesNotContain("110101199003077774").doesNotContain("13812341234");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.people[0].id")).singleElement()
        .satisfies(p -> assertThat(p.message())
            .contains("personId must not be a national ID number (GB 11643); use a pseudonymous id"));
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.people[1].village")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("138****1234"));
  }

  /** A person's name is personal data: a name refused for a control character is not quoted in the problem. */
  @Test
  void aNameWithAControlCharacterIsAProblemThatDoesNotQuoteIt() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> RosterJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "people": [{"id": "P1", "name": "王小明\\u0007"}]}
        """), "roster.json"));

    assertThat(e.getMessage()).doesNotContain("王小明").doesNotContain("小明");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.people[0].name");
      assertThat(p.message()).contains("must not contain control characters, has U+0007 at index 3");
    });
  }

  @Test
  void aRegisterIsReadAndMustAgreeWithTheTownship() {
    HouseholdRegister register = HouseholdRegisterJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "households": [
          {"id": "H1", "unit": "V1-G1", "careTags": ["HARDSHIP", "MODEL"], "contact": {"phone": "138"}},
          {"id": "H2", "unit": "V1-G1"}, {"id": "H3", "unit": "V1-G2"}, {"id": "H4", "unit": "V2-G1"}]}
        """), "households.json");
    assertThat(register.households()).hasSize(4);
    assertThat(register.households().get(0).careTags(Purpose.of("checking the reader"))).containsExactlyInAnyOrder(CareTag.HARDSHIP, CareTag.MODEL);

    JsonInputException e = catchThrowableOfType(JsonInputException.class, () ->
        HouseholdRegisterJsonReader.create(TOWNSHIP).read(utf8("""
            {"township": "T1", "households": [
              {"id": "H1", "unit": "V1-G1"}, {"id": "H2", "unit": "V1-G2"}, {"id": "H4", "unit": "V2-G1"}]}
            """), "households.json"));
    assertThat(e.problems()).containsExactly(new JsonProblem("$.households",
        "unit V1-G1 (1组) has 2 households in the township but 1 in the register"));
  }

  @Test
  void unknownTagsAndUnitsAreProblems() {
    assertThatThrownBy(() -> HouseholdRegisterJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "households": [{"id": "H1", "unit": "V9-G1", "careTags": ["hardship"]}]}
        """), "households.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.households[0].unit: names unit V9-G1")
        .hasMessageContaining("$.households[0].careTags[0]: must be one of")
        .hasMessageContaining("(write it in upper case)");
  }

  @Test
  void gridsAreReadFromAPlan() {
    List<ServedGrid> grids = ServedGridsJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "grids": [
          {"id": "N1", "village": "V1", "units": ["V1-G1", "V1-G2"], "households": 3},
          {"id": "N2", "village": "V2", "units": ["V2-G1"]}],
         "districts": [{"id": "D1", "grids": ["N1", "N2"]}]}
        """), "plan.json");

    assertThat(grids).extracting(ServedGrid::id).containsExactly(GridId.of("N1"), GridId.of("N2"));
    assertThat(grids.get(0).units()).containsExactly(UnitId.of("V1-G1"), UnitId.of("V1-G2"));

    assertThatThrownBy(() -> ServedGridsJsonReader.create(TOWNSHIP).read(utf8("""
        {"township": "T1", "grids": [{"id": "N1", "village": "V1", "units": ["V2-G1"]}],
         "districts": [{"id": "D1", "grids": ["N9"]}]}
        """), "plan.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.grids[0].units[0]: unit V2-G1 lies in village V2, not in V1")
        .hasMessageContaining("$.districts[0].grids[0]: names grid N9")
        .hasMessageContaining("$.grids[0]: grid N1 is in no district");
  }

  @Test
  void aGridWhoseTeamsIdWouldBeTooLongIsAProblemOfThePlan() {
    String longest = "N".repeat(75);
    String tooLong = "N".repeat(76);
    String plan = """
        {"township": "T1", "grids": [{"id": "%s", "village": "V1", "units": ["V1-G1", "V1-G2"]},
          {"id": "N2", "village": "V2", "units": ["V2-G1"]}],
         "districts": [{"id": "D1", "grids": ["%s", "N2"]}]}
        """;

    assertThat(ServedGridsJsonReader.create(TOWNSHIP).read(utf8(plan.formatted(longest, longest)), "plan.json"))
        .hasSize(2);
    assertThatThrownBy(() -> ServedGridsJsonReader.create(TOWNSHIP)
        .read(utf8(plan.formatted(tooLong, tooLong)), "plan.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.grids[0].id: grid " + tooLong + " has 76 characters; a grid a team serves has at "
            + "most 75, since its team's id is TEAM- and the grid's id, at most 80 characters")
        .hasMessageNotContaining("$.districts");
  }

  @Test
  void everyKindOfLogEntryIsRead() {
    List<DutyLogEntry> log = DutyLogJsonReader.create(TOWNSHIP.id()).read(utf8("""
        {"township": "T1", "entries": [
          {"type": "round", "id": "R1", "grid": "N1", "at": "2025-02-10T08:30:00+08:00"},
          {"type": "visit", "visitor": "P1", "household": "H1", "at": "2025-02-11T10:00:00+08:00", "round": "R1"},
          {"type": "visit", "visitor": "P1", "household": "H2", "at": "2025-02-12T10:00:00Z"},
          {"type": "event", "id": "E1", "grid": "N1", "kind": "EMERGENCY", "at": "2025-03-03T08:00:00+08:00"},
          {"type": "attendance", "event": "E1", "person": "P1", "at": "2025-03-03T09:30:00+08:00"},
          {"type": "meeting", "id": "M1", "host": {"village": "V1"}, "at": "2025-03-04T09:00:00+08:00",
           "attendees": ["P1"]},
          {"type": "card", "household": "H1", "team": "TEAM-N1", "kind": "CONTACT", "at": "2025-01-05T10:00:00+08:00"},
          {"type": "card", "household": "H1", "team": "TEAM-N1", "kind": "SUPERVISION",
           "at": "2025-01-05T10:00:00+08:00", "teamVersion": "2025-01-01T00:00:00+08:00"}]}
        """), "log.json");

    assertThat(log).hasSize(8);
    assertThat(log.get(1)).isInstanceOfSatisfying(DutyLogEntry.Visit.class,
        v -> assertThat(v.round()).contains(EntryId.of("R1")));
    assertThat(log.get(3)).isInstanceOfSatisfying(DutyLogEntry.MustAttendEvent.class,
        e -> assertThat(e.kind()).isEqualTo(MustAttendKind.EMERGENCY));
    assertThat(log.get(5)).isInstanceOfSatisfying(DutyLogEntry.Meeting.class,
        m -> assertThat(m.host()).isEqualTo(new MeetingHost.OfVillage(VillageId.of("V1"))));
    assertThat(log.get(6)).isInstanceOfSatisfying(DutyLogEntry.CardIssue.class, c -> {
      assertThat(c.kind()).isEqualTo(CardKind.CONTACT);
      assertThat(c.teamVersion()).isEmpty();
    });
    assertThat(log.get(7)).isInstanceOfSatisfying(DutyLogEntry.CardIssue.class,
        c -> assertThat(c.teamVersion()).contains(OffsetDateTime.parse("2025-01-01T00:00:00+08:00")));
  }

  @Test
  void everyLogProblemIsNamedWithItsPath() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> DutyLogJsonReader.create(TOWNSHIP.id()).read(utf8("""
        {"township": "T1", "entries": [
          {"type": "party", "at": "2025-01-01T00:00:00+08:00"},
          {"type": "visit", "visitor": "P1", "household": "H1", "at": "2025-02-11 10:00"},
          {"type": "meeting", "id": "M1", "host": {"village": "V1", "township": "T1"}, "at": "2025-03-04T09:00:00+08:00"},
          {"type": "event", "id": "E1", "grid": "N1", "kind": "FIRE", "at": "2025-03-03T08:00:00+08:00"},
          {"type": "card", "household": "H1", "team": "TEAM-N1", "kind": "CONTACT", "at": "2025-01-05T10:00:00+08:00",
           "teamVersion": "2025-01-01"}]}
        """), "log.json"));

    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly(
        "$.entries[0].type", "$.entries[1].at", "$.entries[2].host", "$.entries[3].kind",
        "$.entries[4].teamVersion");
    assertThat(e.problems().get(1).message()).contains("ISO 8601").contains("offset");
  }

  private static DutyLogJsonReader checking() {
    TownshipDuties duties = duties();
    return DutyLogJsonReader.create(duties.township(), duties.grids(), duties.teams(), duties.register());
  }

  private static TownshipDuties duties() {
    Roster roster = Roster.of(TOWNSHIP.id(), List.of(Person.of(PersonId.of("P1"), "王书记", VillageId.of("V1"),
        PartyMembership.WITH_POST, List.of(Role.VILLAGE_PARTY_SECRETARY))));
    GridId grid = GridId.of("N1");
    Team team = Team.of(TeamId.of("TEAM-N1"), TOWNSHIP.id(), new TeamScope.VillageGrid(grid, VillageId.of("V1")),
        PersonId.of("P1"), Set.of(), Set.of(), null, Map.of(), OffsetDateTime.parse("2025-01-01T00:00:00+08:00"));
    HouseholdRegister register = HouseholdRegister.of(TOWNSHIP.id(), List.of(
        Household.of(HouseholdId.of("H1"), UnitId.of("V1-G1"), List.of()),
        Household.of(HouseholdId.of("H2"), UnitId.of("V1-G1"), List.of())));
    return TownshipDuties.of(TOWNSHIP.id(),
        List.of(ServedGrid.of(grid, VillageId.of("V1"), List.of(UnitId.of("V1-G1"), UnitId.of("V1-G2")),
            DistrictId.of("D1"))),
        List.of(team), roster, register, List.of());
  }

  @Test
  void aLogCheckedAgainstTheDutiesNamesEachEntryThatNamesWhatTheTownshipDoesNotHave() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> checking()
        .read(utf8("""
        {"township": "T1", "entries": [
          {"type": "round", "id": "R1", "grid": "N9", "at": "2025-02-10T08:30:00+08:00"},
          {"type": "visit", "visitor": "P1", "household": "H9", "at": "2025-02-11T10:00:00+08:00"},
          {"type": "meeting", "id": "M1", "host": {"team": "TEAM-N9"}, "at": "2025-03-04T09:00:00+08:00"},
          {"type": "party", "at": "2025-01-01T00:00:00+08:00"},
          {"type": "event", "id": "E1", "grid": "N1", "kind": "EMERGENCY", "at": "2025-03-03T08:00:00+08:00"},
          {"type": "event", "id": "E1", "grid": "N1", "kind": "PETITION", "at": "2025-03-03T08:00:00+08:00"},
          {"type": "visit", "visitor": "someone", "household": "H1", "at": "2025-02-11T10:00:00+08:00"}]}
        """), "log.json"));

    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly(
        "$.entries[3].type", "$.entries[0].grid", "$.entries[1].household", "$.entries[2].host",
        "$.entries[5].id");
    assertThat(e.problems().get(1).message()).contains("round R1").contains("grid N9");
    assertThat(e.problems().get(3).message()).contains("team TEAM-N9");
    assertThat(e.problems().get(4).message()).contains("id E1 names two different entries").contains("PETITION")
        .contains("EMERGENCY");
  }

  @Test
  void aLogCheckedAgainstTheDutiesReadsAnEntryRepeatedExactlyAndAVisitorOnNoRoster() {
    List<DutyLogEntry> log = checking().read(utf8("""
        {"township": "T1", "entries": [
          {"type": "round", "id": "R1", "grid": "N1", "at": "2025-02-10T08:30:00+08:00"},
          {"type": "round", "id": "R1", "grid": "N1", "at": "2025-02-10T08:30:00+08:00"},
          {"type": "visit", "visitor": "someone", "household": "H1", "at": "2025-02-11T10:00:00+08:00", "round": "R1"},
          {"type": "meeting", "id": "M1", "host": {"team": "TEAM-N1"}, "at": "2025-03-04T09:00:00+08:00"},
          {"type": "card", "household": "H2", "team": "TEAM-N1", "kind": "CONTACT", "at": "2025-01-05T10:00:00+08:00"}]}
        """), "log.json");

    assertThat(log).hasSize(5);
  }
}
