package org.grid.adapters.jdbc.outbox;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The outbox relay on Postgres (skipped unless its GRID_TEST_..._URL is set). */
class OutboxRelayPostgresIT extends AbstractOutboxRelayTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }
}
