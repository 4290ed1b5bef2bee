package org.grid.adapters.jdbc.duty;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Duty log storage on PostgreSQL. */
class DutyLogStoragePostgresIT extends AbstractDutyLogStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }
}
