package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.PersonRepository;
import org.grid.testkit.contract.AbstractPersonRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The people repository contract on MariaDB. */
class JdbcPersonRepositoryMariaDbIT extends AbstractPersonRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  protected PersonRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcPersonRepository(database.dataSource());
  }
}
