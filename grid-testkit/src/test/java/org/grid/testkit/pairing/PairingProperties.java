package org.grid.testkit.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.pairing.Pairer;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.PairingPolicy;
import org.grid.core.model.pairing.UnpairedHousehold;
import org.grid.core.model.pairing.UnpairedReason;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.testkit.duty.DutyArbitraries;
import org.grid.testkit.team.TeamArbitraries;
import org.grid.testkit.team.TeamScenario;

/** Laws of household pairing. */
class PairingProperties {

  record Case(TeamScenario scenario, HouseholdRegister register) {
    @Override
    public String toString() {
      return scenario + ", " + register.households().size() + " households";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return TeamArbitraries.scenarios()
        .flatMap(s -> DutyArbitraries.registers(s.township()).map(r -> new Case(s, r)));
  }

  @Property(tries = 150)
  void coverageIsFullExactlyWhenNoHouseholdIsUnpaired(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 20) int max) {
    PairingPlan plan = Pairer.pair(c.scenario().township(), c.register(), c.scenario().roster(),
        PairingPolicy.defaults().withMaxHouseholdsPerPairer(max));

    assertThat(plan.coverage().full()).isEqualTo(plan.unpaired().isEmpty());
    assertThat(plan.coverage().ratio() == 1.0).isEqualTo(plan.unpaired().isEmpty());
  }

  @Property(tries = 150)
  void everyHouseholdIsPairedOrUnpairedOnceWithinItsVillageAndTheLimit(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 20) int max) {
    PairingPolicy policy = PairingPolicy.defaults().withMaxHouseholdsPerPairer(max);
    PairingPlan plan = Pairer.pair(c.scenario().township(), c.register(), c.scenario().roster(), policy);
    Map<PersonId, Person> people = c.scenario().roster().byId();

    Set<HouseholdId> seen = new HashSet<>();
    plan.pairings().forEach(p -> assertThat(seen.add(p.household())).as("%s once", p.household()).isTrue());
    plan.unpaired().forEach(u -> assertThat(seen.add(u.household())).as("%s once", u.household()).isTrue());
    assertThat(seen).isEqualTo(c.register().households().stream().map(Household::id).collect(Collectors.toSet()));
    for (Pairing pairing : plan.pairings()) {
      Person pairer = people.get(pairing.pairer());
      assertThat(policy.eligible(pairer)).isTrue();
      assertThat(pairer.of(pairing.village())).isTrue();
    }
    assertThat(plan.pairings().stream().collect(Collectors.groupingBy(Pairing::pairer, Collectors.counting())).values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(max));
    // a household is left for want of a pairer only when every eligible pairer of its village is full
    for (UnpairedHousehold unpaired : plan.unpaired()) {
      List<Person> eligible = c.scenario().roster().people().stream()
          .filter(p -> policy.eligible(p) && unpaired.village().map(p::of).orElse(false)).toList();
      if (unpaired.reason() == UnpairedReason.NO_ELIGIBLE_PAIRER) {
        assertThat(eligible).isEmpty();
      } else {
        assertThat(eligible).allSatisfy(p ->
            assertThat(plan.pairings().stream().filter(x -> x.pairer().equals(p.id())).count()).isEqualTo(max));
      }
    }
  }
}
