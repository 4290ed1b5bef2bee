package org.grid.core.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.core.model.team.TeamFixtures.SHIMEN;
import static org.grid.core.model.team.TeamFixtures.WUDU;

import java.util.List;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;
import org.junit.jupiter.api.Test;

class ServedGridTest {

  private static final GridId N1 = GridId.of("T01-V04-N1");
  private static final GridId N2 = GridId.of("T01-V04-N2");
  private static final Grid WUDU_N1 = Grid.of(N1, WUDU, List.of(UnitId.of("T01-V04-G01")));
  private static final Grid WUDU_N2 = Grid.of(N2, WUDU, List.of(UnitId.of("T01-V04-G02")));

  private static Plan plan(List<Grid> grids, List<District> districts) {
    return Plan.of(TeamFixtures.T, TeamFixtures.plan().policy(), grids, districts);
  }

  @Test
  void aPlanGivesEachOfItsGridsWithVillageUnitsAndDistrictInThePlansOrder() {
    assertThat(ServedGrid.allOf(TeamFixtures.plan())).containsExactlyElementsOf(TeamFixtures.grids());
  }

  @Test
  void eachGridGetsTheDistrictThatListsItWhateverTheDistrictsOrder() {
    Plan plan = plan(List.of(WUDU_N1, WUDU_N2), List.of(
        District.of(DistrictId.of("D2"), List.of(N2)), District.of(DistrictId.of("D1"), List.of(N1))));

    assertThat(ServedGrid.allOf(plan)).containsExactly(
        ServedGrid.of(N1, WUDU, List.of(UnitId.of("T01-V04-G01")), DistrictId.of("D1")),
        ServedGrid.of(N2, WUDU, List.of(UnitId.of("T01-V04-G02")), DistrictId.of("D2")));
  }

  @Test
  void aGridInNoDistrictIsNamed() {
    Plan plan = plan(List.of(WUDU_N1, WUDU_N2), List.of(District.of(DistrictId.of("D1"), List.of(N1))));

    assertThatThrownBy(() -> ServedGrid.allOf(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V04-N2 is in no district of the plan of township T01");
  }

  @Test
  void aGridInTwoDistrictsIsNamedWithBoth() {
    Plan plan = plan(List.of(WUDU_N1), List.of(
        District.of(DistrictId.of("D1"), List.of(N1)), District.of(DistrictId.of("D2"), List.of(N1))));

    assertThatThrownBy(() -> ServedGrid.allOf(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid T01-V04-N1 is in district D1 and in district D2 of the plan of township T01");
  }

  @Test
  void aGridListedTwiceOrWithoutUnitsIsNamed() {
    Plan twice = plan(List.of(WUDU_N1, Grid.of(N1, SHIMEN, List.of(UnitId.of("T01-V07-G01")))),
        List.of(District.of(DistrictId.of("D1"), List.of(N1))));
    Plan empty = plan(List.of(Grid.of(N1, WUDU, List.of())), List.of(District.of(DistrictId.of("D1"), List.of(N1))));

    assertThatThrownBy(() -> ServedGrid.allOf(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan of township T01 lists grid T01-V04-N1 twice");
    assertThatThrownBy(() -> ServedGrid.allOf(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T01-V04-N1")
        .hasMessageContaining("at least one unit");
  }

  @Test
  void anEmptyPlanServesNoGrid() {
    assertThat(ServedGrid.allOf(plan(List.of(), List.of()))).isEmpty();
    assertThatThrownBy(() -> ServedGrid.allOf(null)).isInstanceOf(NullPointerException.class);
  }
}
