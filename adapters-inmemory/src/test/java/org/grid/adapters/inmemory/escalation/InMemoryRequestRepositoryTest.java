package org.grid.adapters.inmemory.escalation;

import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.AbstractRequestRepositoryContractTest;

class InMemoryRequestRepositoryTest extends AbstractRequestRepositoryContractTest {
  @Override
  protected RequestRepository newRepository() {
    return new InMemoryRequestRepository();
  }
}
