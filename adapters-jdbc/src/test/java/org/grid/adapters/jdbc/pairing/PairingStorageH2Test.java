package org.grid.adapters.jdbc.pairing;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Pairing storage on H2. */
class PairingStorageH2Test extends AbstractPairingStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }
}
