package org.grid.core.port.in;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.TeamProposal;

/**
 * Proposes the service teams of a township from its stored roster (组建网格服务团队): one team per responsibility
 * grid, per district grid and for the township, meeting the team policy or explaining which constraint cannot be
 * met where. A complete proposal is stored; an incomplete one is only returned.
 */
public interface ProposeTeamsUseCase {

  /**
   * Proposes the teams.
   *
   * @param command the command, not null
   * @return the outcome: the proposal, or that the township is unknown
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field) or a
   *     grid does not fit the township (a unit of another village, an unknown village)
   */
  Outcome propose(ProposeTeamsCommand command);

  /** The outcome of a proposal. */
  sealed interface Outcome {}

  /**
   * Teams were proposed; when {@code proposal.complete()}, they have been stored.
   *
   * @param proposal the proposal with its shortfalls
   * @param stored whether the teams were stored (exactly when the proposal is complete)
   */
  record Proposed(TeamProposal proposal, boolean stored) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param proposal the proposal with its shortfalls, not null
     * @param stored whether the teams were stored (exactly when the proposal is complete)
     * @throws NullPointerException if the proposal is null
     */
    public Proposed {
      requireNonNull(proposal, "proposal");
    }
  }

  /**
   * No township with the command's id is stored.
   *
   * @param township the id asked for
   */
  record UnknownTownship(TownshipId township) implements Outcome {
    /**
     * Checks the outcome.
     *
     * @param township the id asked for, not null
     * @throws NullPointerException if the township is null
     */
    public UnknownTownship {
      requireNonNull(township, "township");
    }
  }
}
