package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.privacy.Masking;

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
   *     without surrounding whitespace or control characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or control
   *     characters
   */
  public GridId {
    requireNonNull(value, "gridId");
    if (value.isBlank()) {
      throw new IllegalArgumentException("gridId must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "gridId must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException("gridId must not start or end with whitespace: '" + Masking.text(value) + "'");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("gridId must not contain control characters");
    }
    String surrogate = Ids.unpairedSurrogateProblem(value);
    if (surrogate != null) {
      throw new IllegalArgumentException("gridId " + surrogate);
    }
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
