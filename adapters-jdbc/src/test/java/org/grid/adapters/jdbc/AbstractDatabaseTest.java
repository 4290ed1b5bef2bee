package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;

/**
 * The database of a storage test class: each per-database subclass opens it in its {@code @BeforeAll} with {@link
 * #open}, it is migrated there, and it is dropped after the class's last test. Test classes run one after another,
 * so one field serves them all.
 */
public abstract class AbstractDatabaseTest {

  /** The open database; null outside a test class's run. */
  protected static TestDatabase database;

  /**
   * Opens and migrates the database of the test class.
   *
   * @param opened a fresh database
   */
  protected static void open(TestDatabase opened) {
    database = opened;
    GridSchema.migrate(database.dataSource());
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  /**
   * Runs a statement outside the adapters, for example to hand-edit a row.
   *
   * @param sql the statement
   * @throws SQLException when it fails
   */
  protected static void execute(String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
