package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.RuleId;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.out.ScoreRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ScoreRepository}: extend it and return a fresh, empty repository from {@link
 * #newRepository()}.
 */
public abstract class AbstractScoreRepositoryContractTest {

  private static final AssessmentPeriod Y2024 = AssessmentPeriod.year(2024);
  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  private ScoreRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the score repository under test through {@link #newRepository()}.
   */
  protected AbstractScoreRepositoryContractTest() {}

  /**
   * Returns a new repository holding no score; called before every test.
   *
   * @return the repository under test
   */
  protected abstract ScoreRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static Score score(String subject, AssessmentPeriod period, String ruleSet, String visits) {
    return new Score(SubjectId.of(subject), period, RuleSetId.of(ruleSet), ImmutableList.of(
        new LineItem(LineItem.BASE, "基础分 base", ImmutableList.of(), new BigDecimal("100"), false),
        new LineItem(RuleId.of("visit"), "走访 'visits'", ImmutableList.of(EvidenceId.of("v1"), EvidenceId.of("v2")),
            new BigDecimal(visits), true),
        new LineItem(RuleId.of("missed"), "缺席", ImmutableList.of(EvidenceId.of("m1")), new BigDecimal("-2.25"),
            false)));
  }

  @Test
  void aSavedScoreIsFoundWithEveryLineItem() {
    Score score = score("m1", Y2025, "pm/2025", "5.5");

    repository.save(score);

    Score found = repository.find(SubjectId.of("m1"), Y2025, RuleSetId.of("pm/2025")).orElseThrow();
    assertThat(found.lineItems()).hasSize(3);
    assertThat(found.total()).isEqualByComparingTo(score.total());
    assertThat(found.lineItems().get(1).evidence()).containsExactly(EvidenceId.of("v1"), EvidenceId.of("v2"));
    assertThat(found.lineItems().get(1).capped()).isTrue();
    assertThat(found.lineItems().get(1).description()).isEqualTo("走访 'visits'");
  }

  @Test
  void savingAgainReplacesTheScoreOfThatSubjectPeriodAndRuleSet() {
    repository.save(score("m1", Y2025, "pm/2025", "1"));
    repository.save(score("m1", Y2025, "pm/2025", "3"));

    assertThat(repository.findByPeriod(Y2025)).hasSize(1);
    assertThat(repository.find(SubjectId.of("m1"), Y2025, RuleSetId.of("pm/2025")).orElseThrow().total())
        .isEqualByComparingTo("100.75");
  }

  @Test
  void aPeriodListsOnlyItsScoresOrderedByRuleSetThenSubject() {
    repository.save(score("m2", Y2025, "pm/2025", "1"));
    repository.save(score("m1", Y2025, "pm/2025", "1"));
    repository.save(score("m1", Y2025, "kc", "1"));
    repository.save(score("m1", Y2024, "pm/2024", "1"));

    assertThat(repository.findByPeriod(Y2025))
        .extracting(s -> s.ruleSet() + "/" + s.subject())
        .containsExactly("kc/m1", "pm/2025/m1", "pm/2025/m2");
    assertThat(repository.find(SubjectId.of("m2"), Y2024, RuleSetId.of("pm/2025"))).isEmpty();
  }
}
