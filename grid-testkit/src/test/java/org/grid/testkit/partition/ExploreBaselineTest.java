package org.grid.testkit.partition;

import java.util.Random;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.PlanValidator;
import org.junit.jupiter.api.Test;

class ExploreBaselineTest {
  @Test
  void explore() {
    Random r = new Random(Long.getLong("explore.seed", 1));
    int losses = 0;
    for (int t = 0; t < Integer.getInteger("explore.count", 60); t++) {
      int n = 10 + r.nextInt(121);
      int[] h = new int[n];
      for (int i = 0; i < n; i++) {
        h[i] = r.nextInt(6) == 0 ? 600 + r.nextInt(701) : 80 + r.nextInt(141);
      }
      int width = 1 + r.nextInt(3);
      Township township = TownshipGenerator.chain(h, width);
      PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
      long t0 = System.nanoTime();
      PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
      long t1 = System.nanoTime();
      Plan base = LocalSearchBaseline.regroup(township, result.plan(), t * 7919L + r.nextInt(100));
      long t2 = System.nanoTime();
      var bv = PlanValidator.create().validate(township, base);
      double p = result.validation().metrics().districtImbalance();
      double b = bv.metrics().districtImbalance();
      if (p > b + 1e-9) {
        losses++;
        System.out.println("EXPLORE LOSS t=" + t + " h=" + java.util.Arrays.toString(h));
        for (Plan plan : new Plan[] {result.plan(), base}) {
          StringBuilder sb = new StringBuilder("EXPLORE sums");
          for (var d : plan.districts()) {
            long sum = 0;
            java.util.Set<Object> vs = new java.util.TreeSet<>();
            for (var g : d.grids()) {
              var grid = plan.grids().stream().filter(x -> x.id().equals(g)).findFirst().get();
              vs.add(grid.village().value());
              for (var u : grid.units()) sum += township.units().stream().filter(x -> x.id().equals(u)).findFirst().get().households();
            }
            sb.append(' ').append(sum).append(vs.toString().replace("C-V00", ""));
          }
          System.out.println(sb);
        }
      }
      System.out.printf("EXPLORE n=%d w=%d planner=%.4f baseline=%.4f %s planMs=%.1f baseMs=%.0f errs=%d%n", n, width, p, b,
          p > b + 1e-9 ? "LOSS" : "", (t1 - t0) / 1e6, (t2 - t1) / 1e6, bv.errors().size());
    }
    System.out.println("EXPLORE losses " + losses);
    for (int n : new int[] {24, 100, 200, 400, 800, 1600, 3200}) {
      Township township = TownshipGenerator.generate(n, 20241128L);
      PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
      var mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long t0 = mx.getCurrentThreadCpuTime();
      PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
      System.out.printf("EXPLORE generated %d: %.1f ms imbalance %.4f%n", n, (mx.getCurrentThreadCpuTime() - t0) / 1e6,
          result.validation().metrics().districtImbalance());
    }
  }
}
