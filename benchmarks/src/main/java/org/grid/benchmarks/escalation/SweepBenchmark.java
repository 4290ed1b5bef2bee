package org.grid.benchmarks.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.threeten.extra.MutableClock;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.port.in.SweepResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One sweep over many open requests of which 1,000 are due. Each iteration first adds 1,000 requests whose
 * accept deadline passed a week ago, then times one {@code processDue}; the sweep issues their reminders (whose
 * grace deadlines lie in the future, so earlier batches are not due again). Compare the times for 10,000 and
 * 1,000,000 open requests: they should be about equal, since the sweep reads only the due requests.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, batchSize = 1)
@Measurement(iterations = 20, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class SweepBenchmark {

  private static final int DUE = 1_000;

  /** How many requests are open and not due. */
  @Param({"10000", "1000000"})
  public int open;

  private InMemoryRequestRepository repository;
  private RequestService engine;
  private long next;

  /** Fills the repository with open requests that are not due at {@link Fixture#START}. */
  @Setup(Level.Trial)
  public void fill() {
    repository = new InMemoryRequestRepository();
    engine = Fixture.engine(repository, MutableClock.of(Fixture.START, Fixture.ZONE), new NoValidation());
    for (int i = 0; i < open; i++) {
      repository.save(Fixture.reported(next++, Fixture.START), 0);
    }
  }

  /** Adds 1,000 requests whose accept deadline passed. */
  @Setup(Level.Iteration)
  public void addDue() {
    Instant weekAgo = Fixture.START.minus(Duration.ofDays(7));
    for (int i = 0; i < DUE; i++) {
      repository.save(Fixture.reported(next++, weekAgo), 0);
    }
  }

  /**
   * Sweeps.
   *
   * @return what the sweep did
   */
  @Benchmark
  public SweepResult sweep() {
    SweepResult result = engine.processDue(Fixture.START);
    if (result.changed() != DUE) {
      throw new IllegalStateException("expected " + DUE + " changes, got " + result.changed());
    }
    return result;
  }
}
