package org.grid.testkit.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamLevel;
import org.grid.core.model.team.TeamPolicy;
import org.grid.core.model.team.TeamProposer;
import org.grid.escalation.model.Place;

/** Laws of the seams between a planned township, its teams and its requests' places. */
class PlanSeamProperties {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");

  @Provide
  Arbitrary<Township> townships() {
    return TownshipArbitraries.townships(6, 30);
  }

  private static Plan plan(Township township, int districts) {
    PartitionPolicy policy = PartitionPolicy.defaults().withDistricts(Math.min(districts, township.villages().size()));
    return PartitionPlanner.create().plan(township, policy).plan();
  }

  private static Map<GridId, DistrictId> listedIn(Plan plan) {
    Map<GridId, DistrictId> districts = new HashMap<>();
    for (District district : plan.districts()) {
      district.grids().forEach(grid -> districts.put(grid, district.id()));
    }
    return districts;
  }

  @Property(tries = 30)
  void thePlansServedGridsAreItsGridsInOrderAndCoverEveryUnitOnce(
      @ForAll("townships") Township township, @ForAll @IntRange(min = 1, max = 8) int districts) {
    Plan plan = plan(township, districts);
    Map<GridId, DistrictId> listedIn = listedIn(plan);

    List<ServedGrid> served = ServedGrid.allOf(plan);

    assertThat(served).extracting(ServedGrid::id).containsExactlyElementsOf(plan.grids().stream().map(Grid::id)
        .toList());
    assertThat(served).allSatisfy(grid -> assertThat(grid.district()).isEqualTo(listedIn.get(grid.id())));
    assertThat(served.stream().flatMap(grid -> grid.units().stream()).toList())
        .containsExactlyInAnyOrderElementsOf(township.units().stream().map(Unit::id).toList());
    assertThat(served).allSatisfy(grid -> assertThat(grid.units())
        .allSatisfy(unit -> assertThat(township.villageOf(unit)).contains(grid.village())));
  }

  @Property(tries = 30)
  void everyGridOfThePlanHasThePlaceOfItsTownshipDistrictAndVillage(
      @ForAll("townships") Township township, @ForAll @IntRange(min = 1, max = 8) int districts) {
    Plan plan = plan(township, districts);
    Map<GridId, DistrictId> listedIn = listedIn(plan);

    for (Grid grid : plan.grids()) {
      Place place = Place.of(township, plan, grid.id());
      assertThat(place).isEqualTo(
          new Place(township.county(), township.id(), listedIn.get(grid.id()), grid.village(), grid.id()));
    }
    GridId unknown = GridId.of("not-" + plan.grids().get(0).id().value());
    assertThatThrownBy(() -> Place.of(township, plan, unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(unknown.value());
  }

  @Property(tries = 20)
  void aPlanGetsOneTeamPerGridPerDistrictAndForTheTownship(
      @ForAll("townships") Township township, @ForAll @IntRange(min = 1, max = 8) int districts) {
    Plan plan = plan(township, districts);

    List<Team> teams = TeamProposer.propose(township, plan, Roster.of(township.id(), List.of()),
        TeamPolicy.defaults(), AT).teams();

    assertThat(teams.stream().filter(team -> team.level() == TeamLevel.VILLAGE_GRID)).hasSize(plan.grids().size());
    assertThat(teams.stream().filter(team -> team.level() == TeamLevel.DISTRICT_GRID))
        .hasSize(plan.districts().size());
    assertThat(teams.stream().filter(team -> team.level() == TeamLevel.TOWNSHIP_GRID)).hasSize(1);
  }
}
