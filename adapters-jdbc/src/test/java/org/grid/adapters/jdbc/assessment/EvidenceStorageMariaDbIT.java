package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Evidence storage on MariaDB. */
class EvidenceStorageMariaDbIT extends AbstractEvidenceStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }
}
