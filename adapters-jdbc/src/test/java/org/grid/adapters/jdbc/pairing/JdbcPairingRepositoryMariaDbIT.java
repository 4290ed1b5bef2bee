package org.grid.adapters.jdbc.pairing;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.PairingRepository;
import org.grid.testkit.contract.AbstractPairingRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pairing repository contract on MariaDB. */
class JdbcPairingRepositoryMariaDbIT extends AbstractPairingRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  protected PairingRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcPairingRepository(database.dataSource());
  }
}
