package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two-way assessment read from the request tables, on MariaDB. */
class JdbcRecordedEvidenceMariaDbIT extends JdbcRecordedEvidence {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  MigratedDatabase database() {
    return database;
  }
}
