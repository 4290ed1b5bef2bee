package org.grid.core.model.partition;

import org.grid.core.model.jurisdiction.Ids;

/**
 * The id of a responsibility grid (职责网格), for example {@code T01-V04-N1}: the village's id, {@code -N} and the
 * grid's number in its village. Ids read from a hand-drawn plan may be any text; they are compared and ordered by
 * their text.
 *
 * @param value the id text: not blank, at most 80 characters (room for a village id of up to 64 and a suffix),
 *     without surrounding whitespace or control characters
 */
public record GridId(String value) implements Comparable<GridId> {

  /** The longest id text accepted, in characters. */
  public static final int MAX_LENGTH = 80;

  /**
   * Checks the id text.
   *
   * @param value the id text: not blank, at most 80 characters (room for a village id of up to 64 and a suffix),
   *     without surrounding whitespace, control characters or unpaired surrogates
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException as {@link Ids#requireValidId(String, String, int)}, the message starting with
   *     {@code gridId}
   */
  public GridId {
    Ids.requireValidId(value, "gridId", MAX_LENGTH);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
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
