package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.testkit.escalation.AbstractPlaceDirectoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The place directory contract on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set). */
class JdbcPlaceDirectoryPostgresIT extends AbstractPlaceDirectoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.postgres();

  @Override
  protected PlaceDirectory newDirectory() {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    return new JdbcPlaceDirectory(database.dataSource());
  }
}
