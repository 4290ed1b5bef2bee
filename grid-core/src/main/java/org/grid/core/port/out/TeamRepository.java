package org.grid.core.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;

/**
 * Where service teams (网格服务团队) are kept. Every query names the township, so a SQL adapter answers it from an
 * index on (township, team) or (township, grid). Every implementation passes {@code
 * AbstractTeamRepositoryContractTest} of grid-testkit.
 */
public interface TeamRepository {

  /**
   * Stores a team, replacing the team with the same id in its township as a whole.
   *
   * @param team the team, not null
   * @throws NullPointerException if the team is null
   */
  void save(Team team);

  /**
   * Finds a team.
   *
   * @param township the township, not null
   * @param id the team's id, not null
   * @return the team as last saved, or empty when the township has no such team
   * @throws NullPointerException if an argument is null
   */
  Optional<Team> findById(TownshipId township, TeamId id);

  /**
   * Lists the teams of a township at every level.
   *
   * @param township the township, not null
   * @return the teams in ascending order of id; empty when there is none
   * @throws NullPointerException if the township is null
   */
  List<Team> findByTownship(TownshipId township);

  /**
   * Finds the village grid team of a responsibility grid.
   *
   * @param township the township, not null
   * @param grid the grid, not null
   * @return the team whose scope is that grid (the one of least id if several are stored), or empty
   * @throws NullPointerException if an argument is null
   */
  Optional<Team> findByGrid(TownshipId township, GridId grid);
}
