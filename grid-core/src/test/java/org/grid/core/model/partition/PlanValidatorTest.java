package org.grid.core.model.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.junit.jupiter.api.Test;

/** The validator names every broken rule of a hand-drawn plan, not only the first. */
class PlanValidatorTest {

  private final Township township =
      PartitionPlannerTest.row(new int[][] {{100, 120, 90, 110}, {80, 60}, {150, 160}, {70, 50, 60}}, true);

  private static UnitId u(String id) {
    return UnitId.of(id);
  }

  @Test
  void aHandDrawnPlanBreakingManyRulesGetsEveryOneNamed() {
    List<Grid> grids = new ArrayList<>();
    // V01 in one grid although it needs two; its unit G02 also in a second grid; G04 in V02's grid.
    grids.add(Grid.of(GridId.of("A"), VillageId.of("T-V01"), List.of(u("T-V01-G01"), u("T-V01-G02"), u("T-V01-G03"))));
    grids.add(Grid.of(GridId.of("B"), VillageId.of("T-V02"),
        List.of(u("T-V02-G01"), u("T-V02-G02"), u("T-V01-G04"), u("T-V01-G02"))));
    // V03 split, but its second grid is empty and the first holds both.
    grids.add(Grid.of(GridId.of("C"), VillageId.of("T-V03"), List.of(u("T-V03-G01"), u("T-V03-G02"))));
    grids.add(Grid.of(GridId.of("D"), VillageId.of("T-V03"), List.of()));
    // V04: G01 and G03 without G02 (in two pieces); G02 in no grid; an unknown unit.
    grids.add(Grid.of(GridId.of("E"), VillageId.of("T-V04"), List.of(u("T-V04-G01"), u("T-V04-G03"), u("T-X"))));
    List<District> districts = List.of(
        District.of(DistrictId.of("D1"), List.of(GridId.of("A"), GridId.of("E"), GridId.of("C"))),
        District.of(DistrictId.of("D2"), List.of(GridId.of("B"), GridId.of("Z"))));
    Plan plan = Plan.of(TownshipId.of("T"), PartitionPolicy.defaults().withDistricts(3), grids, districts);

    Validation validation = PlanValidator.create().validate(township, plan);

    assertThat(validation.errors()).extracting(Violation::rule).contains(
        PartitionRule.GRID_EMPTY, PartitionRule.UNKNOWN_ID, PartitionRule.UNIT_UNASSIGNED,
        PartitionRule.UNIT_IN_TWO_GRIDS, PartitionRule.GRID_CROSSES_VILLAGE, PartitionRule.GRID_COUNT,
        PartitionRule.GRID_CONTIGUOUS, PartitionRule.GRID_DISTRICT, PartitionRule.DISTRICT_CONTIGUOUS,
        PartitionRule.DISTRICT_COUNT);
    assertThat(validation.errors()).filteredOn(v -> v.rule() == PartitionRule.UNIT_UNASSIGNED)
        .singleElement().satisfies(v -> assertThat(v.subjects()).containsExactly("T-V04-G02"));
    assertThat(validation.errors()).filteredOn(v -> v.rule() == PartitionRule.GRID_CROSSES_VILLAGE)
        .singleElement().satisfies(v -> assertThat(v.subjects()).contains("B", "T-V01-G04", "T-V01-G02"));
    assertThat(validation.errors()).filteredOn(v -> v.rule() == PartitionRule.GRID_DISTRICT)
        .extracting(v -> v.subjects().get(0)).contains("D2", "D");
    assertThat(validation.errors()).allSatisfy(v -> assertThat(v.message()).endsWith("."));
  }

  /** A plan of {@link #township} without any violation. */
  private static List<Grid> validGrids() {
    return List.of(
        Grid.of(GridId.of("A"), VillageId.of("T-V01"), List.of(u("T-V01-G01"), u("T-V01-G02"))),
        Grid.of(GridId.of("B"), VillageId.of("T-V01"), List.of(u("T-V01-G03"), u("T-V01-G04"))),
        Grid.of(GridId.of("C"), VillageId.of("T-V02"), List.of(u("T-V02-G01"), u("T-V02-G02"))),
        Grid.of(GridId.of("D"), VillageId.of("T-V03"), List.of(u("T-V03-G01"))),
        Grid.of(GridId.of("E"), VillageId.of("T-V03"), List.of(u("T-V03-G02"))),
        Grid.of(GridId.of("F"), VillageId.of("T-V04"), List.of(u("T-V04-G01"), u("T-V04-G02"), u("T-V04-G03"))));
  }

  private static List<District> validDistricts() {
    return List.of(
        District.of(DistrictId.of("D1"), List.of(GridId.of("A"), GridId.of("B"), GridId.of("C"))),
        District.of(DistrictId.of("D2"), List.of(GridId.of("D"), GridId.of("E"), GridId.of("F"))));
  }

  private Validation validate(List<Grid> grids, List<District> districts) {
    return PlanValidator.create()
        .validate(township, Plan.of(TownshipId.of("T"), PartitionPolicy.defaults().withDistricts(2), grids, districts));
  }

  @Test
  void theHandmadeValidPlanHasNoError() {
    Validation validation = validate(validGrids(), validDistricts());
    assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
  }

  @Test
  void aUnitListedTwiceInOneGridIsAnError() {
    List<Grid> grids = new ArrayList<>(validGrids());
    grids.set(0, Grid.of(GridId.of("A"), VillageId.of("T-V01"),
        List.of(u("T-V01-G01"), u("T-V01-G02"), u("T-V01-G01"))));
    grids.set(5, Grid.of(GridId.of("F"), VillageId.of("T-V04"),
        List.of(u("T-V04-G03"), u("T-V04-G01"), u("T-V04-G02"), u("T-V04-G03"), u("T-V04-G01"), u("T-V04-G03"))));

    Validation validation = validate(grids, validDistricts());

    assertThat(validation.errors()).extracting(Violation::rule)
        .containsExactly(PartitionRule.GRID_UNIT_REPEATED, PartitionRule.GRID_UNIT_REPEATED);
    assertThat(validation.errors().get(0).subjects()).containsExactly("A", "T-V01-G01");
    assertThat(validation.errors().get(0).message())
        .isEqualTo("Grid A lists unit T-V01-G01 more than once; list each unit once.");
    assertThat(validation.errors().get(1).subjects()).containsExactly("F", "T-V04-G01", "T-V04-G03");
    assertThat(validation.errors().get(1).message())
        .isEqualTo("Grid F lists units T-V04-G01, T-V04-G03 more than once; list each unit once.");
    // The households count each unit once.
    assertThat(validation.metrics()).isEqualTo(validate(validGrids(), validDistricts()).metrics());
  }

  @Test
  void aGridListedTwiceInOneDistrictIsAnError() {
    List<District> districts = List.of(
        District.of(DistrictId.of("D1"), List.of(GridId.of("A"), GridId.of("B"), GridId.of("C"), GridId.of("A"))),
        District.of(DistrictId.of("D2"), List.of(GridId.of("D"), GridId.of("E"), GridId.of("F"))));

    Validation validation = validate(validGrids(), districts);

    assertThat(validation.errors()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(PartitionRule.DISTRICT_MALFORMED);
      assertThat(v.subjects()).containsExactly("D1", "A");
      assertThat(v.message()).isEqualTo("District D1 lists grid A more than once; list each grid once.");
    });
    assertThat(validation.metrics()).isEqualTo(validate(validGrids(), validDistricts()).metrics());
  }

  @Test
  void violationsCarryTheirRulesSeverity() {
    for (PartitionRule rule : PartitionRule.values()) {
      assertThat(Violation.of(rule, List.of(), "x.").severity()).isEqualTo(rule.severity());
    }
    assertThat(PartitionRule.GRID_CONTIGUOUS.severity()).isEqualTo(Severity.ERROR);
    assertThat(PartitionRule.DISTRICT_BALANCE.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void anUnevenSplitAndUnevenDistrictsAreWarnings() {
    List<Grid> grids = List.of(
        Grid.of(GridId.of("A"), VillageId.of("T-V01"), List.of(u("T-V01-G01"))),
        Grid.of(GridId.of("B"), VillageId.of("T-V01"), List.of(u("T-V01-G02"), u("T-V01-G03"), u("T-V01-G04"))),
        Grid.of(GridId.of("C"), VillageId.of("T-V02"), List.of(u("T-V02-G01"), u("T-V02-G02"))),
        Grid.of(GridId.of("D"), VillageId.of("T-V03"), List.of(u("T-V03-G01"))),
        Grid.of(GridId.of("E"), VillageId.of("T-V03"), List.of(u("T-V03-G02"))),
        Grid.of(GridId.of("F"), VillageId.of("T-V04"), List.of(u("T-V04-G01"), u("T-V04-G02"), u("T-V04-G03"))));
    List<District> districts = List.of(
        District.of(DistrictId.of("D1"), List.of(GridId.of("A"), GridId.of("B"), GridId.of("C"), GridId.of("D"),
            GridId.of("E"))),
        District.of(DistrictId.of("D2"), List.of(GridId.of("F"))));
    Validation validation = PlanValidator.create()
        .validate(township, Plan.of(TownshipId.of("T"), PartitionPolicy.defaults().withDistricts(2), grids, districts));
    assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
    assertThat(validation.warnings()).extracting(Violation::rule)
        .containsExactly(PartitionRule.GRID_BALANCE, PartitionRule.GRID_BALANCE, PartitionRule.DISTRICT_BALANCE);
    assertThat(validation.metrics().villageImbalance()).isCloseTo(110 / 210.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(validation.metrics().districtImbalance()).isGreaterThan(1.0);
  }

  @Test
  void rule2GivesTheDocumentedNumberOfGrids() {
    PartitionPolicy policy = PartitionPolicy.defaults();
    assertThat(policy.gridsFor(80)).isEqualTo(1);
    assertThat(policy.gridsFor(299)).isEqualTo(1);
    assertThat(policy.gridsFor(300)).isEqualTo(2);
    assertThat(policy.gridsFor(499)).isEqualTo(2);
    assertThat(policy.gridsFor(500)).isEqualTo(3);
    assertThat(policy.withTargetHouseholds(100).gridsFor(450)).isEqualTo(5);
  }
}
