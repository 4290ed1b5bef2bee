package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;

/** The engine simulation on H2, in every build. */
class EngineSimulationH2Test extends AbstractEngineSimulationTest {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }
}
