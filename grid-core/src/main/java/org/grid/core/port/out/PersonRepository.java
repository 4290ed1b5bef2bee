package org.grid.core.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Roster;

/**
 * Where a township's people (人员名册) are kept. Every query names the township, so a SQL adapter answers it from
 * an index on (township, person) or (township, village). Every stored person has a version: 1 after the first save
 * and one more after every save. A read-modify-write reads the person with {@link #findVersioned} and saves it with
 * {@link #save(TownshipId, Person, long)}, so that a concurrent change is never overwritten (optimistic locking).
 * Every implementation passes {@code AbstractPersonRepositoryContractTest} of grid-testkit.
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
   * Saves a person of a township if the stored one is still at the expected version, replacing it as a whole.
   *
   * @param township the township, not null
   * @param person the person to store, not null
   * @param expectedVersion the version the caller read ({@link Versioned#version()}); 0 when the person must not
   *     exist yet
   * @return true when stored, at version {@code expectedVersion + 1}; false when the stored version differs (or, for
   *     0, a person with the id exists in the township), and then nothing is written
   * @throws NullPointerException if {@code township} or {@code person} is null
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   */
  boolean save(TownshipId township, Person person, long expectedVersion);

  /**
   * Finds a person with the stored version, to save the person back with {@link #save(TownshipId, Person, long)}.
   *
   * @param township the township, not null
   * @param id the person's id, not null
   * @return the person as last saved and the version of that save, or empty when the township has no such person
   * @throws NullPointerException if an argument is null
   */
  Optional<Versioned<Person>> findVersioned(TownshipId township, PersonId id);

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
   * Erases a person's personal data (删除个人信息), as PIPL asks when the retention period has passed or the person
   * asks: the stored person becomes {@link Person#erased()} (the name replaced by {@link Person#ERASED_NAME}, the home
   * unit forgotten), keeping id, roles, home village and party class, so that teams, pairings and histories that name
   * the person keep their shape. The version goes up by one, as for a save; erasing an erased person changes nothing
   * and still answers true.
   *
   * <p>The default reads the person and saves the erased one conditionally on the version read, again when a
   * concurrent save came in between; an adapter may do it in one statement.
   *
   * @param township the township, not null
   * @param id the person's id, not null
   * @return true when the township has the person (now erased); false when it has no such person
   * @throws NullPointerException if an argument is null
   */
  default boolean erase(TownshipId township, PersonId id) {
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(id, "id");
    while (true) {
      Optional<Versioned<Person>> stored = findVersioned(township, id);
      if (stored.isEmpty()) {
        return false;
      }
      Person person = stored.get().value();
      if (person.isErased() || save(township, person.erased(), stored.get().version())) {
        return true;
      }
    }
  }

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
