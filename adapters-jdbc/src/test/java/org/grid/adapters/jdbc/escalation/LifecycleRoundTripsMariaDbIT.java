package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The round trips of a request lifecycle on MariaDB (skipped unless GRID_TEST_MARIADB_URL is set). */
class LifecycleRoundTripsMariaDbIT extends AbstractLifecycleRoundTripsTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }

  @Override
  int mostRoundTrips() {
    return 64;
  }
}
