package org.grid.adapters.jdbc.escalation;

import java.util.List;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractAuthorizationMatrixTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request engine's authorization matrix over the JDBC repository and directories on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set). */
class JdbcAuthorizationMatrixPostgresIT extends AbstractAuthorizationMatrixTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.postgres();

  @Override
  protected RequestRepository newRepository() {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    return new JdbcRequestRepository(database.dataSource());
  }

  @Override
  protected StaffDirectory newStaffDirectory() {
    database.deleteAll(List.of(JdbcStaffDirectory.TABLE));
    return new JdbcStaffDirectory(database.dataSource());
  }

  @Override
  protected PlaceDirectory newPlaceDirectory() {
    database.deleteAll(List.of(JdbcPlaceDirectory.TABLE));
    return new JdbcPlaceDirectory(database.dataSource());
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return new JdbcUnitOfWork(database.dataSource());
  }
}
