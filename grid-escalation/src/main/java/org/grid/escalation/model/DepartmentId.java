package org.grid.escalation.model;

import static org.grid.escalation.model.Checks.requireValidId;

/**
 * The id of a county functional department (职能部门), e.g. natural resources or human resources and social security.
 *
 * <p>Ids are opaque strings chosen by the caller or the county; they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace
 *     or control characters
 */
public record DepartmentId(String value) implements Comparable<DepartmentId> {

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace
   *     or control characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters
   */
  public DepartmentId {
    requireValidId(value, "departmentId");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   * @throws IllegalArgumentException as the constructor
   */
  public static DepartmentId of(String value) {
    return new DepartmentId(value);
  }

  @Override
  public int compareTo(DepartmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
