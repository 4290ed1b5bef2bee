package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request engine's authorization matrix over the JDBC repository and directories on PostgreSQL
 * (skipped unless GRID_TEST_POSTGRES_URL is set).
 */
class JdbcAuthorizationMatrixPostgresIT extends JdbcAuthorizationMatrix {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.postgres();

  @Override
  MigratedDatabase database() {
    return database;
  }
}
