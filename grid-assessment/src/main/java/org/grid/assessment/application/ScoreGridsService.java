package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import org.grid.assessment.model.GridScorecards;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.port.in.ScoreGridsCommand;
import org.grid.assessment.port.in.ScoreGridsUseCase;
import org.grid.core.application.CommandValidation;

/**
 * Implements {@link ScoreGridsUseCase} (网格考核排名): checks each command's constraints, then calls
 * {@link GridScorecards#rank}. Scoring grids reads and stores nothing through a port (the measures come with the
 * command, the scorecards go back to the caller), so the service takes no {@code UnitOfWork}: there is no
 * transaction to own. Thread-safe when the given validator is.
 */
public final class ScoreGridsService implements ScoreGridsUseCase {

  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param validator the Jakarta Validation validator of the embedding system, not null
   * @throws NullPointerException if {@code validator} is null
   */
  public ScoreGridsService(Validator validator) {
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public ImmutableList<Scorecard> score(ScoreGridsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return GridScorecards.rank(command.policy(), command.period(), command.grids());
  }
}
