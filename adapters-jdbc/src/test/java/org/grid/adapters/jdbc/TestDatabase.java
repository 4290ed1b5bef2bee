package org.grid.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test class: a fresh in-memory H2 database, or a fresh schema (PostgreSQL) or
 * database (MariaDB) on the server named by {@code GRID_TEST_POSTGRES_URL} / {@code GRID_TEST_MARIADB_URL}, dropped
 * again by {@link #close()}. Tests on a server that is not configured are skipped, so a machine without servers
 * still passes on H2.
 */
public final class TestDatabase implements AutoCloseable {

  /** The environment variable with the PostgreSQL JDBC URL (credentials included). */
  public static final String POSTGRES_URL = "GRID_TEST_POSTGRES_URL";

  /** The environment variable with the MariaDB JDBC URL (credentials included). */
  public static final String MARIADB_URL = "GRID_TEST_MARIADB_URL";

  private final Dialect dialect;
  private final String url;
  private final HikariDataSource dataSource;
  private final Runnable drop;

  private TestDatabase(Dialect dialect, String url, Runnable drop) {
    this.dialect = dialect;
    this.url = url;
    this.dataSource = pool(url, 8);
    this.drop = drop;
  }

  /** Returns a fresh in-memory H2 database. */
  public static TestDatabase h2() {
    String url = "jdbc:h2:mem:grid_" + suffix() + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
    return new TestDatabase(Dialect.H2, url, () -> { });
  }

  /** Returns a fresh schema on the PostgreSQL server of {@value #POSTGRES_URL}; skips the test when it is unset. */
  public static TestDatabase postgres() {
    String url = configured(POSTGRES_URL);
    String schema = "grid_test_" + suffix();
    execute(url, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(Dialect.POSTGRESQL, schemaUrl, () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
  }

  /** Returns a fresh database on the MariaDB server of {@value #MARIADB_URL}; skips the test when it is unset. */
  public static TestDatabase mariadb() {
    String url = configured(MARIADB_URL);
    String database = "grid_test_" + suffix();
    execute(url, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    String databaseUrl = url.replaceFirst("^(jdbc:mariadb://[^/?]+)/?[^?]*", "$1/" + database);
    return new TestDatabase(Dialect.MARIADB, databaseUrl, () -> execute(url, "DROP DATABASE " + database));
  }

  /** Returns the database's dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** Returns a pooled data source on the database. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Opens another pool on the same database, as a second node of an application would have; the caller closes it
   * (before {@link #close()}).
   *
   * @param name the pool's name, for its threads
   * @param size the most connections it holds
   * @param connectionInitSql a statement each new connection runs first (a session setting), or null
   * @return the pool
   */
  public HikariDataSource newPool(String name, int size, String connectionInitSql) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(5_000);
    config.setPoolName(name);
    config.setConnectionInitSql(connectionInitSql);
    return new HikariDataSource(config);
  }

  /** The township tables, children first. */
  public static final List<String> JURISDICTION_TABLES = List.of(
      "grid_existing_district_village", "grid_existing_district", "grid_unit_border", "grid_unit_tag",
      "grid_unit", "grid_village", "grid_township");

  /** The assessment tables, children first. */
  public static final List<String> ASSESSMENT_TABLES = List.of(
      "grid_score_evidence", "grid_score_line", "grid_score", "grid_rule_filter", "grid_rule", "grid_rule_set",
      "grid_rule_set_kind", "grid_evidence_attribute", "grid_evidence");

  /** The tables of people, teams, pairings and the duty log (V4) and of the teams' stations (V16), children first. */
  public static final List<String> TEAM_TABLES = List.of(
      "grid_station_duty", "grid_station_hours", "grid_station", "grid_duty_log_person", "grid_duty_log",
      "grid_pairing", "grid_team_duty_role", "grid_team_member", "grid_team", "grid_person_role", "grid_person");

  /** The request engine's tables, children first (the relay's lock row stays). */
  public static final List<String> ESCALATION_TABLES = List.of(
      "grid_request_history", "grid_request_command", "grid_request_return", "grid_request",
      "grid_routing", "grid_work_calendar_day", "grid_work_calendar", "grid_outbox", "grid_appointment",
      "grid_place");

  /**
   * Deletes every row of the given tables, in the order given (children first).
   *
   * @param tables the tables, for example {@link #JURISDICTION_TABLES}
   */
  public void deleteAll(List<String> tables) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : tables) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database", e);
    }
  }

  /** Closes the pool and drops the schema or database. */
  @Override
  public void close() {
    dataSource.close();
    drop.run();
  }

  @Override
  public String toString() {
    return dialect.name().toLowerCase(Locale.ROOT);
  }

  private static String configured(String variable) {
    String url = System.getenv(variable);
    Assumptions.assumeTrue(url != null && !url.isBlank(), variable + " is not set: skipped");
    return url;
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setPoolName("grid-test");
    return new HikariDataSource(config);
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + sql + "' on " + url.replaceAll("password=[^&]*", "password=***"), e);
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
