package org.grid.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PlanResult;
import org.grid.testkit.SampleData;
import org.grid.testkit.partition.TownshipGenerator;

/**
 * Measures the CPU time of the planning thread per plan, for the same townships as {@link PartitionBenchmark}. On a
 * machine shared with other work, wall-clock figures swing with the load; the thread's CPU time does much less, and
 * shows how the work grows. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.grid.benchmarks.PartitionCpuTime}.
 */
public final class PartitionCpuTime {

  private PartitionCpuTime() {}

  /**
   * Prints one line per township: villages, units, CPU milliseconds per plan, district imbalance, errors.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Township seed = TownshipJsonReader.create()
        .read(new ByteArrayInputStream(SampleData.seedTownshipJson().getBytes(StandardCharsets.UTF_8)),
            "township-seed.json");
    measure(threads, "seed", seed, 400);
    for (int villages : new int[] {25, 50, 100, 200, 400, 800, 1600, 3200}) {
      measure(threads, String.valueOf(villages), TownshipGenerator.generate(villages, PartitionBenchmark.SEED),
          Math.max(5, 6400 / villages));
    }
  }

  private static void measure(ThreadMXBean threads, String name, Township township, int repetitions) {
    PartitionPolicy policy = PartitionPolicy.defaults();
    PartitionPlanner planner = PartitionPlanner.create();
    for (int i = 0; i < repetitions; i++) {
      planner.plan(township, policy); // warm-up
    }
    long start = threads.getCurrentThreadCpuTime();
    PlanResult result = null;
    for (int i = 0; i < repetitions; i++) {
      result = planner.plan(township, policy);
    }
    double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6 / repetitions;
    System.out.println(String.format(Locale.ROOT, "%-6s %5d villages %6d units %9.2f ms CPU/plan  imbalance %.3f  errors %d",
        name, township.villages().size(), township.units().size(), millis,
        result.validation().metrics().districtImbalance(), result.validation().errors().size()));
  }
}
