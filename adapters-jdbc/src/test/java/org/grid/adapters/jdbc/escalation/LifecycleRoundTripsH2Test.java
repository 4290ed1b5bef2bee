package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The round trips of a request lifecycle on H2. */
class LifecycleRoundTripsH2Test extends AbstractLifecycleRoundTripsTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }

  @Override
  int mostRoundTrips() {
    return 49;
  }
}
