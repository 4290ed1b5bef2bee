package org.grid.testkit.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;

/**
 * A generated township with its responsibility grids and roster: the input of team proposal and pairing.
 *
 * @param township the township
 * @param grids its grids, each in one village, together covering every unit
 * @param roster its roster
 */
public record TeamScenario(Township township, ImmutableList<ServedGrid> grids, Roster roster) {

  /**
   * Checks the scenario.
   *
   * @param township the township
   * @param grids its grids, each in one village, together covering every unit
   * @param roster its roster
   * @throws NullPointerException if an argument is null
   */
  public TeamScenario {
    requireNonNull(township, "township");
    requireNonNull(grids, "grids");
    requireNonNull(roster, "roster");
  }

  @Override
  public String toString() {
    return township + ", " + grids.size() + " grids, " + roster.people().size() + " people";
  }
}
