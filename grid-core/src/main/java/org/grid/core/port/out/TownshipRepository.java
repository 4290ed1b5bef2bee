package org.grid.core.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * Where townships (乡/镇) are kept. Implemented by adapters (in memory, JDBC, ...); every implementation passes
 * {@code AbstractTownshipRepositoryContractTest} of grid-testkit.
 */
public interface TownshipRepository {

  /**
   * Stores a township, replacing any township with the same id as a whole.
   *
   * @param township the township, not null
   * @throws NullPointerException if {@code township} is null
   */
  void save(Township township);

  /**
   * Finds a township by id.
   *
   * @param id the township's id, not null
   * @return the township as last saved, or empty when none has that id
   */
  Optional<Township> findById(TownshipId id);

  /**
   * Lists the ids of all stored townships.
   *
   * @return the ids in ascending order; empty when none is stored
   */
  List<TownshipId> ids();
}
