package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;

/**
 * Who owes which duties in a township (履职主体): its grids, teams, roster, households and pairings. Compliance is
 * computed for these against a duty log.
 *
 * @param township the township
 * @param grids its responsibility grids
 * @param teams its teams at all levels
 * @param roster its roster
 * @param register its households
 * @param pairings its pairings
 */
public record TownshipDuties(
    TownshipId township,
    ImmutableList<ServedGrid> grids,
    ImmutableList<Team> teams,
    Roster roster,
    HouseholdRegister register,
    ImmutableList<Pairing> pairings) {

  /**
   * Checks the record.
   *
   * @param township the township
   * @param grids its responsibility grids
   * @param teams its teams at all levels
   * @param roster its roster
   * @param register its households
   * @param pairings its pairings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the roster, register or a team is of another township
   */
  public TownshipDuties {
    requireNonNull(township, "township");
    requireNonNull(grids, "grids");
    requireNonNull(teams, "teams");
    requireNonNull(roster, "roster");
    requireNonNull(register, "register");
    requireNonNull(pairings, "pairings");
    if (!roster.township().equals(township) || !register.township().equals(township)) {
      throw new IllegalArgumentException("roster and register must be of township " + township);
    }
    for (Team team : teams) {
      if (!team.township().equals(township)) {
        throw new IllegalArgumentException("team " + team.id() + " is of township " + team.township());
      }
    }
  }

  /**
   * Returns the duties of a township.
   *
   * @param township the township
   * @param grids its grids
   * @param teams its teams
   * @param roster its roster
   * @param register its households
   * @param pairings its pairings
   * @return the record
   * @throws IllegalArgumentException as the constructor
   */
  public static TownshipDuties of(TownshipId township, List<ServedGrid> grids, List<Team> teams, Roster roster,
      HouseholdRegister register, List<Pairing> pairings) {
    return new TownshipDuties(township, ImmutableList.copyOf(grids), ImmutableList.copyOf(teams), roster, register,
        ImmutableList.copyOf(pairings));
  }
}
