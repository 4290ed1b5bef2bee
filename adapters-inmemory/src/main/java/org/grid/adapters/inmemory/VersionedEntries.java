package org.grid.adapters.inmemory;

import java.util.concurrent.ConcurrentMap;
import org.grid.core.port.out.Versioned;

/**
 * The saves of the in-memory repositories of versioned aggregates (townships, teams, people): each is one {@code
 * compute} on the aggregate's entry, so a version check and its write cannot be split by another save.
 *
 * <p><b>Internal, not API.</b> Public only because the in-memory adapters of the area subpackages share it; an
 * embedder must not use it. It may change or disappear in any release, including a patch release (docs/api.md
 * lists what is API).
 */
public final class VersionedEntries {

  private VersionedEntries() {}

  /**
   * Stores an aggregate whatever is stored, one version above the stored one (1 when there is none).
   *
   * @param <K> the key
   * @param <T> the aggregate
   * @param entries the stored aggregates by key
   * @param key the aggregate's key
   * @param value the aggregate
   */
  public static <K, T> void replace(ConcurrentMap<K, Versioned<T>> entries, K key, T value) {
    entries.compute(key, (k, stored) -> new Versioned<>(value, stored == null ? 1 : stored.version() + 1));
  }

  /**
   * Stores an aggregate if the stored one is at the expected version (0: none is stored), at the next version.
   *
   * @param <K> the key
   * @param <T> the aggregate
   * @param entries the stored aggregates by key
   * @param key the aggregate's key
   * @param value the aggregate
   * @param expectedVersion the version the caller read
   * @return true when stored; false, with nothing changed, when the stored version differs
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   */
  public static <K, T> boolean replaceIf(
      ConcurrentMap<K, Versioned<T>> entries, K key, T value, long expectedVersion) {
    Versioned.requireExpectedVersion(expectedVersion);
    boolean[] saved = {false};
    entries.compute(key, (k, stored) -> {
      if ((stored == null ? 0 : stored.version()) != expectedVersion) {
        return stored;
      }
      saved[0] = true;
      return new Versioned<>(value, expectedVersion + 1);
    });
    return saved[0];
  }
}
