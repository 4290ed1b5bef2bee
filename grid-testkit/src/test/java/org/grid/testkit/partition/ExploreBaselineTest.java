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
    Random r = new Random(1);
    int losses = 0;
    for (int t = 0; t < 60; t++) {
      int n = 10 + r.nextInt(121);
      int[] h = new int[n];
      for (int i = 0; i < n; i++) {
        h[i] = r.nextInt(6) == 0 ? 600 + r.nextInt(701) : 80 + r.nextInt(141);
      }
      int width = 1 + r.nextInt(3);
      Township township = TownshipGenerator.chain(h, width);
      long t0 = System.nanoTime();
      PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
      long t1 = System.nanoTime();
      Plan base = LocalSearchBaseline.regroup(township, result.plan(), 7);
      long t2 = System.nanoTime();
      var bv = PlanValidator.create().validate(township, base);
      double p = result.validation().metrics().districtImbalance();
      double b = bv.metrics().districtImbalance();
      if (p > b + 1e-9) losses++;
      System.out.printf("EXPLORE n=%d w=%d planner=%.4f baseline=%.4f %s planMs=%.1f baseMs=%.0f errs=%d%n", n, width, p, b,
          p > b + 1e-9 ? "LOSS" : "", (t1 - t0) / 1e6, (t2 - t1) / 1e6, bv.errors().size());
    }
    System.out.println("EXPLORE losses " + losses);
  }
}
