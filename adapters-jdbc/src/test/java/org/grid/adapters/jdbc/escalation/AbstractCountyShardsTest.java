package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.CountyShards;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.adapters.jdbc.team.JdbcTeamRepository;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two counties on two databases through one node ({@link CountyShards}): each county's requests, sweeps, outbox
 * events and service teams stay in its own database, a report for one county sent to the other's database is refused there, and a
 * county with no database is a clear error. A third county shares the first database, so the node wires each
 * database once.
 */
abstract class AbstractCountyShardsTest {

  private static final CountyId SECOND = CountyId.of("C2");
  private static final CountyId THIRD = CountyId.of("C3");
  private static final TownshipId SECOND_TOWNSHIP = TownshipId.of("T02");
  private static final Place SECOND_PLACE = new Place(SECOND, SECOND_TOWNSHIP, DistrictId.of("T02-D1"),
      VillageId.of("T02-V01"), GridId.of("T02-V01-N1"));
  /** Reports are made at this time, and due for a reminder at {@link #SWEEP}. */
  private static final Instant REPORTED = at("2026-03-02T09:00");
  private static final Instant SWEEP = at("2026-03-04T09:00");

  private final List<TestDatabase> databases = new ArrayList<>();

  /** What the node wires on one database: the request engine and the team repository, in one unit of work. */
  private record CountyNode(Engines.Node requests, JdbcTeamRepository teams) {}

  /** Returns a fresh database of the kind under test. */
  abstract TestDatabase newDatabase();

  @BeforeEach
  void openDatabases() {
    databases.add(newDatabase());
    databases.add(newDatabase());
  }

  @AfterEach
  void closeDatabases() {
    databases.forEach(TestDatabase::close);
    databases.clear();
  }

  @Test
  void two_counties_on_two_databases_through_one_node_stay_apart() throws SQLException {
    DataSource first = databases.get(0).dataSource();
    DataSource second = databases.get(1).dataSource();
    Map<CountyId, DataSource> routes = new LinkedHashMap<>();
    routes.put(EscalationSamples.COUNTY, first);
    routes.put(SECOND, second);
    routes.put(THIRD, first);
    AtomicInteger wired = new AtomicInteger();
    CountyShards<CountyNode> shards = CountyShards.of(routes, dataSource -> {
      wired.incrementAndGet();
      GridSchema.migrate(dataSource);
      Engines.Node node = Engines.node(dataSource, Clock.fixed(REPORTED, ZONE));
      return new CountyNode(node, new JdbcTeamRepository(node.unitOfWork()));
    });
    assertThat(wired).as("databases wired").hasValue(2);
    assertThat(shards.each()).hasSize(2);
    assertThat(shards.forCounty(THIRD)).isSameAs(shards.forCounty(EscalationSamples.COUNTY));
    assertThat(shards.counties()).containsExactly(EscalationSamples.COUNTY, SECOND, THIRD);
    Engines.seed(first);
    seedSecondCounty(second);

    // Each county's report goes to its own database, through the node's one routing.
    assertThat(report(shards, "R-C1-1", PLACE_A)).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(report(shards, "R-C2-1", SECOND_PLACE)).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(report(shards, "R-C2-2", SECOND_PLACE)).isInstanceOf(CommandOutcome.Applied.class);

    // A report for the second county sent to the first county's database: that database does not know the place.
    CommandOutcome misrouted = shards.forCounty(EscalationSamples.COUNTY).requests().engine().handle(
        reportCommand("R-X", SECOND_PLACE));
    assertThat(misrouted).isInstanceOfSatisfying(CommandOutcome.Refused.class,
        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.UNKNOWN_PLACE));
    assertThat(shards.forCounty(EscalationSamples.COUNTY).requests().repository().findById(RequestId.of("R-C2-1")))
        .isEmpty();
    assertThat(shards.forCounty(SECOND).requests().repository().findById(RequestId.of("R-C1-1"))).isEmpty();

    // Each county's service team is stored with its requests, and only there.
    Team firstTeam = team("TEAM-C1", EscalationSamples.TOWNSHIP, PLACE_A);
    Team secondTeam = team("TEAM-C2", SECOND_TOWNSHIP, SECOND_PLACE);
    shards.forCounty(EscalationSamples.COUNTY).teams().save(firstTeam);
    shards.forCounty(SECOND).teams().save(secondTeam);
    assertThat(shards.forCounty(EscalationSamples.COUNTY).teams().findByTownship(EscalationSamples.TOWNSHIP))
        .containsExactly(firstTeam);
    assertThat(shards.forCounty(SECOND).teams().findByTownship(SECOND_TOWNSHIP)).containsExactly(secondTeam);
    assertThat(shards.forCounty(EscalationSamples.COUNTY).teams().findByTownship(SECOND_TOWNSHIP)).isEmpty();
    assertThat(shards.forCounty(SECOND).teams().findByTownship(EscalationSamples.TOWNSHIP)).isEmpty();

    // The sweep runs once per database and changes each county's requests in its own database.
    int changed = 0;
    for (CountyNode node : shards.each()) {
      SweepResult result = node.requests().engine().processDue(SWEEP);
      changed += result.changed();
    }
    assertThat(changed).isEqualTo(3);

    assertThat(strings(first, "SELECT id FROM grid_request ORDER BY id")).containsExactly("R-C1-1");
    assertThat(strings(second, "SELECT id FROM grid_request ORDER BY id")).containsExactly("R-C2-1", "R-C2-2");
    assertThat(strings(first, "SELECT DISTINCT county FROM grid_outbox")).containsExactly("C1");
    assertThat(strings(second, "SELECT DISTINCT county FROM grid_outbox")).containsExactly("C2");
    assertThat(strings(first, "SELECT COUNT(*) FROM grid_outbox")).containsExactly("2");
    assertThat(strings(second, "SELECT COUNT(*) FROM grid_outbox")).containsExactly("4");
    assertThat(strings(first, "SELECT id FROM grid_team")).containsExactly("TEAM-C1");
    assertThat(strings(second, "SELECT id FROM grid_team")).containsExactly("TEAM-C2");
  }

  @Test
  void a_county_without_a_database_is_a_clear_error() {
    CountyShards<DataSource> shards =
        CountyShards.of(Map.of(EscalationSamples.COUNTY, databases.get(0).dataSource()), dataSource -> dataSource);
    assertThatThrownBy(() -> shards.forCounty(CountyId.of("C9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("county: no database for county C9; the counties routed are [C1]");
    assertThatThrownBy(() -> CountyShards.of(Map.of(), dataSource -> dataSource))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("databases: must name at least one county");
    assertThatThrownBy(() -> CountyShards.of(Map.of(SECOND, databases.get(1).dataSource()), dataSource -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wiring: returned null for the database of county C2");
  }

  private static CommandOutcome report(CountyShards<CountyNode> shards, String id, Place place) {
    return shards.forCounty(place.county()).requests().engine().handle(reportCommand(id, place));
  }

  /** A village grid's team of one leader and one backbone member. */
  private static Team team(String id, TownshipId township, Place place) {
    return Team.of(TeamId.of(id), township, new TeamScope.VillageGrid(place.grid(), place.village()),
        PersonId.of(id + "-leader"), Set.of(PersonId.of(id + "-member")), Set.of(), null, Map.of(),
        OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
  }

  private static RequestCommand reportCommand(String id, Place place) {
    return new RequestCommand.Report(CommandId.of(id + "-report"), RequestId.of(id), Actor.citizen(CITIZEN), CITIZEN,
        place, LAND_CATEGORY, "the well of the village square is dry", Urgency.NORMAL, null, null);
  }

  /** The second county's township with one grid, its plan adopted, its calendar and its land route. */
  private static void seedSecondCounty(DataSource dataSource) {
    UnitId unit = UnitId.of("T02-V01-G1");
    Township township = Township.builder(SECOND, SECOND_TOWNSHIP, "另一乡")
        .village(Village.of(SECOND_PLACE.village(), "村", List.of(Unit.of(unit, "一组", 150))))
        .build();
    Plan plan = Plan.of(SECOND_TOWNSHIP, PartitionPolicy.defaults(),
        List.of(Grid.of(SECOND_PLACE.grid(), SECOND_PLACE.village(), List.of(unit))),
        List.of(District.of(SECOND_PLACE.district(), List.of(SECOND_PLACE.grid()))));
    new JdbcWorkCalendars(dataSource).put(SECOND_TOWNSHIP, CALENDAR);
    new JdbcRoutingTable(dataSource).put(SECOND, LAND_CATEGORY, LAND);
    new JdbcPlaceDirectory(dataSource).adopt(township, plan);
  }

  private static List<String> strings(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
