package org.grid.adapters.inmemory.jurisdiction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.port.out.TownshipRepository;

/**
 * A {@link TownshipRepository} in a concurrent map: for tests, demos and single-process use. Townships are
 * immutable, so the map holds them as they are. Thread-safe.
 */
public final class InMemoryTownshipRepository implements TownshipRepository {

  private final ConcurrentMap<TownshipId, Township> townships = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryTownshipRepository() {}

  @Override
  public void save(Township township) {
    requireNonNull(township, "township");
    townships.put(township.id(), township);
  }

  @Override
  public Optional<Township> findById(TownshipId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(townships.get(id));
  }

  @Override
  public List<TownshipId> ids() {
    return townships.keySet().stream().sorted().toList();
  }
}
