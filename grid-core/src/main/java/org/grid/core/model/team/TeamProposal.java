package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The teams proposed for a township (团队组建方案): one per responsibility grid, one per district grid and one for
 * the township, with every rule the roster does not allow them to meet.
 *
 * @param teams the teams, village grid teams first (in grid order), then district teams, then the township team;
 *     teams that fall short are still proposed, as far as the roster allows
 * @param shortfalls every violation of the policy the proposed teams still have, each explaining which constraint
 *     cannot be met where and why (for example: no party secretary on the roster for 石门村); empty when the
 *     proposal meets the policy
 */
public record TeamProposal(ImmutableList<Team> teams, ImmutableList<TeamViolation> shortfalls) {

  /**
   * Checks the proposal.
   *
   * @param teams the teams, village grid teams first (in grid order), then district teams, then the township team;
   *     teams that fall short are still proposed, as far as the roster allows
   * @param shortfalls every violation of the policy the proposed teams still have, each explaining which constraint
   *     cannot be met where and why (for example: no party secretary on the roster for 石门村); empty when the
   *     proposal meets the policy
   * @throws NullPointerException if an argument is null
   */
  public TeamProposal {
    requireNonNull(teams, "teams");
    requireNonNull(shortfalls, "shortfalls");
  }

  /**
   * Tells whether the proposal meets the policy: no shortfall.
   *
   * @return whether the proposal meets the policy
   */
  public boolean complete() {
    return shortfalls.isEmpty();
  }
}
