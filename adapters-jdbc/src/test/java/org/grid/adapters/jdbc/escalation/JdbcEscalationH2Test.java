package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The request engine's JDBC adapters on H2. */
class JdbcEscalationH2Test extends AbstractEscalationStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }

  @Override
  TestDatabase freshDatabase() {
    return TestDatabase.h2();
  }
}
