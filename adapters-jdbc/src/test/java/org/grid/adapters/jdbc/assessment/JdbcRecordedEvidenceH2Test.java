package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two-way assessment read from the request tables, on H2. */
class JdbcRecordedEvidenceH2Test extends JdbcRecordedEvidence {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  MigratedDatabase database() {
    return database;
  }
}
