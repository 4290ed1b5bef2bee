package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The request engine's JDBC adapters on MariaDB (skipped unless GRID_TEST_MARIADB_URL is set). */
class JdbcEscalationMariaDbIT extends AbstractEscalationStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }

  @Override
  TestDatabase freshDatabase() {
    return TestDatabase.mariadb();
  }
}
