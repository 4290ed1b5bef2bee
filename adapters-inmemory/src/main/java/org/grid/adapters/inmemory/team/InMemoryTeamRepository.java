package org.grid.adapters.inmemory.team;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.TeamRepository;

/** A {@link TeamRepository} in concurrent maps, one per township. Teams are immutable. Thread-safe. */
public final class InMemoryTeamRepository implements TeamRepository {

  private final ConcurrentMap<TownshipId, ConcurrentMap<TeamId, Team>> teams = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryTeamRepository() {}

  @Override
  public void save(Team team) {
    requireNonNull(team, "team");
    teams.computeIfAbsent(team.township(), t -> new ConcurrentHashMap<>()).put(team.id(), team);
  }

  @Override
  public Optional<Team> findById(TownshipId township, TeamId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(of(township).get(id));
  }

  @Override
  public List<Team> findByTownship(TownshipId township) {
    return of(township).values().stream().sorted(Comparator.comparing(Team::id)).toList();
  }

  @Override
  public Optional<Team> findByGrid(TownshipId township, GridId grid) {
    requireNonNull(grid, "grid");
    return of(township).values().stream()
        .filter(team -> team.scope() instanceof TeamScope.VillageGrid scope && scope.grid().equals(grid))
        .min(Comparator.comparing(Team::id));
  }

  private Map<TeamId, Team> of(TownshipId township) {
    requireNonNull(township, "township");
    return teams.getOrDefault(township, new ConcurrentHashMap<>());
  }
}
