package org.grid.core.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.TeamId;

/**
 * Where the convenience service stations (便民服务站) of a township's teams are kept: one per team, keyed by township
 * and team. A save replaces the team's station as a whole.
 *
 * <p>Every implementation passes {@code AbstractServiceStationRepositoryContractTest} of grid-testkit.
 */
public interface ServiceStationRepository {

  /**
   * Stores a station, replacing the station of the same team in its township.
   *
   * @param station the station, not null
   * @throws NullPointerException if the station is null
   */
  void save(ServiceStation station);

  /**
   * Finds a team's station.
   *
   * @param township the township, not null
   * @param team the team, not null
   * @return the station as last saved, or empty when the team has none
   * @throws NullPointerException if an argument is null
   */
  Optional<ServiceStation> findByTeam(TownshipId township, TeamId team);

  /**
   * Returns every station of a township.
   *
   * @param township the township, not null
   * @return the stations in ascending order of team id; empty when there are none
   * @throws NullPointerException if the township is null
   */
  List<ServiceStation> findByTownship(TownshipId township);

  /**
   * Removes a team's station, if it has one.
   *
   * @param township the township, not null
   * @param team the team, not null
   * @return true when a station was removed
   * @throws NullPointerException if an argument is null
   */
  boolean delete(TownshipId township, TeamId team);
}
