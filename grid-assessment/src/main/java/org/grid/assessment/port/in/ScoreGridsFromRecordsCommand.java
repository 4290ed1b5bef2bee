package org.grid.assessment.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.GridMeasuresPolicy;
import org.grid.assessment.model.ScorecardPolicy;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServedGrid;

/**
 * The command to measure, score and rank a township's grids for a period from grid's own records (网格考核: from the
 * duty log, the pairings and the request histories). Its constraints are Jakarta Validation annotations; {@link
 * ScoreGridsFromRecordsUseCase} validates it in any case.
 *
 * @param county the county whose requests are read (the county of the township); not null
 * @param township the township; not null
 * @param grids the township's responsibility grids, each scored; not empty, no null element, each grid once
 * @param register the township's household register; not null
 * @param period the period; not null
 * @param scorecardPolicy the scorecard's weights; not null (use {@link ScorecardPolicy#defaults()})
 * @param measuresPolicy which duty rules count as visits and meetings, and the shares' scale; not null (use {@link
 *     GridMeasuresPolicy#defaults()})
 * @param dutyPolicy the duty policy compliance is computed by; not null (use {@link DutyPolicy#defaults()})
 */
public record ScoreGridsFromRecordsCommand(
    @NotNull CountyId county,
    @NotNull TownshipId township,
    @NotEmpty List<@NotNull @Valid ServedGrid> grids,
    @NotNull HouseholdRegister register,
    @NotNull AssessmentPeriod period,
    @NotNull ScorecardPolicy scorecardPolicy,
    @NotNull GridMeasuresPolicy measuresPolicy,
    @NotNull DutyPolicy dutyPolicy) {

  /**
   * Returns the command with the default weights, measures and duty policy.
   *
   * @param county the county; null is refused when the command is validated
   * @param township the township; null is refused when the command is validated
   * @param grids the township's grids; null or empty is refused when the command is validated
   * @param register the household register; null is refused when the command is validated
   * @param period the period; null is refused when the command is validated
   * @return the command
   */
  public static ScoreGridsFromRecordsCommand withDefaults(CountyId county, TownshipId township,
      List<ServedGrid> grids, HouseholdRegister register, AssessmentPeriod period) {
    return new ScoreGridsFromRecordsCommand(county, township, grids, register, period, ScorecardPolicy.defaults(),
        GridMeasuresPolicy.defaults(), DutyPolicy.defaults());
  }
}
