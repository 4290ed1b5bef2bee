package org.grid.testkit.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.PlanValidator;
import org.grid.core.model.partition.Validation;

/**
 * The planner's district grouping against a plain local search ({@link LocalSearchBaseline}) on chain-like
 * townships, where the planner used to lose to it: few large villages among many small ones, up to 130 villages.
 */
class DistrictBalanceProperties {

  /** Floating point only: both imbalances are computed by the validator from whole households. */
  private static final double EPSILON = 1e-9;

  private final PartitionPlanner planner = PartitionPlanner.create();
  private final PlanValidator validator = PlanValidator.create();

  @Provide
  Arbitrary<Township> chainTownships() {
    return TownshipArbitraries.chainTownships(12, 130);
  }

  /**
   * On a fixed sample of 30 chain townships and baseline seeds (the seed below), the planner is never worse. It is no
   * law: both are heuristics, and a baseline run can find a better grouping by luck. Drawn at random, jqwik found one
   * (a 72-village chain, seed -1 of the baseline: planner 0.0625 against 0.0515; see docs/partitioning.md), so a
   * random sample would make the build fail now and then for a known limitation. The sample is fixed so that the
   * build is the same on every run and a planner change that loses ground on it fails.
   */
  @Property(tries = 30, seed = "20261203")
  void theDistrictImbalanceIsNeverWorseThanThePlainLocalSearchsOnAFixedSample(
      @ForAll("chainTownships") Township township, @ForAll long seed) {
    Statistics.label("villages").collect(township.villages().size() / 20 * 20);
    PlanResult planned = planner.plan(township, PartitionPolicy.defaults());
    Plan baseline = LocalSearchBaseline.regroup(township, planned.plan(), seed);
    double plannerImbalance = planned.validation().metrics().districtImbalance();
    double baselineImbalance = validator.validate(township, baseline).metrics().districtImbalance();
    assertThat(plannerImbalance).isLessThanOrEqualTo(baselineImbalance + EPSILON);
  }

  @Property(tries = 15)
  void theBaselineRegroupsWholeVillagesIntoConnectedDistrictsAndKeepsTheGrids(
      @ForAll("chainTownships") Township township, @ForAll long seed) {
    Plan planned = planner.plan(township, PartitionPolicy.defaults()).plan();
    Plan baseline = LocalSearchBaseline.regroup(township, planned, seed, 20);
    Validation validation = validator.validate(township, baseline);
    assertThat(validation.errors()).isEmpty();
    assertThat(baseline.grids()).isEqualTo(planned.grids());
    assertThat(baseline.districts()).extracting(District::id)
        .containsExactlyInAnyOrderElementsOf(planned.districts().stream().map(District::id).toList());
    assertThat(LocalSearchBaseline.regroup(township, planned, seed, 20)).isEqualTo(baseline);
  }

  @Property(tries = 10)
  void moreStartsNeverMakeTheBaselineWorse(@ForAll("chainTownships") Township township, @ForAll long seed) {
    Plan planned = planner.plan(township, PartitionPolicy.defaults()).plan();
    double few = validator.validate(township, LocalSearchBaseline.regroup(township, planned, seed, 5))
        .metrics().districtImbalance();
    double many = validator.validate(township, LocalSearchBaseline.regroup(township, planned, seed, 50))
        .metrics().districtImbalance();
    // The first five starts of fifty are the same five starts: the same random generator, drawn in the same order.
    assertThat(many).isLessThanOrEqualTo(few);
  }

  @Property(tries = 20)
  void chainTownshipsAreChains(@ForAll("chainTownships") Township township) {
    // Village n borders village n+1, and no village further than n+3 (a village has at least two units, the strip
    // is at most three wide): the shape the properties above are about.
    Map<Object, Integer> position = new HashMap<>();
    township.villages().forEach(v -> position.put(v.id(),
        Integer.parseInt(v.id().value().substring("C-V".length()))));
    Map<Object, Object> villageOf = new HashMap<>();
    township.villages().forEach(v -> v.units().forEach(u -> villageOf.put(u.id(), v.id())));
    Set<Integer> linked = new HashSet<>();
    township.unitAdjacency().edges().forEach(e -> {
      int a = position.get(villageOf.get(e.nodeU()));
      int b = position.get(villageOf.get(e.nodeV()));
      assertThat(Math.abs(a - b)).isLessThanOrEqualTo(3);
      if (Math.abs(a - b) == 1) {
        linked.add(Math.min(a, b));
      }
    });
    assertThat(linked).hasSize(township.villages().size() - 1);
  }
}
