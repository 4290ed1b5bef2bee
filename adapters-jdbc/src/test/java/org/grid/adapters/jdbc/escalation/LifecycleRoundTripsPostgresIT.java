package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The round trips of a request lifecycle on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set). */
class LifecycleRoundTripsPostgresIT extends AbstractLifecycleRoundTripsTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }

  @Override
  int mostRoundTrips() {
    return 15;
  }
}
