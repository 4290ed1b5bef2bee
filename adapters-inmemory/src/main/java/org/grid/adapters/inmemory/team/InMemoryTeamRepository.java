package org.grid.adapters.inmemory.team;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.adapters.inmemory.VersionedEntries;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.Versioned;

/**
 * A {@link TeamRepository} in concurrent maps, one per township. Teams are immutable, so the maps hold them as they
 * are, each with its version. A save, conditional or not, is one atomic {@code compute} on the team's entry, so the
 * version check and the write cannot be split by another save. Thread-safe.
 */
public final class InMemoryTeamRepository implements TeamRepository {

  private final ConcurrentMap<TownshipId, ConcurrentMap<TeamId, Versioned<Team>>> teams = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryTeamRepository() {}

  @Override
  public void save(Team team) {
    requireNonNull(team, "team");
    VersionedEntries.replace(township(team), team.id(), team);
  }

  @Override
  public boolean save(Team team, long expectedVersion) {
    requireNonNull(team, "team");
    return VersionedEntries.replaceIf(township(team), team.id(), team, expectedVersion);
  }

  @Override
  public Optional<Team> findById(TownshipId township, TeamId id) {
    return findVersioned(township, id).map(Versioned::value);
  }

  @Override
  public Optional<Versioned<Team>> findVersioned(TownshipId township, TeamId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(of(township).get(id));
  }

  @Override
  public List<Team> findByTownship(TownshipId township) {
    return of(township).values().stream().map(Versioned::value).sorted(Comparator.comparing(Team::id)).toList();
  }

  @Override
  public Optional<Team> findByGrid(TownshipId township, GridId grid) {
    requireNonNull(grid, "grid");
    return of(township).values().stream()
        .map(Versioned::value)
        .filter(team -> team.scope() instanceof TeamScope.VillageGrid scope && scope.grid().equals(grid))
        .min(Comparator.comparing(Team::id));
  }

  private ConcurrentMap<TeamId, Versioned<Team>> township(Team team) {
    return teams.computeIfAbsent(team.township(), t -> new ConcurrentHashMap<>());
  }

  private Map<TeamId, Versioned<Team>> of(TownshipId township) {
    requireNonNull(township, "township");
    Map<TeamId, Versioned<Team>> found = teams.get(township);
    return found == null ? Map.of() : found;
  }
}
