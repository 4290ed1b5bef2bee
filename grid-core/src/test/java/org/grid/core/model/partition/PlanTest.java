package org.grid.core.model.partition;

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
import org.junit.jupiter.api.Test;

/** The place of a plan's grids: county, township, district, village and grid, and every way it cannot be given. */
class PlanTest {

  private static final CountyId COUNTY = CountyId.of("县 C9");
  private static final TownshipId T = TownshipId.of("T01");
  private static final VillageId WUDU = VillageId.of("T01-V04");
  private static final VillageId SHIMEN = VillageId.of("T01-V07");
  private static final GridId N1 = GridId.of("T01-V04-N1");
  private static final GridId N2 = GridId.of("T01-V04-N2");
  private static final GridId S1 = GridId.of("T01-V07-N1");
  private static final DistrictId D1 = DistrictId.of("T01-D1");
  private static final DistrictId D2 = DistrictId.of("T01-D2");

  private static final Township TOWNSHIP = Township.builder(COUNTY, T, "示范乡")
      .village(Village.of(WUDU, "五都村",
          List.of(Unit.of(UnitId.of("T01-V04-G01"), "1组", 150), Unit.of(UnitId.of("T01-V04-G02"), "2组", 160))))
      .village(Village.of(SHIMEN, "石门村", List.of(Unit.of(UnitId.of("T01-V07-G01"), "1组", 180))))
      .build();

  private static final List<Grid> GRIDS = List.of(
      Grid.of(N1, WUDU, List.of(UnitId.of("T01-V04-G01"))),
      Grid.of(N2, WUDU, List.of(UnitId.of("T01-V04-G02"))),
      Grid.of(S1, SHIMEN, List.of(UnitId.of("T01-V07-G01"))));

  private static final Plan PLAN = Plan.of(T, PartitionPolicy.defaults(), GRIDS,
      List.of(District.of(D1, List.of(N1, N2)), District.of(D2, List.of(S1))));

  @Test
  void everyGridOfThePlanHasItsPlaceWithTheTownshipsCounty() {
    assertThat(PLAN.placeOf(TOWNSHIP, N2)).isEqualTo(new GridPlace(COUNTY, T, D1, WUDU, N2));
    assertThat(PLAN.placeOf(TOWNSHIP, S1)).isEqualTo(new GridPlace(COUNTY, T, D2, SHIMEN, S1));
  }

  @Test
  void theDistrictsByGridFollowTheDistrictsAndTheirGrids() {
    assertThat(PLAN.districtsByGrid()).containsExactly(
        java.util.Map.entry(N1, D1), java.util.Map.entry(N2, D1), java.util.Map.entry(S1, D2));
    assertThat(PLAN.grid(S1)).contains(GRIDS.get(2));
    assertThat(PLAN.grid(GridId.of("T01-V99-N1"))).isEmpty();
  }

  @Test
  void aGridNotInThePlanIsNamed() {
    assertThatThrownBy(() -> PLAN.placeOf(TOWNSHIP, GridId.of("T01-V99-N1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V99-N1 is not in the plan of township T01");
  }

  @Test
  void aTownshipOtherThanThePlansIsRefusedNamingBoth() {
    Township other = Township.builder(COUNTY, TownshipId.of("T02"), "别乡")
        .village(Village.of(WUDU, "五都村", List.of(Unit.of(UnitId.of("T01-V04-G01"), "1组", 150))))
        .build();

    assertThatThrownBy(() -> PLAN.placeOf(other, N1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan is of township T01, not of township T02");
  }

  @Test
  void aGridInNoDistrictOrInTwoHasNoPlace() {
    Plan noDistrict = Plan.of(T, PartitionPolicy.defaults(), GRIDS, List.of(District.of(D1, List.of(N1, N2))));
    Plan twoDistricts = Plan.of(T, PartitionPolicy.defaults(), GRIDS,
        List.of(District.of(D1, List.of(N1, N2, S1)), District.of(D2, List.of(S1))));

    assertThatThrownBy(() -> noDistrict.placeOf(TOWNSHIP, S1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V07-N1 is in no district of the plan of township T01");
    assertThat(noDistrict.placeOf(TOWNSHIP, N1).district()).isEqualTo(D1);
    assertThatThrownBy(() -> twoDistricts.placeOf(TOWNSHIP, N1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V07-N1 is in district T01-D1 and in district T01-D2 of the plan of township T01");
  }

  @Test
  void aGridOfAVillageTheTownshipDoesNotHaveHasNoPlace() {
    GridId stray = GridId.of("T01-V99-N1");
    Plan plan = Plan.of(T, PartitionPolicy.defaults(),
        List.of(Grid.of(stray, VillageId.of("T01-V99"), List.of(UnitId.of("T01-V99-G01")))),
        List.of(District.of(D1, List.of(stray))));

    assertThatThrownBy(() -> plan.placeOf(TOWNSHIP, stray))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V99-N1 names village T01-V99, which township T01 does not have");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> PLAN.placeOf(null, N1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PLAN.placeOf(TOWNSHIP, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new GridPlace(null, T, D1, WUDU, N1)).isInstanceOf(NullPointerException.class);
  }
}
