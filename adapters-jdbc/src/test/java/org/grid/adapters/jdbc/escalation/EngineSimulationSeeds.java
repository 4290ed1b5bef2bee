package org.grid.adapters.jdbc.escalation;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Which seeds a run of the engine simulation uses, from system properties (Maven passes {@code -D...} on to the
 * tests):
 *
 * <ul>
 *   <li>{@value #SEED_PROPERTY}: run this one seed only (the one a failure printed);
 *   <li>{@value #SEEDS_PROPERTY}: how many seeds (default {@value #DEFAULT_SEEDS});
 *   <li>{@value #FIRST_PROPERTY}: the first of them (default 1, so a build runs the same seeds every time), or
 *       {@code random} for a random start, printed in the log;
 *   <li>{@value #STEPS_PROPERTY}: the outer steps of each run (default {@value #DEFAULT_STEPS}).
 * </ul>
 */
final class EngineSimulationSeeds {

  /** Runs one seed. */
  static final String SEED_PROPERTY = "grid.simulation.seed";

  /** How many seeds to run. */
  static final String SEEDS_PROPERTY = "grid.simulation.seeds";

  /** The first seed, or {@code random}. */
  static final String FIRST_PROPERTY = "grid.simulation.firstSeed";

  /** The outer steps of each run. */
  static final String STEPS_PROPERTY = "grid.simulation.steps";

  static final int DEFAULT_SEEDS = 20;
  static final int DEFAULT_STEPS = 300;

  private EngineSimulationSeeds() {}

  /** Returns the seeds to run. */
  static long[] seeds() {
    String one = System.getProperty(SEED_PROPERTY);
    if (one != null && !one.isBlank()) {
      return new long[] {Long.parseLong(one.trim())};
    }
    int count = Integer.getInteger(SEEDS_PROPERTY, DEFAULT_SEEDS);
    String first = System.getProperty(FIRST_PROPERTY, "1").trim();
    long start = first.equals("random") ? new SplittableRandom().nextLong(1, Long.MAX_VALUE / 2) : Long.parseLong(first);
    return LongStream.range(start, start + count).toArray();
  }

  /** Returns the outer steps of each run. */
  static int steps() {
    return Integer.getInteger(STEPS_PROPERTY, DEFAULT_STEPS);
  }
}
