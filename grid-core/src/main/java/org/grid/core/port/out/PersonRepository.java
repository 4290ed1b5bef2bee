package org.grid.core.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Roster;

/**
 * Where a township's people (人员名册) are kept. Every query names the township, so a SQL adapter answers it from
 * an index on (township, person) or (township, village). Every implementation passes {@code
 * AbstractPersonRepositoryContractTest} of grid-testkit.
 */
public interface PersonRepository {

  /**
   * Stores a person of a township, replacing the person with the same id in that township as a whole.
   *
   * @param township the township, not null
   * @param person the person, not null
   * @throws NullPointerException if an argument is null
   */
  void save(TownshipId township, Person person);

  /**
   * Finds a person.
   *
   * @param township the township, not null
   * @param id the person's id, not null
   * @return the person as last saved, or empty when the township has no such person
   * @throws NullPointerException if an argument is null
   */
  Optional<Person> findById(TownshipId township, PersonId id);

  /**
   * Lists the people of a township.
   *
   * @param township the township, not null
   * @return the people in ascending order of id; empty when there is none
   * @throws NullPointerException if the township is null
   */
  List<Person> findByTownship(TownshipId township);

  /**
   * Lists the people whose home village is the given one.
   *
   * @param township the township, not null
   * @param village the village, not null
   * @return the people in ascending order of id; empty when there is none
   * @throws NullPointerException if an argument is null
   */
  List<Person> findByVillage(TownshipId township, VillageId village);

  /**
   * Returns the township's roster: everyone stored for it, in ascending order of id.
   *
   * @param township the township, not null
   * @return the roster, possibly empty
   * @throws NullPointerException if the township is null
   */
  default Roster roster(TownshipId township) {
    return Roster.of(township, findByTownship(township));
  }
}
