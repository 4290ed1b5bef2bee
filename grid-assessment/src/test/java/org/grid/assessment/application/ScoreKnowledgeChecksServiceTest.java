package org.grid.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.CheckResult;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.KnowledgeCheckPolicy;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.in.ScoreKnowledgeChecksCommand;
import org.grid.assessment.port.in.ScoreKnowledgeChecksUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ScoreKnowledgeChecksServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

  private final ScoreKnowledgeChecksUseCase service = new ScoreKnowledgeChecksService(VALIDATION.getValidator());

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  private static KnowledgeCheckRecord record(String member, int made, String weekly, LocalDate day) {
    return new KnowledgeCheckRecord(SubjectId.of(member), 10, made,
        ImmutableList.of(new CheckResult(EvidenceId.of(member + "/w"), day, new BigDecimal(weekly))),
        ImmutableList.of());
  }

  @Test
  void everyMemberIsScoredByTheCommandsWeightsInMemberOrder() {
    List<KnowledgeCheckRecord> records = List.of(
        record("P2", 10, "100", LocalDate.of(2025, 5, 5)), record("P1", 5, "50", LocalDate.of(2025, 5, 5)));
    KnowledgeCheckPolicy halves = new KnowledgeCheckPolicy(new BigDecimal("0.5"), new BigDecimal("0.5"),
        BigDecimal.ZERO);

    List<Score> byDefault = service.score(ScoreKnowledgeChecksCommand.withDefaults(Y2025, records));
    List<Score> byHalves = service.score(new ScoreKnowledgeChecksCommand(halves, Y2025, records));

    assertThat(byDefault).extracting(score -> score.subject().value() + ":" + score.total())
        .containsExactly("P1:25.00", "P2:50.00");
    assertThat(byHalves).extracting(score -> score.subject().value() + ":" + score.total())
        .containsExactly("P1:50.00", "P2:100.00");
  }

  @Test
  void anInvalidCommandNamesEachFieldAndAMemberTwiceOrACheckOutsideThePeriodIsRefused() {
    assertThatThrownBy(() -> service.score(new ScoreKnowledgeChecksCommand(null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid ScoreKnowledgeChecksCommand: ")
        .hasMessageContaining("policy must not be null")
        .hasMessageContaining("period must not be null")
        .hasMessageContaining("records must not be null");
    assertThatThrownBy(() -> service.score(ScoreKnowledgeChecksCommand.withDefaults(Y2025,
            Arrays.asList(record("P1", 1, "1", LocalDate.of(2025, 1, 1)), null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("records[1].<list element> must not be null");
    assertThatThrownBy(() -> service.score(ScoreKnowledgeChecksCommand.withDefaults(Y2025, List.of(
            record("P1", 1, "1", LocalDate.of(2025, 1, 1)), record("P1", 2, "2", LocalDate.of(2025, 1, 2))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member P1 has two knowledge-check records");
    assertThatThrownBy(() -> service.score(ScoreKnowledgeChecksCommand.withDefaults(Y2025, List.of(
            record("P1", 1, "1", LocalDate.of(2026, 1, 1))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the period");
  }
}
