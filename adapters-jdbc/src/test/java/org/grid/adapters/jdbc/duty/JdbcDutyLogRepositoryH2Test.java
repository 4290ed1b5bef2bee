package org.grid.adapters.jdbc.duty;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.testkit.contract.AbstractDutyLogRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The duty log repository contract on H2. */
class JdbcDutyLogRepositoryH2Test extends AbstractDutyLogRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  protected DutyLogRepository newRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    return new JdbcDutyLogRepository(database.dataSource());
  }
}
