package org.grid.assessment.port.in;

import com.google.common.collect.ImmutableList;
import org.grid.assessment.model.Score;

/**
 * Scores service-team members' knowledge checks for a period (应知应会年度得分): each member's score has three line
 * items (daily-report rate, weekly spot checks, monthly assessments), each rounded once to 2 places.
 */
public interface ScoreKnowledgeChecksUseCase {

  /**
   * Scores every member of the command.
   *
   * @param command the command, not null
   * @return one score per member, ordered by member id; empty when the command has no record
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field), names a
   *     member twice, or has a check dated outside the period
   * @throws NullPointerException if {@code command} is null
   */
  ImmutableList<Score> score(ScoreKnowledgeChecksCommand command);
}
