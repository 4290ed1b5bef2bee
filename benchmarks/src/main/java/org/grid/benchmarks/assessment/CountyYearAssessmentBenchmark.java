package org.grid.benchmarks.assessment;

import java.util.concurrent.TimeUnit;
import org.grid.assessment.port.in.AssessCountyUseCase;
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
 * Deriving and scoring a county year (issue 13): the two-way assessment of every handling office and reporting grid
 * from the request histories, and every party member scored from their duties (compliance computed from the duty
 * log, and the log itself) and their requests, then graded, all through {@code AssessCountyService} over the
 * in-memory adapters ({@link CountyYear#assess()}): each request walked once, one unit of work. At {@code scale} 1.0: 1,000,000 history entries, 2,000,000
 * duty-log entries, 10,000 party members; the target is under 3 s, growing linearly with the logs. The county is
 * built once per trial, so only deriving and scoring is timed.
 *
 * <p><b>Each iteration starts from a collected heap</b> ({@code collectFirst}, true by default: a {@code
 * System.gc()} before each iteration, outside the timed shot, as JMH's {@code -gc true} and {@code CountyYearCpuTime}
 * do). A county-year assessment is a batch job run once; the 1.2 to 1.4 GB of garbage the previous iteration left
 * behind, and the young collections it causes during the next shot (each copying what that shot holds live at that
 * moment), are an artifact of the benchmark's loop, not of the job. The workload, its scale and the collector (G1,
 * the JVM's default) are unchanged. {@code -p collectFirst=false} measures the loop as it ran before, iterations
 * back to back on the previous one's garbage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class CountyYearAssessmentBenchmark {

  @Param({"0.25", "0.5", "1.0"})
  double scale;

  /**
   * Whether each iteration starts from a collected heap ({@code System.gc()} before the shot, not timed); false
   * runs the iterations back to back on the previous one's garbage.
   */
  @Param({"true"})
  boolean collectFirst;

  private CountyYear county;

  @Setup(Level.Trial)
  public void setUp() {
    county = new CountyYear(scale);
  }

  /** Collects the heap before the iteration's single shot, when {@code collectFirst}: what a batch job starts from. */
  @Setup(Level.Iteration)
  public void collectHeap() {
    if (collectFirst) {
      System.gc();
    }
  }

  /**
   * Derives the year's evidence from the records and scores and grades everyone.
   *
   * @return the outcomes
   */
  @Benchmark
  public AssessCountyUseCase.Assessed assessCountyYear() {
    return county.assess();
  }
}
