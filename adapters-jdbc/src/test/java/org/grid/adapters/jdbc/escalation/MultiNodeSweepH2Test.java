package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Two nodes sweep 1,000 due requests on one H2 database. */
class MultiNodeSweepH2Test extends AbstractMultiNodeSweepTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }

  @Override
  int requests() {
    return 1_000;
  }
}
