package org.grid.adapters.jdbc.pairing;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Pairing storage on MariaDB. */
class PairingStorageMariaDbIT extends AbstractPairingStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }
}
