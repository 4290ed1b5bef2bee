package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.PersonRepository;
import org.grid.testkit.contract.AbstractPersonRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The people repository contract on MariaDB. */
class JdbcPersonRepositoryMariaDbIT extends AbstractPersonRepositoryContractTest {

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
  protected PersonRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcPersonRepository(database.dataSource());
  }
}
