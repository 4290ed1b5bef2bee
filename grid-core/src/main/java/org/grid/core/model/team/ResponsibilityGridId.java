package org.grid.core.model.team;

/**
 * The id of a responsibility grid (职责网格, 行政村网格): part of exactly one village, about 200 households.
 *
 * <p>Grids are made by partitioning ({@code org.grid.core.model.partition}); teams, pairing and duties refer to a
 * grid only by this id, and take the village, units and district it covers as a {@link ServedGrid}. When
 * partitioning and teams meet, this is the one type to reconcile with partitioning's grid id.
 *
 * <p>Ids are opaque strings chosen by the county; they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace or
 *     control characters
 */
public record ResponsibilityGridId(String value) implements Comparable<ResponsibilityGridId> {

  /**
   * Checks the id text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters
   */
  public ResponsibilityGridId {
    TeamIds.requireValidId(value, "responsibilityGridId", 64);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static ResponsibilityGridId of(String value) {
    return new ResponsibilityGridId(value);
  }

  @Override
  public int compareTo(ResponsibilityGridId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
