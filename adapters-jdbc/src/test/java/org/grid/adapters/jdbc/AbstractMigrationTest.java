package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grid.adapters.jdbc.assessment.JdbcEvidenceSource;
import org.grid.adapters.jdbc.assessment.JdbcRuleSetRepository;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.ScoringRule;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.junit.jupiter.api.Test;

/**
 * Migrating an empty database, older schemas with data in them (V1 with a township, V3 with a rule set), and a
 * schema shared with the embedder's tables.
 */
abstract class AbstractMigrationTest {

  /** Returns a fresh database of the dialect under test. */
  protected abstract TestDatabase freshDatabase();

  private static final Township TOWNSHIP = Township.builder(TownshipId.of("T1"), "示范乡")
      .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 54))))
      .build();

  private static final Evidence EVIDENCE = Evidence.of("E1", "visit.paired-household", "P001",
      LocalDate.of(2025, 3, 1), Map.of("household", "H1"));

  private static final RuleSet RULE_SET = RuleSet.of("pm/2025", "party-member/with-post", AssessmentPeriod.year(2025),
      "100", List.of(ScoringRule.of("visit", "走访 +1", "visit.paired-household", Map.of(), "1", "12", Direction.ADD)));

  @Test
  void anEmptyDatabaseGetsEveryMigrationOnceAndASecondRunNone() {
    try (TestDatabase database = freshDatabase()) {
      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isGreaterThanOrEqualTo(2);
      assertThat(GridSchema.migrate(database.dataSource())).isZero();
      assertThat(appliedVersions(database)).contains("1", "3", "5");
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
      JdbcEvidenceSource evidence = new JdbcEvidenceSource(database.dataSource());
      evidence.add(List.of(EVIDENCE));
      assertThat(evidence.evidence(AssessmentPeriod.year(2025))).containsExactly(EVIDENCE);
    }
  }

  @Test
  void aSchemaWithRuleSetsGetsTheEvidenceTablesAndKeepsTheRuleSets() {
    try (TestDatabase database = freshDatabase()) {
      assertThat(GridSchema.migrateTo(database.dataSource(), "3")).isEqualTo(3);
      new JdbcRuleSetRepository(database.dataSource()).save(RULE_SET);

      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isPositive();
      assertThat(appliedVersions(database)).contains("5");
      assertThat(new JdbcRuleSetRepository(database.dataSource()).findById(RULE_SET.id())).contains(RULE_SET);
      JdbcEvidenceSource evidence = new JdbcEvidenceSource(database.dataSource());
      evidence.add(List.of(EVIDENCE));
      assertThat(evidence.evidence(AssessmentPeriod.year(2025))).containsExactly(EVIDENCE);
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
      assertThat(appliedVersions(database)).contains("1", "3", "5");
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
