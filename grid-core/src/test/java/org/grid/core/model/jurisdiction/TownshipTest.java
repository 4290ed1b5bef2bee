package org.grid.core.model.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A township's county: required, kept, and part of its equality. */
class TownshipTest {

  private static Township township(CountyId county) {
    return Township.builder(county, TownshipId.of("T01"), "示范乡")
        .village(Village.of(VillageId.of("T01-V04"), "五都村", List.of(Unit.of(UnitId.of("T01-V04-G01"), "1组", 54))))
        .build();
  }

  @Test
  void aTownshipKeepsItsCounty() {
    assertThat(township(CountyId.of("C1")).county()).isEqualTo(CountyId.of("C1"));
  }

  @Test
  void townshipsInTwoCountiesAreNotEqual() {
    assertThat(township(CountyId.of("C1"))).isEqualTo(township(CountyId.of("C1")))
        .hasSameHashCodeAs(township(CountyId.of("C1")))
        .isNotEqualTo(township(CountyId.of("C2")));
  }

  @Test
  void aTownshipWithoutACountyIsRefused() {
    assertThatThrownBy(() -> Township.builder(null, TownshipId.of("T01"), "示范乡"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("county");
  }
}
