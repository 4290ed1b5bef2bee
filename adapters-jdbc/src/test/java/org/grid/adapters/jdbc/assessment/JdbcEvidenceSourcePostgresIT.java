package org.grid.adapters.jdbc.assessment;

import java.util.Collection;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.model.Evidence;
import org.grid.testkit.contract.AbstractEvidenceSourceContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The evidence source contract on Postgres. */
class JdbcEvidenceSourcePostgresIT extends AbstractEvidenceSourceContractTest<JdbcEvidenceSource> {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.postgres();

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
