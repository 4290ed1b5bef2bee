package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;

/** The engine simulation on the server of {@code GRID_TEST_MARIADB_URL} (skipped when it is not set). */
class EngineSimulationMariaDbIT extends AbstractEngineSimulationTest {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.mariadb();
  }

  @Override
  boolean replayable() {
    return false;
  }
}
