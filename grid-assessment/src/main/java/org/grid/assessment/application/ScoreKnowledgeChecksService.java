package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.KnowledgeCheckScoring;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.in.ScoreKnowledgeChecksCommand;
import org.grid.assessment.port.in.ScoreKnowledgeChecksUseCase;
import org.grid.core.application.CommandValidation;

/**
 * Implements {@link ScoreKnowledgeChecksUseCase} (应知应会年度得分): checks each command's constraints, then scores
 * every record with {@link KnowledgeCheckScoring#yearly}. Like {@link ScoreGridsService} it reads and stores nothing
 * through a port (the records come with the command, the scores go back to the caller), so it takes no {@code
 * UnitOfWork}. Thread-safe when the given validator is.
 */
public final class ScoreKnowledgeChecksService implements ScoreKnowledgeChecksUseCase {

  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param validator the Jakarta Validation validator of the embedding system, not null
   * @throws NullPointerException if {@code validator} is null
   */
  public ScoreKnowledgeChecksService(Validator validator) {
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public ImmutableList<Score> score(ScoreKnowledgeChecksCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    Set<SubjectId> seen = new HashSet<>();
    for (KnowledgeCheckRecord record : command.records()) {
      if (!seen.add(record.member())) {
        throw new IllegalArgumentException("member " + record.member() + " has two knowledge-check records");
      }
    }
    List<KnowledgeCheckRecord> byMember =
        command.records().stream().sorted(Comparator.comparing(KnowledgeCheckRecord::member)).toList();
    ImmutableList.Builder<Score> scores = ImmutableList.builder();
    for (KnowledgeCheckRecord record : byMember) {
      scores.add(KnowledgeCheckScoring.yearly(command.policy(), command.period(), record));
    }
    return scores.build();
  }
}
