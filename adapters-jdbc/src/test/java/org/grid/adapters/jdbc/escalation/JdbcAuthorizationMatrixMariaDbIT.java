package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request engine's authorization matrix over the JDBC repository and directories on MariaDB
 * (skipped unless GRID_TEST_MARIADB_URL is set).
 */
class JdbcAuthorizationMatrixMariaDbIT extends JdbcAuthorizationMatrix {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.mariadb();

  @Override
  MigratedDatabase database() {
    return database;
  }
}
