package org.grid.adapters.jdbc.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.NastyText;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.model.duty.TownshipDuties;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.testkit.duty.DutyArbitraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC person and team repositories add to the ports' contracts, on each database: strings, offsets and
 * orders round-trip unchanged, ids come back in Java's order, every save increments the version, a failed save
 * leaves the stored team as it was, and rows that do not map are named.
 */
abstract class AbstractTeamStorageTest extends AbstractDatabaseTest {

  private static final TownshipId T1 = TownshipId.of("T1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T08:00:00+08:00");


  private JdbcPersonRepository people;
  private JdbcTeamRepository teams;

  @BeforeEach
  void emptyRepositories() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    people = new JdbcPersonRepository(database.dataSource());
    teams = new JdbcTeamRepository(database.dataSource());
  }

  private static long version(String table, String id) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT version FROM " + table + " WHERE township_id = 'T1' AND id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as("a row of " + id + " in " + table).isTrue();
        return rows.getLong(1);
      }
    }
  }

  private static Team villageTeam(String id, OffsetDateTime composedAt) {
    // Backbone, other members and duty roles in an order that is not sorted, to see that it is kept.
    return Team.of(TeamId.of(id), T1, new TeamScope.VillageGrid(GridId.of("N1"), VillageId.of("V1")),
        PersonId.of("L1"), new LinkedHashSet<>(List.of(PersonId.of("B3"), PersonId.of("B1"), PersonId.of("B2"))),
        Set.of(PersonId.of("O1")), PersonId.of("B1"),
        ImmutableMap.of(DutyRole.ORGANISATION_BUILDING, PersonId.of("O1"), DutyRole.VILLAGE_SURVEY,
            PersonId.of("B3")),
        composedAt);
  }

  private static void assertSameOrder(Team stored, Team saved) {
    assertThat(stored).isEqualTo(saved);
    assertThat(stored.backbone()).containsExactlyElementsOf(saved.backbone());
    assertThat(stored.others()).containsExactlyElementsOf(saved.others());
    assertThat(stored.dutyRoles().keySet()).containsExactlyElementsOf(saved.dutyRoles().keySet());
    assertThat(stored.composedAt().getOffset()).isEqualTo(saved.composedAt().getOffset());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Round trips

  @Test
  void everyStringFieldRoundTripsUnchanged() {
    List<String> texts = NastyText.TEXTS;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      TownshipId township = TownshipId.of(NastyText.id("T-", text, i));
      VillageId village = VillageId.of(NastyText.id("V-", text, i));
      Person person = Person.of(PersonId.of(NastyText.id("P-", text, i)), NastyText.name(text), village,
          PartyMembership.WITH_POST,
          List.of(Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGER_REPRESENTATIVE))
          .livingIn(UnitId.of(NastyText.id("U-", text, i)));
      PersonId leader = PersonId.of(NastyText.id("L-", text, i));
      PersonId member = PersonId.of(NastyText.id("M-", text, i));
      Team villageTeam = Team.of(TeamId.of(NastyText.id("TEAM-", text, i)), township,
          new TeamScope.VillageGrid(GridId.of(NastyText.id("G-", text, i)), village), leader, Set.of(person.id()),
          Set.of(member), member, Map.of(DutyRole.DISPUTE_MEDIATION, member), AT);
      Team districtTeam = Team.of(TeamId.of(NastyText.id("TEAM-D-", text, i)), township,
          new TeamScope.District(DistrictId.of(NastyText.id("D-", text, i))), leader, Set.of(), Set.of(), null,
          Map.of(), AT);
      Team townshipTeam = Team.of(TeamId.of(NastyText.id("TEAM-T-", text, i)), township,
          new TeamScope.Township(township), leader, Set.of(member), Set.of(), null, Map.of(), AT);

      people.save(township, person);
      List.of(villageTeam, districtTeam, townshipTeam).forEach(teams::save);

      assertThat(people.findById(township, person.id())).as(text).contains(person);
      assertThat(people.findByVillage(township, village)).as(text).containsExactly(person);
      assertThat(teams.findById(township, villageTeam.id())).as(text).contains(villageTeam);
      assertThat(teams.findByGrid(township, ((TeamScope.VillageGrid) villageTeam.scope()).grid()))
          .as(text).contains(villageTeam);
      assertThat(teams.findByTownship(township)).as(text)
          .containsExactlyInAnyOrder(villageTeam, districtTeam, townshipTeam);
    }
  }

  @Test
  void idsOfTheGreatestLengthRoundTrip() {
    for (String id : NastyText.LONGEST_64) {
      TownshipId township = TownshipId.of(id);
      Person person = Person.of(PersonId.of(id), id, VillageId.of(id), PartyMembership.NONE, List.of())
          .livingIn(UnitId.of(id));
      people.save(township, person);
      assertThat(people.findByVillage(township, VillageId.of(id))).containsExactly(person);
    }
    for (int i = 0; i < NastyText.LONGEST_80.size(); i++) {
      String id = NastyText.LONGEST_80.get(i);
      String shortId = NastyText.LONGEST_64.get(i);
      Team team = Team.of(TeamId.of(id), T1, new TeamScope.VillageGrid(GridId.of(id), VillageId.of(shortId)),
          PersonId.of(shortId), Set.of(), Set.of(), null, Map.of(), AT);
      teams.save(team);
      assertThat(teams.findByGrid(T1, GridId.of(id))).contains(team);
    }
  }

  @Test
  void peopleAndTeamsComeBackInJavasOrderOfIdsWhateverTheCollation() {
    for (String id : NastyText.ORDER_SENSITIVE) {
      people.save(T1, Person.of(PersonId.of(id), "甲", null, PartyMembership.NONE, List.of()));
      teams.save(Team.of(TeamId.of(id), T1, new TeamScope.District(DistrictId.of("D1")), null, Set.of(), Set.of(),
          null, Map.of(), AT));
    }
    List<String> javaOrder = new ArrayList<>(NastyText.ORDER_SENSITIVE);
    javaOrder.sort(Comparator.naturalOrder());

    assertThat(people.findByTownship(T1)).extracting(p -> p.id().value()).containsExactlyElementsOf(javaOrder);
    assertThat(teams.findByTownship(T1)).extracting(t -> t.id().value()).containsExactlyElementsOf(javaOrder);
  }

  @Test
  void membersAndDutyRolesKeepTheirOrderAndComposedAtItsOffsetToTheNanosecond() {
    List<String> times = List.of("2025-01-01T08:00:00.123456789+05:45", "2025-01-01T08:00:00-09:30",
        "2025-06-30T23:59:59.999999999+14:00", "2025-01-01T00:00:00-18:00", "2025-01-01T00:00:00+18:00",
        "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "1677-09-21T00:12:44Z",
        "2262-04-11T23:47:16.854775806Z");
    for (String time : times) {
      Team team = villageTeam("TEAM-N1", OffsetDateTime.parse(time));
      teams.save(team);
      assertSameOrder(teams.findById(T1, team.id()).orElseThrow(), team);
    }
  }

  @Test
  void aTimeTheDatabaseCannotHoldIsRefusedBeforeAnythingIsWritten() {
    Team team = villageTeam("TEAM-N1", OffsetDateTime.parse("2262-04-11T23:47:16.854775807Z"));

    assertThatThrownBy(() -> teams.save(team))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("composedAt of team TEAM-N1")
        .hasMessageContaining("1677-2262");
    assertThat(teams.findByTownship(T1)).isEmpty();
  }

  @Test
  void generatedRostersAndTeamsRoundTrip() {
    DutyArbitraries.duties().sampleStream().limit(8).forEach(duties -> {
      database.deleteAll(TestDatabase.TEAM_TABLES);
      TownshipId township = duties.township();
      duties.roster().people().forEach(person -> people.save(township, person));
      duties.teams().forEach(teams::save);

      assertThat(people.findByTownship(township)).containsExactlyElementsOf(
          duties.roster().people().stream().sorted(Comparator.comparing(Person::id)).toList());
      assertThat(teams.findByTownship(township))
          .containsExactlyElementsOf(duties.teams().stream().sorted(Comparator.comparing(Team::id)).toList());
      for (ServedGrid grid : duties.grids()) {
        assertThat(teams.findByGrid(township, grid.id())).isEqualTo(teamOf(duties, grid.id()));
      }
    });
  }

  private static Optional<Team> teamOf(TownshipDuties duties, GridId grid) {
    return duties.teams().stream()
        .filter(team -> team.scope() instanceof TeamScope.VillageGrid scope && scope.grid().equals(grid))
        .min(Comparator.comparing(Team::id));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Versions and failures

  @Test
  void everySaveIncrementsTheVersion() throws SQLException {
    Person person = Person.of(PersonId.of("P1"), "甲", null, PartyMembership.NONE, List.of());
    Team team = villageTeam("TEAM-N1", AT);
    for (int save = 1; save <= 3; save++) {
      people.save(T1, person);
      teams.save(team);
      assertThat(version("grid_person", "P1")).isEqualTo(save);
      assertThat(version("grid_team", "TEAM-N1")).isEqualTo(save);
    }
  }

  @Test
  void aFailedSaveLeavesTheStoredTeamAsItWas() throws SQLException {
    Team before = villageTeam("TEAM-N1", AT);
    teams.save(before);
    Team after = Team.of(before.id(), T1, before.scope(), PersonId.of("L2"), Set.of(PersonId.of("B9")), Set.of(),
        null, Map.of(), AT.plusDays(1));

    // The save fails midway: after the old member rows were deleted and the team row updated.
    JdbcTeamRepository failing = new JdbcTeamRepository(FaultyDataSource.failingWhen(database.dataSource(),
        sql -> sql.startsWith("INSERT INTO grid_team_member ")));
    assertThatThrownBy(() -> failing.save(after)).isInstanceOf(JdbcAdapterException.class);

    assertSameOrder(teams.findById(T1, before.id()).orElseThrow(), before);
    assertThat(version("grid_team", "TEAM-N1")).isEqualTo(1);
    teams.save(after);
    assertThat(teams.findById(T1, before.id())).contains(after);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rows that do not map

  private static Consumer<RowMappingException> named(String table, String rowId, String column) {
    return e -> {
      assertThat(e.table()).isEqualTo(table);
      assertThat(e.rowId()).isEqualTo(rowId);
      assertThat(e.column()).isEqualTo(column);
    };
  }

  @Test
  void aHandEditedPersonRowIsNamedWithTableIdAndColumn() throws SQLException {
    Person person = Person.of(PersonId.of("P1"), "甲", VillageId.of("V1"), PartyMembership.WITH_POST,
        List.of(Role.VILLAGE_CADRE)).livingIn(UnitId.of("U1"));
    people.save(T1, person);

    execute("UPDATE grid_person SET party = 'ALIEN' WHERE id = 'P1'");
    assertThatThrownBy(() -> people.findById(T1, person.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_person", "T1/P1", "party"))
        .hasMessageContaining("'ALIEN' is not a PartyMembership");
    assertThatThrownBy(() -> people.findByTownship(T1)).isInstanceOf(RowMappingException.class);

    people.save(T1, person);
    execute("UPDATE grid_person SET name = ' ' WHERE id = 'P1'");
    assertThatThrownBy(() -> people.findByVillage(T1, VillageId.of("V1")))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_person", "T1/P1", "name"))
        .hasMessageContaining("must not be blank");

    people.save(T1, person);
    execute("UPDATE grid_person SET home_village = NULL WHERE id = 'P1'");
    assertThatThrownBy(() -> people.findById(T1, person.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_person", "T1/P1", "home_unit"));

    people.save(T1, person);
    execute("UPDATE grid_person SET home_unit = ' U1' WHERE id = 'P1'");
    assertThatThrownBy(() -> people.findById(T1, person.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_person", "T1/P1", "home_unit"))
        .hasMessageContaining("unitId must not start or end with whitespace");
  }

  @Test
  void aHandEditedRoleRowIsNamedWithTableIdAndColumn() throws SQLException {
    people.save(T1, Person.of(PersonId.of("P1"), "甲", null, PartyMembership.NONE, List.of(Role.VILLAGE_CADRE)));

    execute("UPDATE grid_person_role SET role = 'MAYOR' WHERE person_id = 'P1'");

    assertThatThrownBy(() -> people.findById(T1, PersonId.of("P1")))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_person_role", "T1/P1", "role"))
        .hasMessageContaining("'MAYOR' is not a Role");
  }

  @Test
  void aHandEditedTeamRowIsNamedWithTableIdAndColumn() throws SQLException {
    Team team = villageTeam("TEAM-N1", AT);
    teams.save(team);

    execute("UPDATE grid_team SET scope = 'COUNTY_GRID' WHERE id = 'TEAM-N1'");
    assertThatThrownBy(() -> teams.findById(T1, team.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team", "T1/TEAM-N1", "scope"))
        .hasMessageContaining("'COUNTY_GRID' is not a TeamLevel");

    teams.save(team);
    execute("UPDATE grid_team SET district_id = 'D1' WHERE id = 'TEAM-N1'");
    assertThatThrownBy(() -> teams.findByGrid(T1, GridId.of("N1")))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team", "T1/TEAM-N1", "district_id"))
        .hasMessageContaining("is set for a VILLAGE_GRID team");

    teams.save(team);
    execute("UPDATE grid_team SET scope = 'DISTRICT_GRID' WHERE id = 'TEAM-N1'");
    assertThatThrownBy(() -> teams.findByTownship(T1))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team", "T1/TEAM-N1", "district_id"))
        .hasMessageContaining("is null");

    teams.save(team);
    execute("UPDATE grid_team SET composed_at_offset = 100000 WHERE id = 'TEAM-N1'");
    assertThatThrownBy(() -> teams.findById(T1, team.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team", "T1/TEAM-N1", "composed_at_offset"));

    teams.save(team);
    execute("UPDATE grid_team SET leader_id = 'B1' WHERE id = 'TEAM-N1'");
    assertThatThrownBy(() -> teams.findById(T1, team.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team_member", "T1/TEAM-N1/B1", "person_id"))
        .hasMessageContaining("leader");
  }

  @Test
  void aHandEditedMemberRowIsNamedWithTableIdAndColumn() throws SQLException {
    teams.save(villageTeam("TEAM-N1", AT));

    execute("UPDATE grid_team_member SET position = 'CAPTAIN' WHERE person_id = 'B1'");

    assertThatThrownBy(() -> teams.findById(T1, TeamId.of("TEAM-N1")))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team_member", "T1/TEAM-N1/B1", "position"))
        .hasMessageContaining("'CAPTAIN' is not a Position");
  }

  @Test
  void aHandEditedDutyRoleRowIsNamedWithTableIdAndColumn() throws SQLException {
    Team team = villageTeam("TEAM-N1", AT);
    teams.save(team);

    execute("UPDATE grid_team_duty_role SET role = 'CHEF' WHERE role = 'VILLAGE_SURVEY'");
    assertThatThrownBy(() -> teams.findById(T1, team.id()))
        .isInstanceOfSatisfying(RowMappingException.class, named("grid_team_duty_role", "T1/TEAM-N1/CHEF", "role"))
        .hasMessageContaining("'CHEF' is not a DutyRole");

    teams.save(team);
    execute("UPDATE grid_team_duty_role SET person_id = '' WHERE role = 'VILLAGE_SURVEY'");
    assertThatThrownBy(() -> teams.findById(T1, team.id()))
        .isInstanceOfSatisfying(RowMappingException.class,
            named("grid_team_duty_role", "T1/TEAM-N1/VILLAGE_SURVEY", "person_id"))
        .hasMessageContaining("personId must not be blank");
  }
}
