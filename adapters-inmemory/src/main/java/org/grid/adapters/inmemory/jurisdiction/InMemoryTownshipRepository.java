package org.grid.adapters.inmemory.jurisdiction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.adapters.inmemory.VersionedEntries;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.port.out.TownshipRepository;
import org.grid.core.port.out.Versioned;

/**
 * A {@link TownshipRepository} in a concurrent map: for tests, demos and single-process use. Townships are
 * immutable, so the map holds them as they are, each with its version. A save, conditional or not, is one atomic
 * {@code compute} on the township's entry, so the version check and the write cannot be split by another save.
 * Thread-safe.
 */
public final class InMemoryTownshipRepository implements TownshipRepository {

  private final ConcurrentMap<TownshipId, Versioned<Township>> townships = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryTownshipRepository() {}

  @Override
  public void save(Township township) {
    requireNonNull(township, "township");
    VersionedEntries.replace(townships, township.id(), township);
  }

  @Override
  public boolean save(Township township, long expectedVersion) {
    requireNonNull(township, "township");
    return VersionedEntries.replaceIf(townships, township.id(), township, expectedVersion);
  }

  @Override
  public Optional<Township> findById(TownshipId id) {
    return findVersioned(id).map(Versioned::value);
  }

  @Override
  public Optional<Versioned<Township>> findVersioned(TownshipId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(townships.get(id));
  }

  @Override
  public List<TownshipId> ids() {
    return townships.keySet().stream().sorted().toList();
  }
}
