package org.grid.adapters.jdbc.pairing;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.PairingRepository;
import org.grid.testkit.contract.AbstractPairingRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pairing repository contract on MariaDB. */
class JdbcPairingRepositoryMariaDbIT extends AbstractPairingRepositoryContractTest {

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
  protected PairingRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcPairingRepository(database.dataSource());
  }
}
