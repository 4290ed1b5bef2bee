package org.grid.core.model.jurisdiction;

import static org.grid.core.model.jurisdiction.Ids.requireValidId;

/**
 * The id of a county (县).
 *
 * <p>Ids are opaque strings chosen by the county (for example the national statistical division code, or
 * {@code T01-V04}); they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or
 *     trailing whitespace or control characters
 */
public record CountyId(String value) implements Comparable<CountyId> {

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or
   *     trailing whitespace or control characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters
   */
  public CountyId {
    requireValidId(value, "countyId");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static CountyId of(String value) {
    return new CountyId(value);
  }

  @Override
  public int compareTo(CountyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
