package org.grid.assessment.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.TwoWayAssessment;

/**
 * The use case of the two-way assessment of requests (双向考核): every handling office (village and district grid
 * teams, the township and county offices, the county's departments) is scored from the requests it handled by the
 * rule set of kind {@link TwoWayAssessment#HANDLER} that covers the period, every reporting grid from the requests it
 * reported by the rule set of kind {@link TwoWayAssessment#REPORTER}; every score is stored. The evidence comes from
 * an {@link org.grid.assessment.port.out.EvidenceSource}, normally {@code RequestHistoryEvidence} over the request
 * engine's records; each line item names the evidence (request, history entry) it counted.
 */
public interface AssessRequestsUseCase {

  /**
   * Assesses.
   *
   * @param command the command, validated by Jakarta Validation
   * @return the scores, or which rule sets are missing
   * @throws IllegalArgumentException if the command is invalid; its message names each field
   */
  Outcome assess(AssessRequestsCommand command);

  /** What an assessment gave. */
  sealed interface Outcome {}

  /**
   * Every subject scored and stored.
   *
   * @param handlers the handling offices' scores, ordered by subject
   * @param reporters the reporting grids' scores, ordered by subject
   */
  record Assessed(ImmutableList<Score> handlers, ImmutableList<Score> reporters) implements Outcome {

    /**
     * Checks the outcome.
     *
     * @param handlers the handling offices' scores, ordered by subject; not null
     * @param reporters the reporting grids' scores, ordered by subject; not null
     * @throws NullPointerException if an argument is null
     */
    public Assessed {
      requireNonNull(handlers, "handlers");
      requireNonNull(reporters, "reporters");
    }
  }

  /**
   * Nothing scored or stored: no rule set covers the period for these subject kinds.
   *
   * @param subjectKinds the kinds without a rule set
   */
  record MissingRuleSets(ImmutableSet<String> subjectKinds) implements Outcome {

    /**
     * Checks the outcome.
     *
     * @param subjectKinds the kinds without a rule set ({@link TwoWayAssessment#HANDLER}, {@link
     *     TwoWayAssessment#REPORTER} or both), sorted; not null
     * @throws NullPointerException if {@code subjectKinds} is null
     */
    public MissingRuleSets {
      requireNonNull(subjectKinds, "subjectKinds");
    }
  }
}
