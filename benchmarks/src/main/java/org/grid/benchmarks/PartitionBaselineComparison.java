package org.grid.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.PlanValidator;
import org.grid.testkit.partition.LocalSearchBaseline;
import org.grid.testkit.partition.TownshipGenerator;

/**
 * Compares the planner's district imbalance with the plain local search of
 * {@link org.grid.testkit.partition.LocalSearchBaseline} (300 random starts) on chain-like townships made by
 * {@link TownshipGenerator#chain(int[], int)}: 12 to 130 villages, about one in six large (600 to 1,300
 * households), the others small (80 to 220), along a strip one to three units wide, all drawn from a fixed seed.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.PartitionBaselineComparison [count]
 * [seed]}.
 */
public final class PartitionBaselineComparison {

  private PartitionBaselineComparison() {}

  /**
   * Prints one line per township (villages, strip width, both imbalances, CPU milliseconds of each) and a summary.
   *
   * @param args the number of townships (default 40) and the seed (default 20261203)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261203L;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Random random = new Random(seed);
    PartitionPlanner planner = PartitionPlanner.create();
    PlanValidator validator = PlanValidator.create();
    int better = 0;
    int equal = 0;
    int worse = 0;
    double plannerMillis = 0;
    double baselineMillis = 0;
    double plannerSum = 0;
    double baselineSum = 0;
    System.out.println("villages width   planner  baseline  planner ms  baseline ms");
    for (int t = 0; t < count; t++) {
      int villages = 12 + random.nextInt(119);
      int[] households = new int[villages];
      for (int v = 0; v < villages; v++) {
        households[v] = random.nextInt(6) == 0 ? 600 + random.nextInt(701) : 80 + random.nextInt(141);
      }
      int width = 1 + random.nextInt(3);
      Township township = TownshipGenerator.chain(households, width);
      long start = threads.getCurrentThreadCpuTime();
      PlanResult planned = planner.plan(township, PartitionPolicy.defaults());
      long middle = threads.getCurrentThreadCpuTime();
      Plan baseline = LocalSearchBaseline.regroup(township, planned.plan(), random.nextLong());
      long end = threads.getCurrentThreadCpuTime();
      double ours = planned.validation().metrics().districtImbalance();
      double theirs = validator.validate(township, baseline).metrics().districtImbalance();
      if (ours < theirs - 1e-9) {
        better++;
      } else if (ours > theirs + 1e-9) {
        worse++;
      } else {
        equal++;
      }
      plannerMillis += (middle - start) / 1e6;
      baselineMillis += (end - middle) / 1e6;
      plannerSum += ours;
      baselineSum += theirs;
      System.out.println(String.format(Locale.ROOT, "%8d %5d %9.4f %9.4f %11.1f %12.1f", villages, width, ours,
          theirs, (middle - start) / 1e6, (end - middle) / 1e6));
    }
    System.out.println(String.format(Locale.ROOT,
        "%d townships: planner better %d, equal %d, worse %d; mean imbalance planner %.4f, baseline %.4f;"
            + " mean CPU ms planner %.1f, baseline %.1f",
        count, better, equal, worse, plannerSum / count, baselineSum / count, plannerMillis / count,
        baselineMillis / count));
  }
}
