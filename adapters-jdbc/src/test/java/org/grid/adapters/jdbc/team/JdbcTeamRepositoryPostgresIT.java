package org.grid.adapters.jdbc.team;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.TeamRepository;
import org.grid.testkit.contract.AbstractTeamRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The team repository contract on PostgreSQL. */
class JdbcTeamRepositoryPostgresIT extends AbstractTeamRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.postgres();

  @Override
  protected TeamRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcTeamRepository(database.dataSource());
  }
}
