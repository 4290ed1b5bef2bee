package org.grid.adapters.inmemory.team;

import org.grid.core.port.out.TeamRepository;
import org.grid.testkit.contract.AbstractTeamRepositoryContractTest;

class InMemoryTeamRepositoryTest extends AbstractTeamRepositoryContractTest {

  @Override
  protected TeamRepository newRepository() {
    return new InMemoryTeamRepository();
  }
}
