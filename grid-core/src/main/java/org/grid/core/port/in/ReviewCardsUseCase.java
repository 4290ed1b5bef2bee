package org.grid.core.port.in;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.team.TeamViolation;

/**
 * Reviews a township's convenience service stations and households' cards (一站二卡): the station shortfalls of the
 * teams serving the reviewed grids, and the households of those grids whose cards a reissue must print.
 */
public interface ReviewCardsUseCase {

  /**
   * Reviews the stored teams, stations and duty log, in one unit of work.
   *
   * @param command the command, not null
   * @return the review
   * @throws NullPointerException if the command is null
   * @throws IllegalArgumentException if the command breaks its constraints (each field named)
   */
  CardReview review(ReviewCardsCommand command);

  /**
   * What a review found.
   *
   * @param stationShortfalls the violations of the station policy ({@code STATION_*} rules) by the village grid teams
   *     of the reviewed grids and the district and township teams above them, and stations of unknown teams; empty
   *     when all is well
   * @param outOfDate the households of the reviewed grids without a current card of either kind, in the register's
   *     order: the cards to (re)issue
   * @param households the households of the reviewed grids whose grid has a team, in the register's order
   */
  record CardReview(ImmutableList<TeamViolation> stationShortfalls, ImmutableSet<HouseholdId> outOfDate,
      ImmutableSet<HouseholdId> households) {

    /**
     * Checks that nothing is null.
     *
     * @param stationShortfalls the station shortfalls
     * @param outOfDate the households to (re)issue
     * @param households the households reviewed
     * @throws NullPointerException if an argument is null
     */
    public CardReview {
      requireNonNull(stationShortfalls, "stationShortfalls");
      requireNonNull(outOfDate, "outOfDate");
      requireNonNull(households, "households");
    }
  }
}
