package org.grid.core.model.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.junit.jupiter.api.Test;

/**
 * The planner on handmade townships, including those that make a hard rule impossible: it returns its best plan
 * and names each broken rule with the reason, never throwing.
 */
class PartitionPlannerTest {

  /** A row of villages, each a row of units; consecutive units and the ends of neighbouring villages border. */
  static Township row(int[][] households, boolean linkVillages) {
    Township.Builder builder = Township.builder(CountyId.of("C1"), TownshipId.of("T"), "测试乡");
    UnitId previous = null;
    for (int v = 0; v < households.length; v++) {
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < households[v].length; u++) {
        units.add(Unit.of(UnitId.of(String.format("T-V%02d-G%02d", v + 1, u + 1)), (u + 1) + "组", households[v][u]));
      }
      builder.village(Village.of(VillageId.of(String.format("T-V%02d", v + 1)), "村" + (v + 1), units));
      for (int u = 0; u < units.size(); u++) {
        UnitId id = units.get(u).id();
        if (previous != null && (u > 0 || linkVillages)) {
          builder.adjacent(previous, id);
        }
        previous = id;
      }
    }
    builder.adjacencyKnown();
    return builder.build();
  }

  private static List<PartitionRule> errorRules(PlanResult result) {
    return result.validation().errors().stream().map(Violation::rule).toList();
  }

  @Test
  void aSatisfiableTownshipGetsAPlanWithoutErrors() {
    Township township = row(new int[][] {{100, 120, 90, 110}, {80, 60}, {150, 160}, {70, 50, 60}}, true);
    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(2));
    assertThat(result.validation().hasErrors()).as(result.validation().toString()).isFalse();
    assertThat(result.plan().grids()).extracting(g -> g.id().value())
        .containsExactly("T-V01-N1", "T-V01-N2", "T-V02-N1", "T-V03-N1", "T-V03-N2", "T-V04-N1");
    assertThat(result.plan().districts()).hasSize(2);
  }

  @Test
  void aVillageOfOneUnitOf450HouseholdsIsNamedNotThrown() {
    Township township = row(new int[][] {{450}, {120, 80}}, true);
    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(1));
    assertThat(errorRules(result)).containsExactly(PartitionRule.GRID_COUNT);
    Violation error = result.validation().errors().get(0);
    assertThat(error.subjects()).containsExactly("T-V01");
    assertThat(error.message()).contains("450 households").contains("only 1 unit").contains("never cut");
  }

  @Test
  void aVillageInTwoPiecesIsNamedWithTheReason() {
    Township.Builder builder = Township.builder(CountyId.of("C1"), TownshipId.of("T"), "测试乡")
        .village(Village.of(VillageId.of("T-V01"), "断村", List.of(
            Unit.of(UnitId.of("T-V01-G01"), "1组", 60), Unit.of(UnitId.of("T-V01-G02"), "2组", 70))))
        .village(Village.of(VillageId.of("T-V02"), "邻村", List.of(Unit.of(UnitId.of("T-V02-G01"), "1组", 90))));
    builder.adjacent(UnitId.of("T-V01-G01"), UnitId.of("T-V02-G01"));
    builder.adjacent(UnitId.of("T-V02-G01"), UnitId.of("T-V01-G02"));
    PlanResult result = PartitionPlanner.create().plan(builder.build(), PartitionPolicy.defaults().withDistricts(1));
    assertThat(errorRules(result)).containsExactly(PartitionRule.GRID_CONTIGUOUS);
    assertThat(result.validation().errors().get(0).message()).contains("itself in 2 pieces");
  }

  @Test
  void anIslandVillageIsNamedWithTheReason() {
    Township township = row(new int[][] {{100, 100}, {150}, {180}}, false);
    // Village 1 borders nothing: its units border each other only; villages 2 and 3 do not border either.
    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(2));
    assertThat(errorRules(result)).contains(PartitionRule.DISTRICT_CONTIGUOUS);
    assertThat(result.validation().errors()).anySatisfy(v -> assertThat(v.message()).contains("no other village"));
  }

  @Test
  void fewerVillagesThanDistrictsIsNamedWithTheReason() {
    Township township = row(new int[][] {{100, 100}, {150}, {180}}, true);
    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
    assertThat(errorRules(result)).containsExactly(PartitionRule.DISTRICT_COUNT);
    assertThat(result.plan().districts()).hasSize(3);
    assertThat(result.validation().errors().get(0).message()).contains("only 3 villages");
  }

  @Test
  void withoutAdjacencyNothingIsCheckedForConnectednessAndBalanceStillCounts() {
    Township township = Township.builder(CountyId.of("C1"), TownshipId.of("T"), "测试乡")
        .village(Village.of(VillageId.of("T-V01"), "甲村", List.of(
            Unit.of(UnitId.of("T-V01-G01"), "1组", 100), Unit.of(UnitId.of("T-V01-G02"), "2组", 110),
            Unit.of(UnitId.of("T-V01-G03"), "3组", 190))))
        .build();
    PlanResult result = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(1));
    assertThat(result.validation().violations()).isEmpty();
    assertThat(result.plan().grids()).hasSize(2);
    assertThat(result.validation().metrics().villageImbalance()).isLessThan(0.06);
  }

  @Test
  void villagesWhoseUnitsAllBorderEachOtherArePlannedInBoundedTimeAndTheSameEveryTime() {
    // Ten villages of 16 units of 70 to 80 households, every unit bordering every other of its village (as in a
    // township without adjacency): the exact split of each once took about a second and hundreds of megabytes.
    java.util.Random random = new java.util.Random(5);
    Township.Builder builder = Township.builder(CountyId.of("C1"), TownshipId.of("T"), "测试乡");
    for (int v = 1; v <= 10; v++) {
      List<Unit> units = new ArrayList<>();
      for (int u = 1; u <= 16; u++) {
        units.add(Unit.of(UnitId.of(String.format("T-V%02d-G%02d", v, u)), u + "组", 70 + random.nextInt(11)));
      }
      builder.village(Village.of(VillageId.of(String.format("T-V%02d", v)), "村" + v, units));
      for (int a = 0; a < 16; a++) {
        for (int b = a + 1; b < 16; b++) {
          builder.adjacent(units.get(a).id(), units.get(b).id());
        }
      }
      if (v > 1) {
        builder.adjacent(UnitId.of(String.format("T-V%02d-G16", v - 1)), units.get(0).id());
      }
    }
    builder.adjacencyKnown();
    Township township = builder.build();
    // Bounded by the steps of VillageSplitter's budgets (VillageSplitterProperties), not timed here.
    PlanResult first = PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
    assertThat(first.validation().hasErrors()).as(first.validation().toString()).isFalse();
    assertThat(first.plan().grids()).hasSize(60);
    assertThat(PartitionPlanner.create().plan(township, PartitionPolicy.defaults()).plan()).isEqualTo(first.plan());
  }

  @Test
  void keepExistingKeepsABalancedAssignmentAsItIs() {
    Township base = row(new int[][] {{100, 100}, {120, 90}, {200}, {190}}, true);
    Township.Builder builder = Township.builder(base.county(), base.id(), base.name());
    base.villages().forEach(builder::village);
    base.unitAdjacency().edges().forEach(e -> builder.adjacent(e.nodeU(), e.nodeV()));
    builder.existingDistrict(ExistingDistrict.of(DistrictId.of("T-D1"), "第1片区",
        List.of(VillageId.of("T-V01"), VillageId.of("T-V02"))));
    builder.existingDistrict(ExistingDistrict.of(DistrictId.of("T-D2"), "第2片区",
        List.of(VillageId.of("T-V03"), VillageId.of("T-V04"))));
    PlanResult result = PartitionPlanner.create()
        .plan(builder.build(), PartitionPolicy.defaults().withDistricts(2).withKeepExisting(true));
    assertThat(result.validation().violations()).isEmpty();
    assertThat(result.validation().metrics().movedVillages()).isZero();
    assertThat(result.plan().districts()).extracting(d -> d.id().value()).containsExactly("T-D1", "T-D2");
  }

  @Test
  void villagesSharingATagAreKeptTogetherWhenBalanceAllows() {
    // Four villages of 100 households in a ring V01-V02-V03-V04-V01; V01 and V02 grow tea, V03 and V04 bamboo.
    // Both ways of cutting the ring into two districts are equally balanced and compact; tags decide.
    Township.Builder builder = Township.builder(CountyId.of("C1"), TownshipId.of("T"), "测试乡");
    String[] tags = {"tea", "tea", "bamboo", "bamboo"};
    for (int v = 1; v <= 4; v++) {
      Unit unit = Unit.of(UnitId.of("T-V0" + v + "-G01"), "1组", 100).withTags(List.of(tags[v - 1]));
      builder.village(Village.of(VillageId.of("T-V0" + v), "村" + v, List.of(unit)));
    }
    for (int v = 1; v <= 4; v++) {
      builder.adjacent(UnitId.of("T-V0" + v + "-G01"), UnitId.of("T-V0" + (v % 4 + 1) + "-G01"));
    }
    PlanResult result = PartitionPlanner.create().plan(builder.build(), PartitionPolicy.defaults().withDistricts(2));
    assertThat(result.validation().violations()).isEmpty();
    assertThat(result.plan().districts()).extracting(d -> d.grids().stream().map(g -> g.value()).toList())
        .containsExactlyInAnyOrder(List.of("T-V01-N1", "T-V02-N1"), List.of("T-V03-N1", "T-V04-N1"));
  }
}
