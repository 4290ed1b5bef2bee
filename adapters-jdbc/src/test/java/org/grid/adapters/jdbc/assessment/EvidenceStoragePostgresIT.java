package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Evidence storage on Postgres. */
class EvidenceStoragePostgresIT extends AbstractEvidenceStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }
}
