package org.grid.assessment.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.KnowledgeCheckPolicy;
import org.grid.assessment.model.KnowledgeCheckRecord;

/**
 * The command to score service-team members' knowledge checks for a period (应知应会, 日报周查月考核). Its
 * constraints are Jakarta Validation annotations; {@link ScoreKnowledgeChecksUseCase} validates it in any case.
 *
 * @param policy the weights; not null (use {@link KnowledgeCheckPolicy#defaults()})
 * @param period the period the records are for; not null
 * @param records every member's record, each member once; not null, no null element; may be empty
 */
public record ScoreKnowledgeChecksCommand(
    @NotNull KnowledgeCheckPolicy policy,
    @NotNull AssessmentPeriod period,
    @NotNull List<@NotNull @Valid KnowledgeCheckRecord> records) {

  /**
   * Returns the command with the rulebook's weights ({@link KnowledgeCheckPolicy#defaults()}).
   *
   * @param period the period; null is refused when the command is validated
   * @param records the members' records; null is refused when the command is validated
   * @return the command
   */
  public static ScoreKnowledgeChecksCommand withDefaults(AssessmentPeriod period, List<KnowledgeCheckRecord> records) {
    return new ScoreKnowledgeChecksCommand(KnowledgeCheckPolicy.defaults(), period, records);
  }
}
