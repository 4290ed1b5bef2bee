package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;

/**
 * An event of an assessment score (考核得分事件), published by the assessment use cases when they store scores.
 */
public sealed interface ScoreEvent extends DomainEvent {

  /**
   * Returns the score as stored.
   *
   * @return the score: subject, period, rule set and line items (points per rule); never null
   */
  Score score();

  /**
   * A score was graded (评定): a party member's, a handling office's or a reporter's score for a period was computed
   * and stored. A consumer gets the total, the points per rule and the member's grade; the line items' descriptions
   * and evidence stay in grid.
   *
   * @param county the county assessed, not null
   * @param commandId the id of the assessment command that stored it (the event id is made from it, so a retried
   *     command gives the same ids); not blank
   * @param score the score as stored, not null
   * @param grade the grade a party member was given; empty for offices and reporters
   * @param at when the score was stored, not null
   */
  record ScoreGraded(CountyId county, String commandId, Score score, Optional<Grade> grade, Instant at)
      implements ScoreEvent {
    /**
     * Checks the event.
     *
     * @param county the county assessed, not null
     * @param commandId the id of the assessment command that stored it (the event id is made from it, so a retried
     *     command gives the same ids); not blank
     * @param score the score as stored, not null
     * @param grade the grade a party member was given; empty for offices and reporters; not null
     * @param at when the score was stored, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code commandId} is blank
     */
    public ScoreGraded {
      requireNonNull(county, "county");
      requireNonNull(commandId, "commandId");
      requireNonNull(score, "score");
      requireNonNull(grade, "grade");
      requireNonNull(at, "at");
      if (commandId.isBlank()) {
        throw new IllegalArgumentException("commandId of a score event must not be blank");
      }
    }
  }
}
