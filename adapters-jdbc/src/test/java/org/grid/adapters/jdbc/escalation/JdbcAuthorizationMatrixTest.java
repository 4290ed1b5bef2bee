package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request engine's authorization matrix over the JDBC repository and directories on H2. */
class JdbcAuthorizationMatrixTest extends JdbcAuthorizationMatrix {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  @Override
  MigratedDatabase database() {
    return database;
  }
}
