package org.grid.testkit.partition;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.graph.EndpointPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PartitionRule;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.PlanValidator;
import org.grid.core.model.partition.Validation;
import org.grid.core.model.partition.Violation;

/** Laws of the planner and the validator on generated townships. */
class PartitionProperties {

  private final PartitionPlanner planner = PartitionPlanner.create();
  private final PlanValidator validator = PlanValidator.create();

  @Provide
  Arbitrary<Township> townships() {
    return TownshipArbitraries.townships(6, 40);
  }

  private static PartitionPolicy policy(Township township, int districts) {
    return PartitionPolicy.defaults().withDistricts(Math.min(districts, township.villages().size()));
  }

  @Property(tries = 40)
  void aSatisfiableTownshipIsPlannedWithoutErrors(
      @ForAll("townships") Township township, @ForAll @IntRange(min = 1, max = 8) int districts) {
    PlanResult result = planner.plan(township, policy(township, districts));
    assertThat(result.validation().errors()).isEmpty();
    assertThat(result.plan().districts()).hasSize(Math.min(districts, township.villages().size()));
  }

  @Property(tries = 40)
  void everyUnitIsInExactlyOneGridOfItsOwnVillage(
      @ForAll("townships") Township township, @ForAll @IntRange(min = 1, max = 8) int districts) {
    Plan plan = planner.plan(township, policy(township, districts)).plan();
    Map<UnitId, Integer> count = new HashMap<>();
    for (Grid grid : plan.grids()) {
      for (UnitId unit : grid.units()) {
        count.merge(unit, 1, Integer::sum);
        assertThat(township.villageOf(unit)).contains(grid.village());
      }
    }
    assertThat(count.keySet()).containsExactlyInAnyOrderElementsOf(
        township.units().stream().map(Unit::id).toList());
    assertThat(count.values()).containsOnly(1);
  }

  @Property(tries = 25)
  void theKeepModeAlsoPlansWithoutErrors(
      @ForAll("townships") Township generated, @ForAll @IntRange(min = 2, max = 8) int districts) {
    Township township = TownshipGenerator.generate(generated.villages().size(),
        Math.min(districts, generated.villages().size()), generated.households());
    PlanResult result = planner.plan(township,
        policy(township, districts).withKeepExisting(true));
    assertThat(result.validation().errors()).isEmpty();
    assertThat(result.validation().metrics().movedVillages()).isLessThanOrEqualTo(township.villages().size());
  }

  @Property(tries = 25)
  void planningIsInvariantUnderShufflingTheInput(
      @ForAll("townships") Township township, @ForAll @IntRange(min = 1, max = 8) int districts,
      @ForAll long shuffleSeed) {
    PartitionPolicy policy = policy(township, districts);
    PlanResult original = planner.plan(township, policy);
    PlanResult shuffled = planner.plan(TownshipGenerator.shuffled(township, shuffleSeed), policy);
    assertThat(shuffled.plan()).isEqualTo(original.plan());
    assertThat(shuffled.validation()).isEqualTo(original.validation());
  }

  @Property(tries = 30)
  void aUnitMovedAcrossAVillageBorderIsFlagged(@ForAll("townships") Township township, @ForAll long pick) {
    Plan plan = planner.plan(township, policy(township, 4)).plan();
    List<EndpointPair<UnitId>> crossing = township.unitAdjacency().edges().stream()
        .filter(e -> !township.villageOf(e.nodeU()).equals(township.villageOf(e.nodeV())))
        .sorted((a, b) -> (a.nodeU().value() + a.nodeV().value()).compareTo(b.nodeU().value() + b.nodeV().value()))
        .toList();
    Assume.that(!crossing.isEmpty());
    EndpointPair<UnitId> edge = crossing.get(Math.floorMod(pick, crossing.size()));
    UnitId moved = edge.nodeU();
    List<Grid> grids = new ArrayList<>();
    for (Grid grid : plan.grids()) {
      List<UnitId> units = new ArrayList<>(grid.units());
      units.remove(moved);
      if (grid.units().contains(edge.nodeV())) {
        units.add(moved);
      }
      grids.add(Grid.of(grid.id(), grid.village(), units));
    }
    Validation validation = validator.validate(township, Plan.of(plan.township(), plan.policy(), grids,
        plan.districts()));
    assertThat(validation.errors()).anySatisfy(v -> {
      assertThat(v.rule()).isEqualTo(PartitionRule.GRID_CROSSES_VILLAGE);
      assertThat(v.subjects()).contains(moved.value());
    });
  }

  @Property(tries = 30)
  void aGridCutInTwoIsFlagged(@ForAll("townships") Township township, @ForAll long pick) {
    Plan plan = planner.plan(township, policy(township, 4)).plan();
    List<Grid> splittable = plan.grids().stream().filter(g -> g.units().size() > 1).toList();
    Assume.that(!splittable.isEmpty());
    Grid victim = splittable.get(Math.floorMod(pick, splittable.size()));
    GridId extra = GridId.of(victim.id().value() + "-cut");
    List<Grid> grids = new ArrayList<>();
    for (Grid grid : plan.grids()) {
      if (grid.equals(victim)) {
        grids.add(Grid.of(grid.id(), grid.village(), grid.units().subList(1, grid.units().size())));
        grids.add(Grid.of(extra, grid.village(), grid.units().subList(0, 1)));
      } else {
        grids.add(grid);
      }
    }
    List<District> districts = new ArrayList<>();
    for (District district : plan.districts()) {
      List<GridId> members = new ArrayList<>(district.grids());
      if (members.contains(victim.id())) {
        members.add(extra);
      }
      districts.add(District.of(district.id(), members));
    }
    Validation validation = validator.validate(township, Plan.of(plan.township(), plan.policy(), grids, districts));
    assertThat(validation.errors()).anySatisfy(v -> {
      assertThat(v.rule()).isEqualTo(PartitionRule.GRID_COUNT);
      assertThat(v.subjects()).containsExactly(victim.village().value());
    });
  }

  @Property(tries = 30)
  void aDistrictMadeDisconnectedIsFlagged(@ForAll("townships") Township township, @ForAll long pick) {
    Plan plan = planner.plan(township, policy(township, 4)).plan();
    Map<GridId, VillageId> villageOfGrid = new HashMap<>();
    plan.grids().forEach(g -> villageOfGrid.put(g.id(), g.village()));
    // Find a village and a district that neither holds it nor borders it.
    List<String[]> options = new ArrayList<>();
    for (District target : plan.districts()) {
      Set<VillageId> inside = new HashSet<>();
      target.grids().forEach(g -> inside.add(villageOfGrid.get(g)));
      for (VillageId village : township.villages().stream().map(v -> v.id()).sorted().toList()) {
        boolean borders = township.villageAdjacency().adjacentNodes(village).stream().anyMatch(inside::contains);
        if (!inside.contains(village) && !borders) {
          options.add(new String[] {village.value(), target.id().value()});
        }
      }
    }
    Assume.that(!options.isEmpty());
    String[] option = options.get(Math.floorMod(pick, options.size()));
    VillageId village = VillageId.of(option[0]);
    List<District> districts = new ArrayList<>();
    List<GridId> movedGrids = plan.grids().stream().filter(g -> g.village().equals(village)).map(Grid::id).toList();
    for (District district : plan.districts()) {
      List<GridId> members = new ArrayList<>(district.grids());
      members.removeAll(movedGrids);
      if (district.id().value().equals(option[1])) {
        members.addAll(movedGrids);
      }
      districts.add(District.of(district.id(), members));
    }
    Validation validation = validator.validate(township,
        Plan.of(plan.township(), plan.policy(), plan.grids(), districts));
    assertThat(validation.errors()).extracting(Violation::rule).contains(PartitionRule.DISTRICT_CONTIGUOUS);
    assertThat(validation.errors()).filteredOn(v -> v.rule() == PartitionRule.DISTRICT_CONTIGUOUS)
        .anySatisfy(v -> assertThat(v.subjects()).contains(option[0], option[1]));
  }

  @Property(tries = 40)
  void aBrokenTownshipStillGetsAPlanWithOnlyItsImpossibilitiesNamed(
      @ForAll("townships") Township generated, @ForAll @IntRange(min = 1, max = 12) int districts,
      @ForAll @IntRange(min = 0, max = 60) int dropPercent, @ForAll long dropSeed) {
    // Drop borders at random: villages fall into pieces, some become islands, the township splits.
    java.util.Random random = new java.util.Random(dropSeed);
    Township.Builder builder = Township.builder(generated.county(), generated.id(), generated.name());
    generated.villages().forEach(builder::village);
    generated.unitAdjacency().edges().stream()
        .sorted((a, b) -> (a.nodeU().value() + "|" + a.nodeV().value()).compareTo(b.nodeU().value() + "|" + b.nodeV().value()))
        .filter(e -> random.nextInt(100) >= dropPercent)
        .forEach(e -> builder.adjacent(e.nodeU(), e.nodeV()));
    builder.adjacencyKnown();
    Township township = builder.build();

    PlanResult result = planner.plan(township, PartitionPolicy.defaults().withDistricts(districts));

    Set<UnitId> placed = new HashSet<>();
    result.plan().grids().forEach(g -> g.units().forEach(u -> assertThat(placed.add(u)).isTrue()));
    assertThat(placed).hasSize(township.units().size());
    assertThat(result.validation().errors()).extracting(Violation::rule).allMatch(rule ->
        Set.of(PartitionRule.GRID_CONTIGUOUS, PartitionRule.GRID_COUNT, PartitionRule.DISTRICT_CONTIGUOUS,
            PartitionRule.DISTRICT_COUNT).contains(rule));
    assertThat(result.validation()).isEqualTo(validator.validate(township, result.plan()));
  }
}
