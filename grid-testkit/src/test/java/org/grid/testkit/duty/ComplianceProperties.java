package org.grid.testkit.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.core.model.duty.Compliance;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;

/** Laws of duty compliance. */
class ComplianceProperties {

  record Case(DutyScenario scenario, List<DutyLogEntry> visits) {
    @Override
    public String toString() {
      return scenario + " + " + visits;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return DutyArbitraries.scenarios().flatMap(s ->
        DutyArbitraries.visits(s.duties()).list().ofMinSize(1).ofMaxSize(5).map(v -> new Case(s, v)));
  }

  @Provide
  Arbitrary<DutyScenario> scenarios() {
    return DutyArbitraries.scenarios();
  }

  @Property(tries = 100)
  void addingAVisitNeverLowersCompliance(@ForAll("cases") Case c) {
    DutyScenario s = c.scenario();
    ComplianceReport before = Compliance.compute(s.duties(), s.log(), s.period(), DutyPolicy.defaults());
    List<DutyLogEntry> more = new ArrayList<>(s.log());
    more.addAll(c.visits());

    ComplianceReport after = Compliance.compute(s.duties(), more, s.period(), DutyPolicy.defaults());

    for (DutyRule rule : DutyRule.values()) {
      assertThat(after.tally(rule).due()).as("%s due", rule).isEqualTo(before.tally(rule).due());
      assertThat(after.tally(rule).done()).as("%s done", rule).isGreaterThanOrEqualTo(before.tally(rule).done());
    }
    assertThat(after.overall().ratio()).isGreaterThanOrEqualTo(before.overall().ratio());
    assertThat(before.missed()).containsAll(after.missed());
  }

  @Property(tries = 100)
  void everyRuleMissesExactlyWhatItsTallyLacks(@ForAll("scenarios") DutyScenario s) {
    ComplianceReport report = Compliance.compute(s.duties(), s.log(), s.period(), DutyPolicy.defaults());

    for (DutyRule rule : DutyRule.values()) {
      Tally tally = report.tally(rule);
      List<MissedDuty> missed = report.missed().stream().filter(m -> m.rule() == rule).toList();
      if (rule == DutyRule.COLLECTIVE_VISIT_ROUNDS) {
        // one entry per grid and year names how many rounds are short
        assertThat(missed.isEmpty()).isEqualTo(tally.done() == tally.due());
      } else {
        assertThat(missed).as("%s", rule).hasSize(tally.due() - tally.done());
      }
    }
  }

  @Property(tries = 50)
  void theOrderOfTheLogDoesNotMatter(@ForAll("scenarios") DutyScenario s) {
    List<DutyLogEntry> reversed = new ArrayList<>(s.log());
    java.util.Collections.reverse(reversed);

    assertThat(Compliance.compute(s.duties(), reversed, s.period(), DutyPolicy.defaults()).tallies())
        .isEqualTo(Compliance.compute(s.duties(), s.log(), s.period(), DutyPolicy.defaults()).tallies());
  }
}
