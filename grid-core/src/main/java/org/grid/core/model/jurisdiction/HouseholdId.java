package org.grid.core.model.jurisdiction;

import static org.grid.core.model.jurisdiction.Ids.requirePseudonymousId;

/**
 * The id of a household (户).
 *
 * <p>Ids are opaque strings chosen by the county (for example the national statistical division code, or
 * {@code T01-V04}); they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or
 *     trailing whitespace or control characters; never a national ID number (居民身份证号码), which the id
 *     refuses without quoting it: a person's or household's id is pseudonymous
 */
public record HouseholdId(String value) implements Comparable<HouseholdId> {

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or
   *     trailing whitespace or control characters; never a national ID number (居民身份证号码), which the id
   *     refuses without quoting it: a person's or household's id is pseudonymous
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters, or is a national ID number (the message does not quote it)
   */
  public HouseholdId {
    requirePseudonymousId(value, "householdId", Ids.MAX_LENGTH);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  @Override
  public int compareTo(HouseholdId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
