package org.grid.adapters.jdbc.pairing;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Pairing storage on PostgreSQL. */
class PairingStoragePostgresIT extends AbstractPairingStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }
}
