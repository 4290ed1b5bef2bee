package org.grid.assessment.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.grid.assessment.model.GradedMember;

/**
 * The use case of a county's assessment of a period in one reading of its records (考核): what {@link
 * AssessRequestsUseCase} and {@link ScorePartyMembersUseCase} do one after the other, with each request's history
 * walked once for both (its handler and reporter evidence for the two-way assessment, its staff evidence for the party
 * members) and the duty records read for the members, all in one unit of work: one consistent view of the records,
 * and the scores of both stored together or not at all. The scores are those the two use cases give over the same
 * records.
 */
public interface AssessCountyUseCase {

  /**
   * Assesses.
   *
   * @param command the command, validated by Jakarta Validation
   * @return the scores and grades, or which rule sets are missing
   * @throws IllegalArgumentException if the command is invalid; its message names each field
   */
  Outcome assess(AssessCountyCommand command);

  /** What an assessment gave. */
  sealed interface Outcome {}

  /**
   * Every subject scored and stored, every member graded.
   *
   * @param twoWay the handling offices' and reporting grids' scores
   * @param members the members' scores and grades, in the order of the command
   */
  record Assessed(AssessRequestsUseCase.Assessed twoWay, ImmutableList<GradedMember> members) implements Outcome {

    /**
     * Checks the outcome.
     *
     * @param twoWay the handling offices' and reporting grids' scores, not null
     * @param members the members' scores and grades, in the order of the command; not null
     * @throws NullPointerException if an argument is null
     */
    public Assessed {
      requireNonNull(twoWay, "twoWay");
      requireNonNull(members, "members");
    }
  }

  /**
   * Nothing scored or stored: no rule set covers the period for these subject kinds.
   *
   * @param subjectKinds the kinds without a rule set, sorted
   */
  record MissingRuleSets(ImmutableSet<String> subjectKinds) implements Outcome {

    /**
     * Checks the outcome.
     *
     * @param subjectKinds the kinds without a rule set (such as {@code request-handler} or {@code
     *     party-member/with-post}), sorted; not null
     * @throws NullPointerException if {@code subjectKinds} is null
     */
    public MissingRuleSets {
      requireNonNull(subjectKinds, "subjectKinds");
    }
  }
}
