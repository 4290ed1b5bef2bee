package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractStaffDirectoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The staff directory contract on H2. */
class JdbcStaffDirectoryH2Test extends AbstractStaffDirectoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  protected StaffDirectory newDirectory() {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    return new JdbcStaffDirectory(database.dataSource());
  }
}
