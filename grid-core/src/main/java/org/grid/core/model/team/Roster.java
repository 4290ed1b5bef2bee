package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * A township's roster (人员名册): everyone who may serve on a team or pair households, with their roles.
 *
 * @param township the township the roster belongs to
 * @param people the people in the order the township lists them; ids distinct; may be empty
 */
public record Roster(TownshipId township, ImmutableList<Person> people) {

  /**
   * Checks the roster.
   *
   * @param township the township the roster belongs to
   * @param people the people in the order the township lists them; ids distinct; may be empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a person id repeats
   */
  public Roster {
    requireNonNull(township, "township");
    requireNonNull(people, "people");
    index(people);
  }

  /**
   * Returns a roster of the given people.
   *
   * @param township the township
   * @param people the people, ids distinct
   * @return the roster
   * @throws IllegalArgumentException if a person id repeats
   */
  public static Roster of(TownshipId township, Collection<Person> people) {
    return new Roster(township, ImmutableList.copyOf(people));
  }

  /**
   * Returns the person with the given id.
   *
   * @param id the id, not null
   * @return the person, or empty when nobody on the roster has that id
   */
  public Optional<Person> person(PersonId id) {
    requireNonNull(id, "id");
    for (Person person : people) {
      if (person.id().equals(id)) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the people by id, in roster order; built on each call, so keep it when looking up many.
   *
   * @return the people by id, in roster order
   */
  public ImmutableMap<PersonId, Person> byId() {
    return index(people);
  }

  private static ImmutableMap<PersonId, Person> index(Collection<Person> people) {
    Map<PersonId, Person> byId = new LinkedHashMap<>();
    for (Person person : people) {
      if (byId.put(person.id(), person) != null) {
        throw new IllegalArgumentException("person " + person.id() + " is listed twice on the roster");
      }
    }
    return ImmutableMap.copyOf(byId);
  }
}
