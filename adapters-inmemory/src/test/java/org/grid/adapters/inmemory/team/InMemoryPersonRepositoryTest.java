package org.grid.adapters.inmemory.team;

import org.grid.core.port.out.PersonRepository;
import org.grid.testkit.contract.AbstractPersonRepositoryContractTest;

class InMemoryPersonRepositoryTest extends AbstractPersonRepositoryContractTest {

  @Override
  protected PersonRepository newRepository() {
    return new InMemoryPersonRepository();
  }
}
