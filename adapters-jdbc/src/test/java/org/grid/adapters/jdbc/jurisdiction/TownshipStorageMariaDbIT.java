package org.grid.adapters.jdbc.jurisdiction;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Township storage on MariaDb. */
class TownshipStorageMariaDbIT extends AbstractTownshipStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }
}
