package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Two nodes sweep 10,000 due requests on one MariaDB database. */
class MultiNodeSweepMariaDbIT extends AbstractMultiNodeSweepTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }

  @Override
  int requests() {
    return 10_000;
  }
}
