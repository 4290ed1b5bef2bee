package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
  void aReplacementIsCheckedAgainstTheOtherRuleSetsOfItsKindAndNotItself() {
    RuleSet spring = RuleSet.of("pm/spring", "party-member/with-post",
        new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1)), "100", List.of());
    RuleSet march = RuleSet.of("pm/march", "party-member/with-post",
        new AssessmentPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)), "100", List.of());
    repository.save(spring);
    repository.save(march);
    // The replaced rule set is the one nearest in time; the one before it is what the replacement overlaps.
    RuleSet earlier = RuleSet.of("pm/march", "party-member/with-post",
        new AssessmentPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1)), "100", List.of());
    RuleSet longer = RuleSet.of("pm/march", "party-member/with-post",
        new AssessmentPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1)), "100", List.of());

    assertThatThrownBy(() -> repository.save(earlier)).isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.findAll()).containsExactlyInAnyOrder(spring, march);
    repository.save(longer);
    assertThat(repository.findAll()).containsExactlyInAnyOrder(spring, longer);
  }

  /**
   * A sequence of saves drawn from a fixed seed, among three kinds, forty ids and validities of a day to forty days:
   * each is refused exactly when it overlaps a stored rule set of its kind other than the one it replaces (a
   * repository that checks only its neighbours in time, to save in less than the square of what it holds, must find
   * what a check of every pair finds), and a refused one leaves the repository as it was.
   */
  @Test
  void eachSaveIsRefusedExactlyWhenItOverlapsAStoredRuleSetOfItsKindOtherThanTheOneItReplaces() {
    Random random = new Random(20261206);
    List<String> kinds = List.of("party-member/with-post", "party-member/without-post", "team-member");
    Map<RuleSetId, RuleSet> model = new HashMap<>();
    for (int i = 0; i < 150; i++) {
      LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120));
      RuleSet set = RuleSet.of("c" + random.nextInt(40), kinds.get(random.nextInt(kinds.size())),
          new AssessmentPeriod(from, from.plusDays(1 + random.nextInt(40))), "100", List.of());
      boolean clash = model.values().stream().anyMatch(stored -> !stored.id().equals(set.id())
          && stored.subjectKind().equals(set.subjectKind()) && stored.validity().overlaps(set.validity()));

      Throwable refused = catchThrowable(() -> repository.save(set));

      String save = "save " + i + ": " + set.id() + " " + set.subjectKind() + " " + set.validity();
      if (clash) {
        assertThat(refused).as(save + " overlaps").isInstanceOf(IllegalArgumentException.class);
      } else {
        assertThat(refused).as(save).isNull();
        model.put(set.id(), set);
      }
      assertThat(repository.findAll()).as("after save %d", i).containsExactlyInAnyOrderElementsOf(model.values());
    }
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertThat(repository.findById(RuleSetId.of("none"))).isEmpty();
    assertThat(repository.findAll()).isEmpty();
  }
}
