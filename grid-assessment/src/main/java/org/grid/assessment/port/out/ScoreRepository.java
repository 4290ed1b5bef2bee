package org.grid.assessment.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;

/**
 * Where scores are kept with their line items, one per subject, period and rule set. Every implementation passes
 * {@code AbstractScoreRepositoryContractTest} of grid-testkit.
 */
public interface ScoreRepository {

  /**
   * Stores a score, replacing the one of the same subject, period and rule set.
   *
   * @param score the score, not null
   */
  void save(Score score);

  /**
   * Finds a score.
   *
   * @param subject who was scored, not null
   * @param period the period, not null
   * @param ruleSet the rule set, not null
   * @return the score with its line items, or empty
   */
  Optional<Score> find(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet);

  /**
   * Returns every score of a period.
   *
   * @param period the period, not null
   * @return the scores ordered by rule set, then subject; empty when none
   */
  List<Score> findByPeriod(AssessmentPeriod period);
}
