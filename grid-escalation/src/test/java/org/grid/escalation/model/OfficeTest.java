package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfficeTest {

  /** A village id of the greatest length (64) and a grid suffix: 80 characters, as GridId allows. */
  private static final String VILLAGE_64 = "村".repeat(60) + "-V04";
  private static final String GRID_80 = VILLAGE_64 + "-N1".repeat(5) + "1";
  private static final Place PLACE = Fixtures.PLACE;
  private static final Place OTHER_COUNTY = new Place(CountyId.of("C2"), PLACE.township(), PLACE.district(),
      PLACE.village(), PLACE.grid());

  @Test
  void the_longest_grid_id_is_a_village_grid_unit_and_one_more_character_is_refused_naming_the_unit() {
    assertThat(GRID_80).hasSize(GridId.MAX_LENGTH);
    assertThat(Office.at(Tier.VILLAGE_GRID, GRID_80, PLACE).unit()).isEqualTo(GRID_80);

    assertThatThrownBy(() -> Office.at(Tier.VILLAGE_GRID, GRID_80 + "2", PLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit must be at most 80 characters at VILLAGE_GRID, was 81");
  }

  @Test
  void a_place_on_a_grid_with_an_80_character_id_has_its_village_grid_office_and_that_office_covers_it() {
    Place place = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"), VillageId.of(VILLAGE_64),
        GridId.of(GRID_80));

    Office village = Office.of(Tier.VILLAGE_GRID, place);

    assertThat(village).isEqualTo(Office.at(Tier.VILLAGE_GRID, GRID_80, place));
    assertThat(village.covers(place)).isTrue();
    assertThat(Office.of(Tier.DISTRICT_GRID, place).covers(place)).isTrue();
  }

  /** Above the village grid the unit is a district, township or department id: 64 characters at most. */
  @ParameterizedTest
  @EnumSource(value = Tier.class, names = {"DISTRICT_GRID", "TOWNSHIP_OFFICE", "DEPARTMENT"})
  void above_the_village_grid_a_unit_is_at_most_64_characters(Tier tier) {
    String unit64 = "片".repeat(64);
    assertThat(Office.at(tier, unit64, PLACE).unit()).isEqualTo(unit64);

    assertThatThrownBy(() -> Office.at(tier, unit64 + "x", PLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit must be at most 64 characters at " + tier + ", was 65");
    assertThatThrownBy(() -> Office.at(tier, GRID_80, PLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unit must be at most 64 characters");
  }

  @ParameterizedTest
  @EnumSource(Tier.class)
  void a_blank_padded_or_controlled_unit_is_refused_at_every_tier(Tier tier) {
    assertThatThrownBy(() -> Office.at(tier, " ", PLACE)).hasMessage("unit must not be blank");
    assertThatThrownBy(() -> Office.at(tier, " G1", PLACE)).hasMessageStartingWith("unit must not start or end");
    assertThatThrownBy(() -> Office.at(tier, "G\n1", PLACE)).hasMessage("unit must not contain control characters");
    assertThatThrownBy(() -> Office.at(tier, null, PLACE)).isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
    assertThatThrownBy(() -> Office.at(null, "G1", PLACE)).isInstanceOf(NullPointerException.class)
        .hasMessage("tier");
  }

  @Test
  void each_tier_has_exactly_the_parts_of_its_path_and_no_others() {
    assertThat(Office.of(Tier.VILLAGE_GRID, PLACE).path()).containsExactly("C1", "T01", "T01-D1", "T01-V04",
        "T01-V04-N1");
    assertThat(Office.of(Tier.DISTRICT_GRID, PLACE).path()).containsExactly("C1", "T01", "T01-D1");
    assertThat(Office.of(Tier.TOWNSHIP_OFFICE, PLACE).path()).containsExactly("C1", "T01");
    assertThat(Office.of(Tier.COUNTY_OFFICE, PLACE).path()).containsExactly("C1");
    assertThat(Office.department(PLACE.county(), Fixtures.LAND).path()).containsExactly("C1", "natural-resources");

    CountyId c1 = PLACE.county();
    assertThatThrownBy(() -> new Office(Tier.DISTRICT_GRID, c1, null, null, null, "D1"))
        .isInstanceOf(NullPointerException.class).hasMessage("township");
    assertThatThrownBy(() -> new Office(Tier.TOWNSHIP_OFFICE, c1, PLACE.township(), null, null, "T01"))
        .hasMessage("township must be absent from an office at TOWNSHIP_OFFICE");
    assertThatThrownBy(() -> new Office(Tier.COUNTY_OFFICE, c1, null, null, null, "C2"))
        .hasMessage("unit of a county office must be its county's id");
    assertThatThrownBy(() -> new Office(Tier.DEPARTMENT, null, null, null, null, "land"))
        .isInstanceOf(NullPointerException.class).hasMessage("county");
  }

  /** The same units in another county, township or district are another office, and do not cover the place. */
  @ParameterizedTest
  @EnumSource(value = Tier.class, names = "DEPARTMENT", mode = EnumSource.Mode.EXCLUDE)
  void an_office_of_the_same_unit_elsewhere_is_another_office(Tier tier) {
    Office here = Office.of(tier, PLACE);
    Office there = Office.of(tier, OTHER_COUNTY);

    assertThat(there).isNotEqualTo(here);
    assertThat(there.covers(PLACE)).isFalse();
    assertThat(here.covers(PLACE)).isTrue();
  }

  @Test
  void a_department_covers_every_place_of_its_county_and_none_of_another() {
    Office land = Office.department(PLACE.county(), Fixtures.LAND);

    assertThat(land.covers(PLACE)).isTrue();
    assertThat(land.covers(Fixtures.OTHER_PLACE)).isTrue();
    assertThat(land.covers(OTHER_COUNTY)).isFalse();
    assertThat(Office.department(CountyId.of("C2"), Fixtures.LAND)).isNotEqualTo(land);
  }

  @Test
  void a_district_office_covers_only_the_places_of_its_own_township() {
    Place otherTownship = new Place(PLACE.county(), TownshipId.of("T02"), PLACE.district(), PLACE.village(),
        PLACE.grid());

    assertThat(Office.of(Tier.DISTRICT_GRID, PLACE).covers(otherTownship)).isFalse();
    assertThat(Office.of(Tier.VILLAGE_GRID, PLACE).covers(otherTownship)).isFalse();
  }
}
