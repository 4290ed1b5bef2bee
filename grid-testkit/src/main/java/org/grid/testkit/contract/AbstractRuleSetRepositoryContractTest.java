package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.port.out.RuleSetRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RuleSetRepository}: extend it and return a fresh, empty repository from {@link
 * #newRepository()}.
 */
public abstract class AbstractRuleSetRepositoryContractTest {

  private RuleSetRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the rule set repository under test through {@link
   * #newRepository()}.
   */
  protected AbstractRuleSetRepositoryContractTest() {}

  /**
   * Returns a new repository holding no rule set; called before every test.
   *
   * @return the repository under test
   */
  protected abstract RuleSetRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static RuleSet ruleSet(String id, int year, String points) {
    return RuleSet.of(id, "party-member/with-post", AssessmentPeriod.year(year), "100", List.of(
        ScoringRule.of("visit", "走访 \"联系户\" +" + points, "visit.paired-household", Map.of("kind", "月访"), points,
            "12.5", Direction.ADD),
        ScoringRule.of("missed", "缺席 -2", "meeting.missed", Map.of(), "2", null, Direction.DEDUCT)));
  }

  @Test
  void aSavedRuleSetIsFoundEqual() {
    RuleSet ruleSet = ruleSet("pm/2025", 2025, "1.5");

    repository.save(ruleSet);

    assertThat(repository.findById(RuleSetId.of("pm/2025"))).contains(ruleSet);
    assertThat(repository.findAll()).containsExactly(ruleSet);
  }

  @Test
  void everyVersionIsKeptAndEachPeriodFindsItsOwn() {
    RuleSet older = ruleSet("pm/2024", 2024, "1");
    RuleSet newer = ruleSet("pm/2025", 2025, "2");

    repository.save(newer);
    repository.save(older);

    assertThat(repository.findAll()).containsExactly(older, newer);
    assertThat(repository.catalog().ruleSetFor("party-member/with-post", AssessmentPeriod.year(2024)))
        .contains(older);
  }

  @Test
  void savingTheSameIdReplacesIt() {
    repository.save(ruleSet("pm/2025", 2025, "1"));
    RuleSet replacement = ruleSet("pm/2025", 2025, "3");

    repository.save(replacement);

    assertThat(repository.findAll()).containsExactly(replacement);
  }

  @Test
  void aRuleSetOverlappingAnotherOfItsKindIsRefusedAndNothingIsStored() {
    RuleSet stored = ruleSet("pm/2025", 2025, "1");
    repository.save(stored);
    RuleSet overlapping = RuleSet.of("pm/mid", "party-member/with-post",
        new AssessmentPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1)), "100", List.of());

    assertThatThrownBy(() -> repository.save(overlapping)).isInstanceOf(IllegalArgumentException.class);

    assertThat(repository.findAll()).containsExactly(stored);
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertThat(repository.findById(RuleSetId.of("none"))).isEmpty();
    assertThat(repository.findAll()).isEmpty();
  }
}
