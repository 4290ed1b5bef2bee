package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.Test;

/** The engine simulation on H2, in every build; and a seed replays its run. */
class EngineSimulationH2Test extends AbstractEngineSimulationTest {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2();
  }

  @Test
  void a_seed_replays_the_same_run() {
    EngineSimulation first = new EngineSimulation(database(), 7, 120);
    first.run();
    EngineSimulation second = new EngineSimulation(database(), 7, 120);
    second.run();
    assertThat(second.trace()).as("the trace of seed 7, run again").isEqualTo(first.trace());
    assertThat(first.trace()).as("faults were injected").anyMatch(line -> line.contains(" ! "));
  }
}
