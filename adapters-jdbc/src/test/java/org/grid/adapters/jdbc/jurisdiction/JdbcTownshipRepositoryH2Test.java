package org.grid.adapters.jdbc.jurisdiction;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.TownshipRepository;
import org.grid.testkit.contract.AbstractTownshipRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The township repository contract on H2. */
class JdbcTownshipRepositoryH2Test extends AbstractTownshipRepositoryContractTest {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.h2();
    GridSchema.migrate(database.dataSource());
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected TownshipRepository newRepository() {
    database.deleteAll(TestDatabase.JURISDICTION_TABLES);
    return new JdbcTownshipRepository(database.dataSource());
  }
}
