package org.grid.adapters.jdbc.duty;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.testkit.contract.AbstractDutyLogRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The duty log repository contract on MariaDB. */
class JdbcDutyLogRepositoryMariaDbIT extends AbstractDutyLogRepositoryContractTest {

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
  protected DutyLogRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcDutyLogRepository(database.dataSource());
  }
}
