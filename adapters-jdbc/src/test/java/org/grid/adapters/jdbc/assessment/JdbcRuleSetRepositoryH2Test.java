package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.testkit.contract.AbstractRuleSetRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rule-set repository contract on H2. */
class JdbcRuleSetRepositoryH2Test extends AbstractRuleSetRepositoryContractTest {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  protected RuleSetRepository newRepository() {
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    return new JdbcRuleSetRepository(database.dataSource());
  }
}
