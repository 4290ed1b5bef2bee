package org.grid.core.model.team;

import org.grid.core.model.jurisdiction.Ids;

/**
 * The id of a person (人员) on a township's roster: a cadre, party member, villager representative or other member of
 * a service team.
 *
 * <p>Ids are opaque strings chosen by the county; they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace or
 *     control characters; never a national ID number (居民身份证号码), which the id refuses without quoting it: a
 *     person's id is pseudonymous
 */
public record PersonId(String value) implements Comparable<PersonId> {

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace or
   *     control characters; never a national ID number (居民身份证号码), which the id refuses without quoting it: a
   *     person's id is pseudonymous
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters, or is a national ID number (the message does not quote it)
   */
  public PersonId {
    Ids.requirePseudonymousId(value, "personId", 64);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
