package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that gives a test class a {@link TestDatabase} of its own, migrated by {@link GridSchema}
 * before the first test and dropped after the last. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final MigratedDatabase database = MigratedDatabase.postgres();
 * }</pre>
 *
 * <p>A server that is not configured skips the class, as {@link TestDatabase} does.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

  private final Supplier<TestDatabase> opener;
  private TestDatabase database;

  private MigratedDatabase(Supplier<TestDatabase> opener) {
    this.opener = opener;
  }

  /** Returns the extension for a fresh in-memory H2 database. */
  public static MigratedDatabase h2() {
    return new MigratedDatabase(TestDatabase::h2);
  }

  /** Returns the extension for a fresh schema on the PostgreSQL server of {@link TestDatabase#POSTGRES_URL}. */
  public static MigratedDatabase postgres() {
    return new MigratedDatabase(TestDatabase::postgres);
  }

  /** Returns the extension for a fresh database on the MariaDB server of {@link TestDatabase#MARIADB_URL}. */
  public static MigratedDatabase mariadb() {
    return new MigratedDatabase(TestDatabase::mariadb);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = opener.get();
    GridSchema.migrate(database.dataSource());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  /** Returns the database's pool; only between the first and the last test. */
  public DataSource dataSource() {
    return open().dataSource();
  }

  /**
   * Empties tables, children first.
   *
   * @param tables the tables, each after the tables that refer to it
   */
  public void deleteAll(List<String> tables) {
    open().deleteAll(tables);
  }

  private TestDatabase open() {
    return requireNonNull(database, "the database is open only while the test class runs");
  }
}
