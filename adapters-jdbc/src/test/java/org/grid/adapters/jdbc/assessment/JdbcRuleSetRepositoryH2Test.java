package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.testkit.contract.AbstractRuleSetRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The rule-set repository contract on H2. */
class JdbcRuleSetRepositoryH2Test extends AbstractRuleSetRepositoryContractTest {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.h2();
    GridSchema.migrate(database.dataSource());
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected RuleSetRepository newRepository() {
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    return new JdbcRuleSetRepository(database.dataSource());
  }
}
