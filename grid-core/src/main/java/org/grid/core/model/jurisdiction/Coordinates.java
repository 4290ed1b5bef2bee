package org.grid.core.model.jurisdiction;

/**
 * A point inside a unit, in any planar coordinates the county uses (a map grid, projected metres, or a sketch).
 * Used to keep grids and districts compact and to draw them; never required.
 *
 * @param x the east-west coordinate, finite
 * @param y the north-south coordinate, finite
 */
public record Coordinates(double x, double y) {

  /**
   * Checks the coordinates.
   *
   * @param x the east-west coordinate, finite
   * @param y the north-south coordinate, finite
   * @throws IllegalArgumentException if {@code x} or {@code y} is NaN or infinite
   */
  public Coordinates {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("x must be finite, was " + x);
    }
    if (!Double.isFinite(y)) {
      throw new IllegalArgumentException("y must be finite, was " + y);
    }
  }

  /**
   * Returns the point at {@code (x, y)}.
   *
   * @param x the east-west coordinate, finite
   * @param y the north-south coordinate, finite
   * @return the point
   */
  public static Coordinates of(double x, double y) {
    return new Coordinates(x, y);
  }

  /**
   * Returns the straight-line distance to another point.
   *
   * @param other the other point, not null
   * @return the Euclidean distance, never negative
   */
  public double distanceTo(Coordinates other) {
    return Math.hypot(x - other.x, y - other.y);
  }
}
