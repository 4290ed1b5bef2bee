package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;

/** The engine simulation on the server of {@code GRID_TEST_POSTGRES_URL} (skipped when it is not set). */
class EngineSimulationPostgresIT extends AbstractEngineSimulationTest {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres();
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL a command's update goes with its inserts and COMMIT (15 statements a lifecycle where H2 and
   * MariaDB run more): in 120 steps seed 7 no longer nests a step, in 200 it does.
   */
  @Override
  int replaySteps() {
    return 200;
  }
}
