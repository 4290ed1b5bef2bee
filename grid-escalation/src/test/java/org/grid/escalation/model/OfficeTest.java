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

  @Test
  void the_longest_grid_id_is_a_village_grid_unit_and_one_more_character_is_refused_naming_the_unit() {
    assertThat(GRID_80).hasSize(GridId.MAX_LENGTH);
    assertThat(new Office(Tier.VILLAGE_GRID, GRID_80).unit()).isEqualTo(GRID_80);

    assertThatThrownBy(() -> new Office(Tier.VILLAGE_GRID, GRID_80 + "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit must be at most 80 characters at VILLAGE_GRID, was 81");
  }

  @Test
  void a_place_on_a_grid_with_an_80_character_id_has_its_village_grid_office_and_that_office_covers_it() {
    Place place = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"), VillageId.of(VILLAGE_64),
        GridId.of(GRID_80));

    Office village = Office.of(Tier.VILLAGE_GRID, place);

    assertThat(village).isEqualTo(new Office(Tier.VILLAGE_GRID, GRID_80));
    assertThat(village.covers(place)).isTrue();
    assertThat(Office.of(Tier.DISTRICT_GRID, place).covers(place)).isTrue();
  }

  /** Above the village grid the unit is a district, township, county or department id: 64 characters at most. */
  @ParameterizedTest
  @EnumSource(value = Tier.class, names = "VILLAGE_GRID", mode = EnumSource.Mode.EXCLUDE)
  void above_the_village_grid_a_unit_is_at_most_64_characters(Tier tier) {
    String unit64 = "片".repeat(64);
    assertThat(new Office(tier, unit64).unit()).isEqualTo(unit64);

    assertThatThrownBy(() -> new Office(tier, unit64 + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit must be at most 64 characters at " + tier + ", was 65");
    assertThatThrownBy(() -> new Office(tier, GRID_80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unit must be at most 64 characters");
  }

  @ParameterizedTest
  @EnumSource(Tier.class)
  void a_blank_padded_or_controlled_unit_is_refused_at_every_tier(Tier tier) {
    assertThatThrownBy(() -> new Office(tier, " ")).hasMessage("unit must not be blank");
    assertThatThrownBy(() -> new Office(tier, " G1")).hasMessageStartingWith("unit must not start or end");
    assertThatThrownBy(() -> new Office(tier, "G\n1")).hasMessage("unit must not contain control characters");
    assertThatThrownBy(() -> new Office(tier, null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    assertThatThrownBy(() -> new Office(null, "G1")).isInstanceOf(NullPointerException.class).hasMessage("tier");
  }
}
