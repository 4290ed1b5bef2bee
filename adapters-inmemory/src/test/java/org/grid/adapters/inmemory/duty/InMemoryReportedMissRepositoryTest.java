package org.grid.adapters.inmemory.duty;

import org.grid.core.port.out.ReportedMissRepository;
import org.grid.testkit.contract.AbstractReportedMissRepositoryContractTest;

class InMemoryReportedMissRepositoryTest extends AbstractReportedMissRepositoryContractTest {

  @Override
  protected ReportedMissRepository newRepository() {
    return new InMemoryReportedMissRepository();
  }
}
