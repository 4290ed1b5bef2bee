package org.grid.core.model.jurisdiction;

import static org.grid.core.model.jurisdiction.Ids.requireValidId;

/**
 * The id of a district grid (片区网格).
 *
 * <p>Ids are opaque strings chosen by the county (for example the national statistical division code, or
 * {@code T01-V04}); they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or
 *     trailing whitespace or control characters
 */
public record DistrictId(String value) implements Comparable<DistrictId> {

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or
   *     trailing whitespace or control characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters
   */
  public DistrictId {
    requireValidId(value, "districtId");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static DistrictId of(String value) {
    return new DistrictId(value);
  }

  @Override
  public int compareTo(DistrictId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
