package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The request engine's JDBC adapters on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set). */
class JdbcEscalationPostgresIT extends AbstractEscalationStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }

  @Override
  TestDatabase freshDatabase() {
    return TestDatabase.postgres();
  }
}
