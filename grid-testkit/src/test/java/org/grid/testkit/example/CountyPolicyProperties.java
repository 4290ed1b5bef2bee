package org.grid.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.testkit.partition.TownshipArbitraries;

/**
 * The README's example of a county proving a changed policy: grids of about 150 households instead of 200, and six
 * districts. Kept here, as a test, so that the example always compiles and holds.
 */
class CountyPolicyProperties {

  private static final PartitionPolicy OURS = PartitionPolicy.defaults().withTargetHouseholds(150).withDistricts(6);

  @Property(tries = 40)
  void everyVillageGetsOneGridPer150Households(@ForAll("townships") Township township) {
    Plan plan = PartitionPlanner.create().plan(township, OURS).plan();

    for (Village village : township.villages()) {
      long grids = plan.grids().stream().filter(grid -> grid.village().equals(village.id())).count();
      assertThat(grids).isEqualTo(Math.max(1, (long) Math.floor(village.households() / 150.0 + 0.5)));
    }
    assertThat(plan.districts()).hasSizeLessThanOrEqualTo(6);
  }

  @Provide
  Arbitrary<Township> townships() {
    return TownshipArbitraries.townships(6, 30);
  }
}
