package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Evidence storage on H2. */
class EvidenceStorageH2Test extends AbstractEvidenceStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }
}
