package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.testkit.contract.AbstractScoreRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The score repository contract on MariaDb. */
class JdbcScoreRepositoryMariaDbIT extends AbstractScoreRepositoryContractTest {

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
  protected ScoreRepository newRepository() {
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    return new JdbcScoreRepository(database.dataSource());
  }
}
