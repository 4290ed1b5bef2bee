package org.grid.core.model.duty;

import org.grid.core.model.jurisdiction.Ids;

/**
 * One reason a duty log (工作台账) is refused (台账错误): an entry that names a grid, household, team, village or
 * township its township's duties do not have, or an id already used for a different entry. Found by {@link
 * DutyLogCheck}.
 *
 * @param position the entry's position in the log as given, from 0
 * @param field the entry's field at fault: {@code grid}, {@code household}, {@code team}, {@code host} or {@code id}
 * @param message what is wrong, naming the entry (its id, or its kind, time and subject) and the problem; ids only,
 *     never a person's name or other personal data
 */
public record DutyLogProblem(int position, String field, String message) {

  /**
   * Checks the problem.
   *
   * @param position the entry's position in the log as given, from 0
   * @param field the entry's field at fault: {@code grid}, {@code household}, {@code team}, {@code host} or {@code id}
   * @param message what is wrong, naming the entry (its id, or its kind, time and subject) and the problem; ids only,
   *     never a person's name or other personal data
   * @throws NullPointerException if {@code field} or {@code message} is null
   * @throws IllegalArgumentException if {@code position} is negative or {@code field} or {@code message} is blank
   */
  public DutyLogProblem {
    Ids.requireName(field, "field");
    Ids.requireName(message, "message");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative, was " + position);
    }
  }

  /** Returns {@code entry <position> <field>: <message>}. */
  @Override
  public String toString() {
    return "entry " + position + " " + field + ": " + message;
  }
}
