package org.grid.adapters.jdbc.duty;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Duty log storage on MariaDB. */
class DutyLogStorageMariaDbIT extends AbstractDutyLogStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }
}
