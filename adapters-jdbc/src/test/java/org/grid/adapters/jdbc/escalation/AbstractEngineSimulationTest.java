package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the deterministic simulation of the request engine ({@link EngineSimulation}) for each seed of {@link
 * EngineSimulationSeeds} on one database: each seed is a test of its own, and a failure names the seed and how to
 * run it alone. A seed run twice gives the same trace.
 */
abstract class AbstractEngineSimulationTest {

  private static final Logger LOG = LoggerFactory.getLogger(AbstractEngineSimulationTest.class);

  /** The database of the class's runs; null outside a run. */
  protected static TestDatabase database;

  /** Returns a fresh database (skipping the class when its server is not configured). */
  abstract TestDatabase openDatabase();

  @TestFactory
  Stream<DynamicTest> every_seed_keeps_every_request_command_and_event_exactly_once() {
    long[] seeds = EngineSimulationSeeds.seeds();
    int steps = EngineSimulationSeeds.steps();
    LOG.info("engine simulation: seeds {} to {}, {} steps each", seeds[0], seeds[seeds.length - 1], steps);
    return Arrays.stream(seeds).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      EngineSimulation simulation = new EngineSimulation(database(), seed, steps);
      simulation.run();
      LOG.info("{} seed {}: {}", database, seed, simulation.tally());
    }));
  }

  /**
   * Returns the steps of {@link #a_seed_replays_the_same_run}: enough for seed 7 to interleave the nodes on this
   * database (the simulation nests a step of the other node at a statement by chance, so a command path of fewer
   * statements needs more steps for as many chances).
   */
  int replaySteps() {
    return 120;
  }

  /**
   * Tells whether a run of this database replays step for step. Not on MariaDB: there a step of one node nested in
   * the other's open transaction sometimes fails and sometimes not from one run of the same seed to the next (seen
   * as "Got error 1 "Operation not permitted" during COMMIT" and lock waits of a nested sweep, with
   * {@code innodb_lock_wait_timeout} 0), so the rest of the trace differs; two runs in four failed the replay on
   * this machine with the code of 4 December 2026 before and after the evening's changes alike. Every seed's
   * invariants are still checked on MariaDB by {@link #every_seed_keeps_every_request_command_and_event_exactly_once}.
   *
   * @return true when a seed's trace repeats exactly
   */
  boolean replayable() {
    return true;
  }

  @Test
  void a_seed_replays_the_same_run() {
    assumeTrue(replayable(), "this database's nested lock conflicts depend on timing; see replayable()");
    EngineSimulation first = new EngineSimulation(database(), 7, replaySteps());
    first.run();
    EngineSimulation second = new EngineSimulation(database(), 7, replaySteps());
    second.run();
    assertThat(second.trace()).as("the trace of seed 7, run again").isEqualTo(first.trace());
    assertThat(first.trace()).as("faults were injected").anyMatch(line -> line.contains(" ! "));
    assertThat(first.trace()).as("the nodes interleaved").anyMatch(line -> line.contains("  | "));
  }

  /** Opens and migrates the database the first time. */
  TestDatabase database() {
    if (database == null) {
      database = openDatabase();
      GridSchema.migrate(database.dataSource());
    }
    return database;
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
