package org.grid.adapters.jdbc.jurisdiction;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Township storage on Postgres. */
class TownshipStoragePostgresIT extends AbstractTownshipStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }
}
