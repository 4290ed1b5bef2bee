package org.grid.adapters.jdbc.outbox;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The outbox relay on H2. */
class OutboxRelayH2Test extends AbstractOutboxRelayTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.h2());
  }
}
