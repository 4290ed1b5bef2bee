package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamScope;

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

  /**
   * Returns the duties of one of the township's grids alone (一个网格的履职主体), as a grid's scorecard measures
   * them: the grid, its village grid team, the households of its units and their pairings; the roster is kept
   * whole (a pairer may live elsewhere in the township). District and township teams are left out, and with them
   * their meetings and the district leaders' attendance; the township's own monthly meeting is still due in the
   * report ({@link Compliance} always counts it), and is not the grid's. Computed over the township's whole duty log, the report
   * of these duties counts the grid's own duties only: entries naming another grid, team or household count for
   * no duty here ({@link Compliance}). The village's monthly meeting counts for each grid of the village.
   *
   * @param grid one of the township's grids, not null
   * @return the grid's duties
   * @throws NullPointerException if {@code grid} is null
   * @throws IllegalArgumentException if {@code grid} is not one of the township's grids
   */
  public TownshipDuties ofGrid(GridId grid) {
    requireNonNull(grid, "grid");
    ServedGrid served = grids.stream().filter(g -> g.id().equals(grid)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("grid " + grid + " is not a grid of township " + township));
    List<Team> gridTeams = teams.stream()
        .filter(team -> team.scope() instanceof TeamScope.VillageGrid scope && scope.grid().equals(grid))
        .toList();
    List<Household> households = register.households().stream()
        .filter(household -> served.units().contains(household.unit()))
        .toList();
    Set<HouseholdId> ids = new HashSet<>();
    households.forEach(household -> ids.add(household.id()));
    List<Pairing> gridPairings = pairings.stream().filter(pairing -> ids.contains(pairing.household())).toList();
    return of(township, List.of(served), gridTeams, roster, HouseholdRegister.of(township, households), gridPairings);
  }
}
