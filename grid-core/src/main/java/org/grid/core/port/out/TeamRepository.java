package org.grid.core.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;

/**
 * Where service teams (网格服务团队) are kept. Every query names the township, so a SQL adapter answers it from an
 * index on (township, team) or (township, grid). Every stored team has a version: 1 after its first save and one
 * more after every save. A read-modify-write reads the team with {@link #findVersioned} and saves it with {@link
 * #save(Team, long)}, conditional on the version it read (optimistic concurrency), so a concurrent update is never
 * overwritten; {@link #save(Team)} replaces unconditionally, for imports and proposals stored as a whole.
 *
 * <p>Every implementation passes {@code AbstractTeamRepositoryContractTest} of grid-testkit.
 */
public interface TeamRepository {

  /**
   * Stores a team unconditionally, replacing the team with the same id in its township as a whole: the last writer
   * wins, whatever it read. Meant for imports and for storing a complete proposal; a change made to a team read from
   * this repository uses {@link #save(Team, long)}. The stored version goes up by one (to 1 for a new team), so a
   * conditional save by someone who read before this one is refused.
   *
   * @param team the team, not null
   * @throws NullPointerException if the team is null
   */
  void save(Team team);

  /**
   * Saves a team if the stored one (same township, same id) is still at the expected version, replacing it as a
   * whole.
   *
   * @param team the team to store, not null
   * @param expectedVersion the version the caller read ({@link Versioned#version()}); 0 when the team must not exist
   *     yet
   * @return true when stored, at version {@code expectedVersion + 1}; false when the stored version differs (or, for
   *     0, a team with the id exists in the township), and then nothing is written
   * @throws NullPointerException if {@code team} is null
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   */
  boolean save(Team team, long expectedVersion);

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
   * Finds a team with its stored version, to save it back with {@link #save(Team, long)}.
   *
   * @param township the township, not null
   * @param id the team's id, not null
   * @return the team as last saved and the version of that save, or empty when the township has no such team
   * @throws NullPointerException if an argument is null
   */
  Optional<Versioned<Team>> findVersioned(TownshipId township, TeamId id);

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
