package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.TeamRepository;
import org.grid.testkit.contract.AbstractTeamRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The team repository contract on MariaDB. */
class JdbcTeamRepositoryMariaDbIT extends AbstractTeamRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  protected TeamRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcTeamRepository(database.dataSource());
  }
}
