package org.grid.testkit.partition;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PlanResult;
import org.junit.jupiter.api.Test;

/** Townships that once broke the planner, found by the properties, kept as examples. */
class PartitionRegressionTest {

  @Test
  void elevenVillagesInSevenDistrictsDoNotDivideByZeroInTheExactDistrictSearch() {
    // PartitionProperties shrank to this township: the exact district search's window of district sizes opened
    // down to 0 households and the search divided by it.
    Township township = TownshipGenerator.generate(11, 29_232L);

    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(7));

    assertThat(result.plan().grids().stream().mapToInt(grid -> grid.units().size()).sum())
        .isEqualTo(township.units().size());
    assertThat(result.plan().districts()).hasSize(7);
    assertThat(result.validation().hasErrors()).isFalse();
  }
}
