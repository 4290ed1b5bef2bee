package org.grid.assessment.port.in;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import org.grid.assessment.model.GradedMember;

/** The use case: score party members by their class's rule set for the period, grade them, store the scores. */
public interface ScorePartyMembersUseCase {

  /**
   * Scores and grades.
   *
   * @param command the command, validated by Jakarta Validation
   * @return the graded results, or which rule sets are missing
   * @throws IllegalArgumentException if the command is invalid; its message names each field
   */
  Outcome score(ScorePartyMembersCommand command);

  /** What scoring gave. */
  sealed interface Outcome {}

  /**
   * Every member scored, graded and stored.
   *
   * @param results each member's result, ordered by village, then member id
   */
  record Graded(ImmutableList<GradedMember> results) implements Outcome {}

  /**
   * Nothing scored: no rule set covers the period for these subject kinds.
   *
   * @param subjectKinds the kinds without a rule set
   */
  record MissingRuleSets(Set<String> subjectKinds) implements Outcome {}
}
