package org.grid.adapters.jdbc.duty;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Duty log storage on H2. */
class DutyLogStorageH2Test extends AbstractDutyLogStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }
}
