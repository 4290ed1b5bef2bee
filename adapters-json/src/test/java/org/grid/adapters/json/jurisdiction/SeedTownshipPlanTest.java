package org.grid.adapters.json.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.util.Map;
import java.util.TreeMap;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PlanResult;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.Test;

/** The planner on the plan's own township, {@code data/township-seed.json}. */
class SeedTownshipPlanTest {

  private final Township seed = TownshipJsonReader.create().read(utf8(SampleData.seedTownshipJson()), "seed");

  @Test
  void threeLargeVillagesGetTwoGridsEveryOtherOne() {
    PlanResult result = PartitionPlanner.create().plan(seed, PartitionPolicy.defaults());
    Map<String, Integer> gridsByVillageName = new TreeMap<>();
    for (Grid grid : result.plan().grids()) {
      String name = seed.village(grid.village()).orElseThrow().name();
      gridsByVillageName.merge(name, 1, Integer::sum);
    }
    assertThat(gridsByVillageName).hasSize(24);
    assertThat(gridsByVillageName).containsEntry("五都村", 2).containsEntry("石门村", 2).containsEntry("王村", 2);
    assertThat(gridsByVillageName.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder("五都村", "石门村", "王村");
  }

  @Test
  void eightConnectedBalancedDistrictsWithoutViolations() {
    PlanResult result = PartitionPlanner.create().plan(seed, PartitionPolicy.defaults());
    assertThat(result.plan().districts()).extracting(d -> d.id().value()).containsExactlyInAnyOrder(
        "T01-D1", "T01-D2", "T01-D3", "T01-D4", "T01-D5", "T01-D6", "T01-D7", "T01-D8");
    // No violation at all: in particular no DISTRICT_CONTIGUOUS, so each of the 8 districts is connected.
    assertThat(result.validation().violations()).isEmpty();
    assertThat(result.validation().metrics().districtImbalance()).isLessThanOrEqualTo(0.15);
  }

  @Test
  void keepingTheCurrentDistrictsMovesFewVillagesAndBalances() {
    PlanResult result = PartitionPlanner.create().plan(seed, PartitionPolicy.defaults().withKeepExisting(true));
    assertThat(result.validation().hasErrors()).isFalse();
    assertThat(result.validation().metrics().districtImbalance()).isLessThanOrEqualTo(0.15);
    assertThat(result.validation().metrics().movedVillages()).isBetween(1, 12);
  }
}
