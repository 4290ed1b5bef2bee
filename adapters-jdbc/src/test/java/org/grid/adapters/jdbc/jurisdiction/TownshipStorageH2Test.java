package org.grid.adapters.jdbc.jurisdiction;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Township storage on H2. */
class TownshipStorageH2Test extends AbstractTownshipStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }
}
