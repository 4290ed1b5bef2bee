package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grid.core.model.jurisdiction.Ids;

/**
 * One breach of the team policy (违反团队配置规则): the rule with its stable code, the teams and the people
 * involved, and a sentence a township clerk can act on.
 *
 * @param rule the rule broken
 * @param teams the teams involved, at least one
 * @param people the people involved; empty when the breach is a lack (nobody to name)
 * @param message what is wrong, naming the team, the grid and the people
 */
public record TeamViolation(
    TeamRule rule, ImmutableList<TeamId> teams, ImmutableList<PersonId> people, String message) {

  /**
   * Checks the violation.
   *
   * @param rule the rule broken
   * @param teams the teams involved, at least one
   * @param people the people involved; empty when the breach is a lack (nobody to name)
   * @param message what is wrong, naming the team, the grid and the people
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if no team is named or the message is blank
   */
  public TeamViolation {
    requireNonNull(rule, "rule");
    requireNonNull(teams, "teams");
    requireNonNull(people, "people");
    Ids.requireName(message, "message");
    if (teams.isEmpty()) {
      throw new IllegalArgumentException("a violation of " + rule + " must name at least one team");
    }
  }

  /**
   * Returns a violation.
   *
   * @param rule the rule broken
   * @param teams the teams involved, at least one
   * @param people the people involved
   * @param message what is wrong
   * @return the violation
   */
  public static TeamViolation of(TeamRule rule, List<TeamId> teams, List<PersonId> people, String message) {
    return new TeamViolation(rule, ImmutableList.copyOf(teams), ImmutableList.copyOf(people), message);
  }

  /**
   * Returns a copy with another message: used to explain why a proposal could not meet the rule.
   *
   * @param explanation the new message, not blank
   * @return a new violation
   */
  public TeamViolation explainedAs(String explanation) {
    return new TeamViolation(rule, teams, people, explanation);
  }

  @Override
  public String toString() {
    return rule + " " + teams + ": " + message;
  }
}
