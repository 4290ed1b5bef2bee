package org.grid.adapters.jdbc.jurisdiction;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.TownshipRepository;
import org.grid.testkit.contract.AbstractTownshipRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The township repository contract on H2. */
class JdbcTownshipRepositoryH2Test extends AbstractTownshipRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  protected TownshipRepository newRepository() {
    database.deleteAll(TestDatabase.JURISDICTION_TABLES);
    return new JdbcTownshipRepository(database.dataSource());
  }
}
