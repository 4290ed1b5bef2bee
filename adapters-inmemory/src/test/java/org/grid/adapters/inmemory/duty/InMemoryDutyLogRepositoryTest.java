package org.grid.adapters.inmemory.duty;

import org.grid.core.port.out.DutyLogRepository;
import org.grid.testkit.contract.AbstractDutyLogRepositoryContractTest;

class InMemoryDutyLogRepositoryTest extends AbstractDutyLogRepositoryContractTest {

  @Override
  protected DutyLogRepository newRepository() {
    return new InMemoryDutyLogRepository();
  }
}
