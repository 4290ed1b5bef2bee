package org.grid.core.model.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.junit.jupiter.api.Test;

class PairerTest {

  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V = VillageId.of("V1");
  private static final VillageId EMPTY = VillageId.of("V2");
  private static final UnitId A = UnitId.of("V1-A");
  private static final UnitId B = UnitId.of("V1-B");
  private static final UnitId C = UnitId.of("V1-C");

  private static Township township(int a, int b, int c) {
    return Township.builder(CountyId.of("C1"), T, "乡")
        .village(Village.of(V, "五都村", List.of(Unit.of(A, "A", a), Unit.of(B, "B", b), Unit.of(C, "C", c))))
        .village(Village.of(EMPTY, "石门村", List.of(Unit.of(UnitId.of("V2-A"), "A", 2))))
        .adjacent(A, B)
        .adjacent(B, C)
        .build();
  }

  private static HouseholdRegister register(Township township) {
    List<Household> households = new ArrayList<>();
    for (Unit unit : township.units()) {
      for (int i = 0; i < unit.households(); i++) {
        households.add(Household.of(HouseholdId.of(unit.id() + "-" + i), unit.id(), List.of()));
      }
    }
    return HouseholdRegister.of(T, households);
  }

  private static Person pairer(String id, UnitId unit, Role role, PartyMembership party) {
    Person person = Person.of(PersonId.of(id), id, V, party, role == null ? List.of() : List.of(role));
    return unit == null ? person : person.livingIn(unit);
  }

  @Test
  void nearerPairersComeFirstAndNoneHoldsMoreThanTheLimit() {
    Township township = township(3, 3, 3);
    Roster roster = Roster.of(T, List.of(
        pairer("pa", A, Role.VILLAGE_CADRE, PartyMembership.NONE),
        pairer("pc", C, null, PartyMembership.WITHOUT_POST),
        pairer("doctor", A, Role.VILLAGE_DOCTOR, PartyMembership.NONE)));

    PairingPlan plan = Pairer.pair(township, register(township), roster, PairingPolicy.defaults().withMaxHouseholdsPerPairer(4));

    Map<HouseholdId, PersonId> pairerOf = plan.pairings().stream()
        .collect(Collectors.toMap(Pairing::household, Pairing::pairer));
    assertThat(pairerOf.get(HouseholdId.of("V1-A-0"))).isEqualTo(PersonId.of("pa"));
    assertThat(pairerOf.get(HouseholdId.of("V1-C-2"))).isEqualTo(PersonId.of("pc"));
    assertThat(pairerOf).doesNotContainValue(PersonId.of("doctor"));
    assertThat(plan.pairings().stream().collect(Collectors.groupingBy(Pairing::pairer, Collectors.counting())))
        .allSatisfy((p, n) -> assertThat(n).isLessThanOrEqualTo(4));
    // 9 households, 2 pairers of 4: one left over in 五都村, two in 石门村 without anyone eligible
    assertThat(plan.coverage()).isEqualTo(new PairingCoverage(8, 11));
    assertThat(plan.unpaired()).extracting(UnpairedHousehold::reason).containsExactlyInAnyOrder(
        UnpairedReason.NO_PAIRER_LEFT, UnpairedReason.NO_ELIGIBLE_PAIRER, UnpairedReason.NO_ELIGIBLE_PAIRER);
    assertThat(plan.unpaired()).filteredOn(u -> u.reason() == UnpairedReason.NO_ELIGIBLE_PAIRER)
        .allSatisfy(u -> assertThat(u.message()).contains("石门村"));
  }

  @Test
  void enoughPairersCoverEveryHousehold() {
    Township township = township(20, 1, 1);
    Roster roster = Roster.of(T, List.of(
        pairer("p1", B, Role.VILLAGER_REPRESENTATIVE, PartyMembership.NONE),
        pairer("p2", null, Role.VILLAGE_STATIONED_CADRE, PartyMembership.NONE),
        Person.of(PersonId.of("p3"), "p3", EMPTY, PartyMembership.ELDERLY_OR_INFIRM, List.of())));

    PairingPlan plan = Pairer.pair(township, register(township), roster, PairingPolicy.defaults());

    assertThat(plan.unpaired()).isEmpty();
    assertThat(plan.coverage().full()).isTrue();
    assertThat(plan.coverage().ratio()).isEqualTo(1.0);
    assertThat(plan.pairings()).hasSize(24);
  }

  @Test
  void theRegisterMustAgreeWithTheTownshipsCounts() {
    Township township = township(2, 1, 1);
    HouseholdRegister register = HouseholdRegister.of(T, List.of(
        Household.of(HouseholdId.of("h1"), A, List.of()), Household.of(HouseholdId.of("h2"), UnitId.of("nowhere"), List.of())));

    assertThat(register.mismatches(township))
        .anySatisfy(m -> assertThat(m).contains("nowhere"))
        .anySatisfy(m -> assertThat(m).contains("unit V1-A").contains("2 households in the township but 1"))
        .hasSize(5);
    assertThat(register(township).mismatches(township)).isEmpty();
  }
}
