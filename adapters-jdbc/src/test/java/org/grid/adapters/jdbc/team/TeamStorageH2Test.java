package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** People and team storage on H2. */
class TeamStorageH2Test extends AbstractTeamStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }
}
