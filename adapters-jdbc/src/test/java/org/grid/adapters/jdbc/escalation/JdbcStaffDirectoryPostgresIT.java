package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractStaffDirectoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The staff directory contract on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set). */
class JdbcStaffDirectoryPostgresIT extends AbstractStaffDirectoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.postgres();

  @Override
  protected StaffDirectory newDirectory() {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    return new JdbcStaffDirectory(database.dataSource());
  }
}
