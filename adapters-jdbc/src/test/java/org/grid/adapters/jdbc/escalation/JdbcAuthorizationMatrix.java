package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractAuthorizationMatrixTest;

/**
 * The request engine's authorization matrix over the JDBC repository and directories, on the database a subclass
 * registers: each case starts from empty escalation tables (the directories' among them).
 */
abstract class JdbcAuthorizationMatrix extends AbstractAuthorizationMatrixTest {

  /** The migrated database of the subclass's {@code @RegisterExtension} field. */
  abstract MigratedDatabase database();

  @Override
  protected RequestRepository newRepository() {
    database().deleteAll(TestDatabase.ESCALATION_TABLES);
    return new JdbcRequestRepository(database().dataSource());
  }

  @Override
  protected StaffDirectory newStaffDirectory() {
    return new JdbcStaffDirectory(database().dataSource());
  }

  @Override
  protected PlaceDirectory newPlaceDirectory() {
    return new JdbcPlaceDirectory(database().dataSource());
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return new JdbcUnitOfWork(database().dataSource());
  }
}
