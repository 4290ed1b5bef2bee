package org.grid.adapters.inmemory.jurisdiction;

import org.grid.core.port.out.TownshipRepository;
import org.grid.testkit.contract.AbstractTownshipRepositoryContractTest;

class InMemoryTownshipRepositoryTest extends AbstractTownshipRepositoryContractTest {

  @Override
  protected TownshipRepository newRepository() {
    return new InMemoryTownshipRepository();
  }
}
