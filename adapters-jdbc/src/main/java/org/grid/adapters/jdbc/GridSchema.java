package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * grid's database schema: one Flyway migration history ({@code org/grid/adapters/jdbc/migration}) that works on
 * H2, PostgreSQL and MariaDB, kept in the table {@value #HISTORY_TABLE} so that it can share a schema with the
 * embedder's own tables and migrations.
 */
public final class GridSchema {

  /** The table where Flyway records grid's applied migrations. */
  public static final String HISTORY_TABLE = "grid_schema_history";

  private static final String LOCATION = "classpath:org/grid/adapters/jdbc/migration";

  private GridSchema() {}

  /**
   * Brings the schema of a data source up to date: creates it in an empty database, or applies the migrations an
   * older schema lacks. Safe to call on every start and from several nodes at once (Flyway locks the history).
   *
   * @param dataSource the database, not null
   * @return the number of migrations applied, zero when the schema was current
   * @throws JdbcAdapterException if a migration fails (Flyway rolls back what it can), or if a newer grid release
   *     migrated the schema (an applied migration this release does not have), naming both versions; nothing is
   *     changed then
   */
  public static int migrate(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    Dialect dialect = Dialect.of(dataSource);
    try {
      Flyway flyway = flyway(dataSource, dialect, null);
      refuseNewerSchema(flyway.info());
      MigrateResult result = flyway.migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new JdbcAdapterException("migrating grid's schema failed", e);
    }
  }

  /**
   * Refuses a schema that a newer grid release migrated: one with an applied migration this release does not have.
   * Flyway by itself only warns and goes on, and this release would then write rows the newer schema does not
   * expect (a column it does not fill, a table it no longer uses).
   */
  private static void refuseNewerSchema(MigrationInfoService info) {
    MigrationVersion newestKnown = null;
    MigrationVersion newestApplied = null;
    for (MigrationInfo migration : info.all()) {
      MigrationVersion version = migration.getVersion();
      if (version == null) {
        continue;
      }
      if (migration.getState().isResolved() && (newestKnown == null || version.isNewerThan(newestKnown))) {
        newestKnown = version;
      }
      if (isFuture(migration.getState()) && (newestApplied == null || version.isNewerThan(newestApplied))) {
        newestApplied = version;
      }
    }
    if (newestApplied != null) {
      throw new JdbcAdapterException("grid's schema in this database is at version " + newestApplied
          + ", and the newest migration this release knows is " + newestKnown + ": a newer grid release migrated "
          + "it. Run that release or a later one (an older one could write rows the newer schema does not expect); "
          + "nothing was changed", null);
    }
  }

  private static boolean isFuture(MigrationState state) {
    return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
  }

  /**
   * Brings the schema up to a given version only; for tests of migrating from an older schema.
   *
   * @param dataSource the database, not null
   * @param version the last migration version to apply, for example {@code "1"}; not null
   * @return the number of migrations applied
   * @throws JdbcAdapterException if a migration fails
   */
  public static int migrateTo(DataSource dataSource, String version) {
    requireNonNull(version, "version");
    try {
      return flyway(dataSource, Dialect.of(dataSource), version).migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new JdbcAdapterException("migrating grid's schema to version " + version + " failed", e);
    }
  }

  private static Flyway flyway(DataSource dataSource, Dialect dialect, String target) {
    var configuration = Flyway.configure(GridSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .placeholders(dialect.placeholders())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .failOnMissingLocations(true);
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }
}
