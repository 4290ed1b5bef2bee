package org.grid.core.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * Where townships (乡/镇) are kept. Every stored township has a version: 1 after its first save and one more after
 * every save. A read-modify-write reads the township with {@link #findVersioned} and saves it with {@link
 * #save(Township, long)}, conditional on the version it read (optimistic concurrency), so a concurrent update is
 * never overwritten; {@link #save(Township)} replaces unconditionally, for imports where the file is the truth.
 *
 * <p>Implemented by adapters (in memory, JDBC, ...); every implementation passes {@code
 * AbstractTownshipRepositoryContractTest} of grid-testkit.
 */
public interface TownshipRepository {

  /**
   * Stores a township unconditionally, replacing any township with the same id as a whole: the last writer wins,
   * whatever it read. Meant for imports and seeding, where the input file is the truth; a change made to a township
   * read from this repository uses {@link #save(Township, long)}. The stored version goes up by one (to 1 for a new
   * township), so a conditional save by someone who read before this one is refused.
   *
   * @param township the township, not null
   * @throws NullPointerException if {@code township} is null
   */
  void save(Township township);

  /**
   * Saves a township if the stored one is still at the expected version, replacing it as a whole.
   *
   * @param township the township to store, not null
   * @param expectedVersion the version the caller read ({@link Versioned#version()}); 0 when the township must not
   *     exist yet
   * @return true when stored, at version {@code expectedVersion + 1}; false when the stored version differs (or, for
   *     0, a township with the id exists), and then nothing is written
   * @throws NullPointerException if {@code township} is null
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   */
  boolean save(Township township, long expectedVersion);

  /**
   * Finds a township by id.
   *
   * @param id the township's id, not null
   * @return the township as last saved, or empty when none has that id
   * @throws NullPointerException if {@code id} is null
   */
  Optional<Township> findById(TownshipId id);

  /**
   * Finds a township by id with its stored version, to save it back with {@link #save(Township, long)}.
   *
   * @param id the township's id, not null
   * @return the township as last saved and the version of that save, or empty when none has that id
   * @throws NullPointerException if {@code id} is null
   */
  Optional<Versioned<Township>> findVersioned(TownshipId id);

  /**
   * Lists the ids of all stored townships.
   *
   * @return the ids in ascending order; empty when none is stored
   */
  List<TownshipId> ids();
}
