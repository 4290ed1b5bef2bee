package org.grid.adapters.inmemory.team;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.TeamId;
import org.grid.core.port.out.ServiceStationRepository;

/**
 * A {@link ServiceStationRepository} in concurrent maps, one sorted map per township. Stations are immutable, so the
 * maps hold them as they are. Thread-safe.
 */
public final class InMemoryServiceStationRepository implements ServiceStationRepository {

  private final ConcurrentMap<TownshipId, ConcurrentSkipListMap<TeamId, ServiceStation>> stations =
      new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryServiceStationRepository() {}

  @Override
  public void save(ServiceStation station) {
    requireNonNull(station, "station");
    of(station.township()).put(station.team(), station);
  }

  @Override
  public Optional<ServiceStation> findByTeam(TownshipId township, TeamId team) {
    requireNonNull(team, "team");
    return Optional.ofNullable(of(township).get(team));
  }

  @Override
  public List<ServiceStation> findByTownship(TownshipId township) {
    return List.copyOf(of(township).values());
  }

  @Override
  public boolean delete(TownshipId township, TeamId team) {
    requireNonNull(team, "team");
    return of(township).remove(team) != null;
  }

  private ConcurrentSkipListMap<TeamId, ServiceStation> of(TownshipId township) {
    requireNonNull(township, "township");
    return stations.computeIfAbsent(township, t -> new ConcurrentSkipListMap<>());
  }
}
