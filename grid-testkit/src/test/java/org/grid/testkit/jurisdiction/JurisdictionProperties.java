package org.grid.testkit.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;

/** Laws of the jurisdiction model's value objects and of the township aggregate. */
class JurisdictionProperties {

  @Property
  void everyValidIdTextMakesAnIdThatKeepsIt(@ForAll("idTexts") String text) {
    assertThat(VillageId.of(text).value()).isEqualTo(text);
    assertThat(UnitId.of(text)).isEqualTo(UnitId.of(text));
    assertThat(HouseholdId.of(text).toString()).isEqualTo(text);
  }

  @Property
  void noInvalidIdTextMakesAnId(@ForAll("invalidIdTexts") String text) {
    assertThatThrownBy(() -> VillageId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void idsOrderAsTheirText(@ForAll("idTexts") String a, @ForAll("idTexts") String b) {
    assertThat(Integer.signum(UnitId.of(a).compareTo(UnitId.of(b)))).isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Property
  void aUnitNeedsAtLeastOneHousehold(@ForAll @IntRange(min = -10_000, max = 0) int households) {
    assertThatThrownBy(() -> Unit.of(UnitId.of("U1"), "1组", households))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("households of unit U1");
  }

  @Property(tries = 200)
  void villageAndTownshipHouseholdsAreTheSumsOfTheirUnits(@ForAll("townships") Township township) {
    for (Village village : township.villages()) {
      assertThat(village.households()).isEqualTo(village.units().stream().mapToInt(Unit::households).sum());
    }
    assertThat(township.households()).isEqualTo(township.units().stream().mapToInt(Unit::households).sum());
  }

  @Property(tries = 200)
  void everyUnitLiesInExactlyOneVillage(@ForAll("townships") Township township) {
    for (Village village : township.villages()) {
      for (Unit unit : village.units()) {
        assertThat(township.villageOf(unit.id())).contains(village.id());
        assertThat(township.unit(unit.id())).contains(unit);
      }
    }
    assertThat(township.unitAdjacency().nodes()).hasSize(township.units().size());
  }

  @Property(tries = 200)
  void villagesAreAdjacentExactlyWhenTwoOfTheirUnitsBorder(@ForAll("townships") Township township) {
    Set<Set<VillageId>> fromUnits = township.unitAdjacency().edges().stream()
        .filter(edge -> !village(township, edge.nodeU()).equals(village(township, edge.nodeV())))
        .map(edge -> Set.of(village(township, edge.nodeU()), village(township, edge.nodeV())))
        .collect(Collectors.toSet());
    Set<Set<VillageId>> derived = township.villageAdjacency().edges().stream()
        .map(edge -> Set.of(edge.nodeU(), edge.nodeV()))
        .collect(Collectors.toSet());

    assertThat(derived).isEqualTo(fromUnits);
    assertThat(township.villageAdjacency().nodes()).hasSize(township.villages().size());
  }

  @Property(tries = 200)
  void aTownshipRefusesAUnitListedTwice(@ForAll("townships") Township township) {
    Village first = township.villages().get(0);
    Village copy = Village.of(VillageId.of("copy"), "副本", List.of(first.units().get(0)));
    Township.Builder builder = Township.builder(township.county(), township.id(), township.name());
    township.villages().forEach(builder::village);

    assertThatThrownBy(() -> builder.village(copy).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit " + first.units().get(0).id() + " is listed in village " + first.id());
  }

  @Property(tries = 200)
  void adjacencyMayNotNameAnUnknownUnit(@ForAll("townships") Township township) {
    Township.Builder builder = Township.builder(township.county(), township.id(), township.name());
    township.villages().forEach(builder::village);
    UnitId known = township.units().get(0).id();

    assertThatThrownBy(() -> builder.adjacent(known, UnitId.of("nowhere")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown unit nowhere");
  }

  private static VillageId village(Township township, UnitId unit) {
    return township.villageOf(unit).orElseThrow();
  }

  @Provide
  Arbitrary<String> idTexts() {
    return JurisdictionArbitraries.idTexts();
  }

  @Provide
  Arbitrary<String> invalidIdTexts() {
    return JurisdictionArbitraries.invalidIdTexts();
  }

  @Provide
  Arbitrary<Township> townships() {
    return JurisdictionArbitraries.townships();
  }

}
