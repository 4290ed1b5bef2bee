package org.grid.assessment.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.ScorecardPolicy;

/**
 * The command to score and rank grids for a period (网格考核排名). Its constraints are Jakarta Validation
 * annotations; {@link ScoreGridsUseCase} validates it in any case.
 *
 * @param policy the scorecard's weights; not null (use {@link ScorecardPolicy#defaults()})
 * @param period the period the measures are for; not null
 * @param grids every grid's measures, each grid once; not null, no null element; may be empty (nothing to rank)
 */
public record ScoreGridsCommand(
    @NotNull ScorecardPolicy policy,
    @NotNull AssessmentPeriod period,
    @NotNull List<@NotNull @Valid GridMeasures> grids) {

  /**
   * Returns the command with the default weights ({@link ScorecardPolicy#defaults()}).
   *
   * @param period the period; null is refused when the command is validated
   * @param grids the grids' measures; null is refused when the command is validated
   * @return the command
   */
  public static ScoreGridsCommand withDefaults(AssessmentPeriod period, List<GridMeasures> grids) {
    return new ScoreGridsCommand(ScorecardPolicy.defaults(), period, grids);
  }
}
