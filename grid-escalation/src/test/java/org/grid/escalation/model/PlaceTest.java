package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.GridPlace;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.junit.jupiter.api.Test;

/** A request's place from the core's township and plan, without putting it together by hand. */
class PlaceTest {

  private static final CountyId COUNTY = CountyId.of("C1");
  private static final TownshipId T = TownshipId.of("T01");
  private static final VillageId WUDU = VillageId.of("T01-V04");
  private static final GridId N1 = GridId.of("T01-V04-N1");
  private static final DistrictId D1 = DistrictId.of("T01-D1");

  private static final Township TOWNSHIP = Township.builder(COUNTY, T, "示范乡")
      .village(Village.of(WUDU, "五都村", List.of(Unit.of(UnitId.of("T01-V04-G01"), "1组", 54))))
      .build();
  private static final Plan PLAN = Plan.of(T, PartitionPolicy.defaults(),
      List.of(Grid.of(N1, WUDU, List.of(UnitId.of("T01-V04-G01")))), List.of(District.of(D1, List.of(N1))));

  @Test
  void aGridOfThePlanHasThePlaceOfItsCountyTownshipDistrictAndVillage() {
    assertThat(Place.of(TOWNSHIP, PLAN, N1)).isEqualTo(new Place(COUNTY, T, D1, WUDU, N1));
  }

  @Test
  void theCoresPlaceIsTheSamePlace() {
    assertThat(Place.of(new GridPlace(COUNTY, T, D1, WUDU, N1))).isEqualTo(new Place(COUNTY, T, D1, WUDU, N1));
  }

  @Test
  void everyGridThePlannerMakesHasAPlaceInTheTownshipsCounty() {
    Township township = Township.builder(CountyId.of("C2"), T, "示范乡")
        .village(Village.of(WUDU, "五都村", List.of(
            Unit.of(UnitId.of("T01-V04-G01"), "1组", 200), Unit.of(UnitId.of("T01-V04-G02"), "2组", 200))))
        .adjacent(UnitId.of("T01-V04-G01"), UnitId.of("T01-V04-G02"))
        .build();
    Plan plan = PartitionPlanner.create().plan(township, PartitionPolicy.defaults().withDistricts(1)).plan();

    assertThat(plan.grids()).hasSize(2).allSatisfy(grid -> {
      Place place = Place.of(township, plan, grid.id());
      assertThat(place.county()).isEqualTo(CountyId.of("C2"));
      assertThat(place.grid()).isEqualTo(grid.id());
      assertThat(place.village()).isEqualTo(WUDU);
      assertThat(place.district()).isEqualTo(plan.districts().get(0).id());
    });
  }

  @Test
  void aGridNotInThePlanIsNamed() {
    assertThatThrownBy(() -> Place.of(TOWNSHIP, PLAN, GridId.of("T01-V04-N9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V04-N9 is not in the plan of township T01");
  }

  @Test
  void aPlanOfAnotherTownshipIsRefused() {
    Plan other = Plan.of(TownshipId.of("T02"), PLAN.policy(), PLAN.grids(), PLAN.districts());

    assertThatThrownBy(() -> Place.of(TOWNSHIP, other, N1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan is of township T02, not of township T01");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> Place.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Place.of(TOWNSHIP, null, N1)).isInstanceOf(NullPointerException.class);
  }
}
