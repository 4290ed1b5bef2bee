package org.grid.cards;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.Team;

/**
 * What a township's cards are composed from (制卡数据): its grids, teams, roster with the phones, stations, pairings
 * and household register, and the county's intake address for the supervision cards.
 *
 * @param township the township
 * @param grids the grids the teams serve
 * @param teams the teams at every level; every grid with households needs its village grid team
 * @param roster the roster the members are on
 * @param phones each person's phone, where the roster has one (personal data, printed on the cards only)
 * @param stations the teams' convenience service stations; a team without one prints none
 * @param pairings who each household is paired with; an unpaired household's card names no pairer
 * @param register the households
 * @param intake the county's intake address
 */
public record CardSource(
    Township township,
    ImmutableList<ServedGrid> grids,
    ImmutableList<Team> teams,
    Roster roster,
    ImmutableMap<PersonId, String> phones,
    ImmutableList<ServiceStation> stations,
    ImmutableList<Pairing> pairings,
    HouseholdRegister register,
    IntakeAddress intake) {

  /**
   * Checks that nothing is null and that everything is of the township.
   *
   * @param township the township
   * @param grids the grids the teams serve
   * @param teams the teams at every level; every grid with households needs its village grid team
   * @param roster the roster the members are on
   * @param phones each person's phone, where the roster has one (personal data, printed on the cards only)
   * @param stations the teams' convenience service stations; a team without one prints none
   * @param pairings who each household is paired with; an unpaired household's card names no pairer
   * @param register the households
   * @param intake the county's intake address
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the roster, register, a team or a station is of another township
   */
  public CardSource {
    requireNonNull(township, "township");
    requireNonNull(grids, "grids");
    requireNonNull(teams, "teams");
    requireNonNull(roster, "roster");
    requireNonNull(phones, "phones");
    requireNonNull(stations, "stations");
    requireNonNull(pairings, "pairings");
    requireNonNull(register, "register");
    requireNonNull(intake, "intake");
    if (!roster.township().equals(township.id()) || !register.township().equals(township.id())) {
      throw new IllegalArgumentException("the roster and the register must be of township " + township.id());
    }
    for (Team team : teams) {
      if (!team.township().equals(township.id())) {
        throw new IllegalArgumentException("team " + team.id() + " is of township " + team.township() + ", not "
            + township.id());
      }
    }
    for (ServiceStation station : stations) {
      if (!station.township().equals(township.id())) {
        throw new IllegalArgumentException("the station of team " + station.team() + " is of township "
            + station.township() + ", not " + township.id());
      }
    }
  }

  /**
   * Returns a source.
   *
   * @param township the township
   * @param grids the grids
   * @param teams the teams
   * @param roster the roster
   * @param phones the phones by person
   * @param stations the stations
   * @param pairings the pairings
   * @param register the households
   * @param intake the intake address
   * @return the source
   * @throws IllegalArgumentException as the constructor
   */
  public static CardSource of(Township township, Collection<ServedGrid> grids, Collection<Team> teams, Roster roster,
      Map<PersonId, String> phones, Collection<ServiceStation> stations, Collection<Pairing> pairings,
      HouseholdRegister register, IntakeAddress intake) {
    return new CardSource(township, ImmutableList.copyOf(grids), ImmutableList.copyOf(teams), roster,
        ImmutableMap.copyOf(phones), ImmutableList.copyOf(stations), ImmutableList.copyOf(pairings), register, intake);
  }
}
