package org.grid.adapters.inmemory.assessment;

import org.grid.assessment.port.out.ScoreRepository;
import org.grid.testkit.contract.AbstractScoreRepositoryContractTest;

class InMemoryScoreRepositoryTest extends AbstractScoreRepositoryContractTest {

  @Override
  protected ScoreRepository newRepository() {
    return new InMemoryScoreRepository();
  }
}
