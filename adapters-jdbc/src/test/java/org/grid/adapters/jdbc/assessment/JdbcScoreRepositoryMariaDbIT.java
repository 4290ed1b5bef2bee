package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.testkit.contract.AbstractScoreRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The score repository contract on MariaDb. */
class JdbcScoreRepositoryMariaDbIT extends AbstractScoreRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  protected ScoreRepository newRepository() {
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    return new JdbcScoreRepository(database.dataSource());
  }
}
