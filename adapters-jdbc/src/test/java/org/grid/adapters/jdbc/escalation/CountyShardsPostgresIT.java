package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;

/** Two counties on two PostgreSQL schemas through one node (skipped unless GRID_TEST_POSTGRES_URL is set). */
class CountyShardsPostgresIT extends AbstractCountyShardsTest {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
