package org.grid.adapters.jdbc.assessment;

import java.util.Collection;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.model.Evidence;
import org.grid.testkit.contract.AbstractEvidenceSourceContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The evidence source contract on MariaDb. */
class JdbcEvidenceSourceMariaDbIT extends AbstractEvidenceSourceContractTest<JdbcEvidenceSource> {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.mariadb();
    GridSchema.migrate(database.dataSource());
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected JdbcEvidenceSource newSource() {
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    return new JdbcEvidenceSource(database.dataSource());
  }

  @Override
  protected void add(JdbcEvidenceSource source, Collection<Evidence> evidence) {
    source.add(evidence);
  }
}
