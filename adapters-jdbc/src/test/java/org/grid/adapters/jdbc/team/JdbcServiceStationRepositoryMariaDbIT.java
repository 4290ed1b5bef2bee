package org.grid.adapters.jdbc.team;

import java.util.List;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.core.port.out.ServiceStationRepository;
import org.grid.testkit.contract.AbstractServiceStationRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The service-station repository contract on MariaDB. */
class JdbcServiceStationRepositoryMariaDbIT extends AbstractServiceStationRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  protected ServiceStationRepository newRepository() {
    database.deleteAll(List.of("grid_station_duty", "grid_station_hours", "grid_station"));
    return new JdbcServiceStationRepository(database.dataSource());
  }
}
