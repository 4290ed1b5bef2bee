package org.grid.adapters.jdbc.duty;

import java.util.List;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.core.port.out.ReportedMissRepository;
import org.grid.testkit.contract.AbstractReportedMissRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reported-miss repository contract on H2. */
class JdbcReportedMissRepositoryH2Test extends AbstractReportedMissRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  protected ReportedMissRepository newRepository() {
    database.deleteAll(List.of("grid_duty_missed_reported"));
    return new JdbcReportedMissRepository(database.dataSource());
  }
}
