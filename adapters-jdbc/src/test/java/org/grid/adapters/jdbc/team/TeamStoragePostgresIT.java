package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** People and team storage on PostgreSQL. */
class TeamStoragePostgresIT extends AbstractTeamStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }
}
