package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.junit.jupiter.api.Test;

/** Migrating an empty database, an older schema with data in it, and a schema shared with the embedder's tables. */
abstract class AbstractMigrationTest {

  /** Returns a fresh database of the dialect under test. */
  protected abstract TestDatabase freshDatabase();

  private static final Township TOWNSHIP = Township.builder(TownshipId.of("T1"), "示范乡")
      .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 54))))
      .build();

  @Test
  void anEmptyDatabaseGetsEveryMigrationOnceAndASecondRunNone() {
    try (TestDatabase database = freshDatabase()) {
      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isGreaterThanOrEqualTo(2);
      assertThat(GridSchema.migrate(database.dataSource())).isZero();
      assertThat(appliedVersions(database)).contains("1", "3", "4");
    }
  }

  @Test
  void anOlderSchemaWithDataMigratesAndKeepsTheData() {
    try (TestDatabase database = freshDatabase()) {
      assertThat(GridSchema.migrateTo(database.dataSource(), "1")).isEqualTo(1);
      new JdbcTownshipRepository(database.dataSource()).save(TOWNSHIP);

      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isPositive();
      assertThat(new JdbcTownshipRepository(database.dataSource()).findById(TOWNSHIP.id())).contains(TOWNSHIP);
      // The tables of later migrations (V4: people) are there and empty.
      JdbcPersonRepository people = new JdbcPersonRepository(database.dataSource());
      assertThat(people.findByTownship(TOWNSHIP.id())).isEmpty();
      Person secretary = Person.of(PersonId.of("P1"), "王书记", VillageId.of("V1"), PartyMembership.WITH_POST,
          List.of(Role.VILLAGE_PARTY_SECRETARY));
      people.save(TOWNSHIP.id(), secretary);
      assertThat(people.findByVillage(TOWNSHIP.id(), VillageId.of("V1"))).containsExactly(secretary);
    }
  }

  @Test
  void aSchemaHoldingTheEmbeddersOwnTablesIsMigratedBesideThem() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      execute(database, "CREATE TABLE county_own_table (id INT PRIMARY KEY)");

      GridSchema.migrate(database.dataSource());

      new JdbcTownshipRepository(database.dataSource()).save(TOWNSHIP);
      execute(database, "INSERT INTO county_own_table (id) VALUES (1)");

      assertThat(new JdbcTownshipRepository(database.dataSource()).findById(TOWNSHIP.id())).contains(TOWNSHIP);
      assertThat(appliedVersions(database)).contains("1", "3", "4");
    }
  }

  private static void execute(TestDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> appliedVersions(TestDatabase database) {
    String sql = "SELECT " + quoted(database, "version") + " FROM " + quoted(database, GridSchema.HISTORY_TABLE);
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> versions = new ArrayList<>();
      while (rows.next()) {
        if (rows.getString(1) != null) {
          versions.add(rows.getString(1));
        }
      }
      return versions;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quoted(TestDatabase database, String table) {
    return database.dialect() == Dialect.MARIADB ? "`" + table + "`" : "\"" + table + "\"";
  }
}
