package org.grid.core.model.duty;

/**
 * How many duties of one rule were due and how many done (应履职/已履职).
 *
 * @param due duties due, at least 0
 * @param done duties done, from 0 to {@code due}
 */
public record Tally(int due, int done) {

  /**
   * Checks the counts.
   *
   * @param due duties due, at least 0
   * @param done duties done, from 0 to {@code due}
   * @throws IllegalArgumentException if a count is negative or {@code done} exceeds {@code due}
   */
  public Tally {
    if (due < 0 || done < 0 || done > due) {
      throw new IllegalArgumentException("done must be from 0 to due, was " + done + " of " + due);
    }
  }

  /**
   * Returns the share done, from 0 to 1; 1 when nothing was due.
   *
   * @return the share done, from 0 to 1
   */
  public double ratio() {
    return due == 0 ? 1.0 : (double) done / due;
  }

  /**
   * Returns the sum of two tallies.
   *
   * @param other the other tally, not null
   * @return the sum
   */
  public Tally plus(Tally other) {
    return new Tally(due + other.due, done + other.done);
  }
}
