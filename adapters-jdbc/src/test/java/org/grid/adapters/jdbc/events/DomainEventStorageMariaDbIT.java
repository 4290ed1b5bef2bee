package org.grid.adapters.jdbc.events;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** Team and score events through the outbox on MariaDB. */
class DomainEventStorageMariaDbIT extends AbstractDomainEventStorageTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.mariadb());
  }
}
