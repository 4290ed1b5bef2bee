package org.grid.adapters.inmemory.team;

import org.grid.core.port.out.ServiceStationRepository;
import org.grid.testkit.contract.AbstractServiceStationRepositoryContractTest;

class InMemoryServiceStationRepositoryTest extends AbstractServiceStationRepositoryContractTest {

  @Override
  protected ServiceStationRepository newRepository() {
    return new InMemoryServiceStationRepository();
  }
}
