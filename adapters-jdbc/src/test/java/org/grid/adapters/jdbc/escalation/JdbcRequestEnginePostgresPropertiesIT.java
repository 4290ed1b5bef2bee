package org.grid.adapters.jdbc.escalation;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractRequestEngineProperties;

/** The stateful property of the request engine over the JDBC repository on Postgres. */
@AddLifecycleHook(DatabaseConfigured.Postgres.class)
class JdbcRequestEnginePostgresPropertiesIT extends AbstractRequestEngineProperties {

  private static TestDatabase database;

  @BeforeContainer
  static void createDatabase() {
    database = TestDatabase.postgres();
    GridSchema.migrate(database.dataSource());
  }

  @AfterContainer
  static void dropDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @Override
  protected RequestRepository newRepository() {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    return new JdbcRequestRepository(database.dataSource());
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return new JdbcUnitOfWork(database.dataSource());
  }

  @Override
  protected StaffDirectory newStaffDirectory() {
    return new JdbcStaffDirectory(database.dataSource());
  }

  @Override
  protected PlaceDirectory newPlaceDirectory() {
    return new JdbcPlaceDirectory(database.dataSource());
  }
}
