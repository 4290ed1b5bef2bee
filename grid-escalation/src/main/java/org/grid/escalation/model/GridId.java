package org.grid.escalation.model;

import static org.grid.escalation.model.Checks.requireValidId;

/**
 * The id of a responsibility grid (职责网格), the village grid where a request enters (一口受理).
 *
 * <p>Ids are opaque strings chosen by the caller or the county; they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace
 *     or control characters
 */
public record GridId(String value) implements Comparable<GridId> {

  /**
   * Checks the id text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters
   */
  public GridId {
    requireValidId(value, "gridId");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   * @throws IllegalArgumentException as the constructor
   */
  public static GridId of(String value) {
    return new GridId(value);
  }

  @Override
  public int compareTo(GridId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
