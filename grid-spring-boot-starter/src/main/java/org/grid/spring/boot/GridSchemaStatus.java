package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.grid.adapters.jdbc.GridSchema;

/**
 * Reads whether grid's migrations are all applied (for the health indicator), from grid's Flyway history table
 * and the migrations in adapters-jdbc's jar, without running anything.
 */
final class GridSchemaStatus {

  /** Where adapters-jdbc keeps its migrations (GridSchema's location). */
  static final String LOCATION = "classpath:org/grid/adapters/jdbc/migration";

  private final Flyway flyway;

  /**
   * Creates the reader.
   *
   * @param dataSource the application's data source, not null
   */
  GridSchemaStatus(DataSource dataSource) {
    this.flyway = Flyway.configure(GridSchema.class.getClassLoader())
        .dataSource(requireNonNull(dataSource, "dataSource"))
        .locations(LOCATION)
        .table(GridSchema.HISTORY_TABLE)
        // Reading the history needs no placeholder values (they differ per database; GridSchema sets them).
        .placeholderReplacement(false)
        .baselineVersion("0")
        .load();
  }

  /**
   * What the schema's history says.
   *
   * @param current the version last applied, or null when none is
   * @param latest the latest version in the jar, or null when the jar has none (a broken class path)
   * @param pending how many of the jar's migrations are not applied
   * @param failed how many recorded migrations failed
   */
  record Status(String current, String latest, int pending, int failed) {

    /**
     * Tells whether every migration of the jar is applied and none failed.
     *
     * @return true when the schema is current
     */
    boolean upToDate() {
      return latest != null && pending == 0 && failed == 0 && latest.equals(current);
    }
  }

  /**
   * Reads the status; connects to the database.
   *
   * @return the status
   * @throws org.flywaydb.core.api.FlywayException if the database cannot be read
   */
  Status read() {
    MigrationInfoService info = flyway.info();
    MigrationInfo current = info.current();
    String latest = Arrays.stream(info.all())
        // Resolved: in this jar. An applied migration of a newer release is not, and is no latest of this one.
        .filter(m -> m.getVersion() != null && m.getScript() != null && !m.getScript().isEmpty()
            && m.getState() != MigrationState.BASELINE && m.getState().isResolved())
        .map(MigrationInfo::getVersion)
        .max(Comparable::compareTo)
        .map(Object::toString)
        .orElse(null);
    int failed = (int) Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
    return new Status(current == null || current.getVersion() == null ? null : current.getVersion().toString(),
        latest, info.pending().length, failed);
  }
}
