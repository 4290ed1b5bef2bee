package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.TeamRepository;
import org.grid.testkit.contract.AbstractTeamRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The team repository contract on MariaDB. */
class JdbcTeamRepositoryMariaDbIT extends AbstractTeamRepositoryContractTest {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.mariadb();
    GridSchema.migrate(database.dataSource());
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected TeamRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcTeamRepository(database.dataSource());
  }
}
