package org.grid.core.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;

/**
 * Where pairings (联系结对) are kept: at most one pairing per household. Every query names the township, so a SQL
 * adapter answers it from an index on (township, household) or (township, pairer). Every implementation passes
 * {@code AbstractPairingRepositoryContractTest} of grid-testkit.
 */
public interface PairingRepository {

  /**
   * Stores a pairing, replacing any pairing of the same household in the township.
   *
   * @param township the township, not null
   * @param pairing the pairing, not null
   * @throws NullPointerException if an argument is null
   */
  void save(TownshipId township, Pairing pairing);

  /**
   * Replaces every pairing of a township with the given ones, as one change: a reader sees the old pairings or the
   * new ones, never a mix, and a failure leaves the old ones. This is how a township is paired; a SQL adapter
   * writes it as one delete and multi-row inserts, not one statement per household.
   *
   * @param township the township, not null
   * @param pairings the township's new pairings, at most one per household; not null, no null element
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if two pairings name the same household
   */
  void replaceAll(TownshipId township, Collection<Pairing> pairings);

  /**
   * Removes the pairing of a household, if there is one.
   *
   * @param township the township, not null
   * @param household the household, not null
   * @throws NullPointerException if an argument is null
   */
  void remove(TownshipId township, HouseholdId household);

  /**
   * Finds the pairing of a household.
   *
   * @param township the township, not null
   * @param household the household, not null
   * @return the pairing, or empty when the household is unpaired
   * @throws NullPointerException if an argument is null
   */
  Optional<Pairing> findByHousehold(TownshipId township, HouseholdId household);

  /**
   * Lists the pairings of a pairer.
   *
   * @param township the township, not null
   * @param pairer the pairer, not null
   * @return the pairings in ascending order of household id; empty when there is none
   * @throws NullPointerException if an argument is null
   */
  List<Pairing> findByPairer(TownshipId township, PersonId pairer);

  /**
   * Lists the pairings of a township.
   *
   * @param township the township, not null
   * @return the pairings in ascending order of household id; empty when there is none
   * @throws NullPointerException if the township is null
   */
  List<Pairing> findByTownship(TownshipId township);
}
