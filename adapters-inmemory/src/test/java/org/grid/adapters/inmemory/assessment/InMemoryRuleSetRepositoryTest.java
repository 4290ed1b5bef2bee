package org.grid.adapters.inmemory.assessment;

import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.testkit.contract.AbstractRuleSetRepositoryContractTest;

class InMemoryRuleSetRepositoryTest extends AbstractRuleSetRepositoryContractTest {

  @Override
  protected RuleSetRepository newRepository() {
    return new InMemoryRuleSetRepository();
  }
}
