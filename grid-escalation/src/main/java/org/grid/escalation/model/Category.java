package org.grid.escalation.model;

import static org.grid.escalation.model.Checks.requireValidId;

/**
 * The category (事项类别) of a request, e.g. {@code land} or {@code pension}: the county office routes by it and
 * time limits may differ by it. Categories are data the county supplies, compared by their code.
 *
 * @param code the category code: not null, not blank, at most 64 characters, no surrounding whitespace
 */
public record Category(String code) implements Comparable<Category> {

  /**
   * Checks the code.
   *
   * @param code the category code: not null, not blank, at most 64 characters, no surrounding whitespace
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is blank, too long or has surrounding whitespace
   */
  public Category {
    requireValidId(code, "category");
  }

  /**
   * Returns the category with the given code.
   *
   * @param code the code, as for the constructor
   * @return the category
   * @throws IllegalArgumentException as the constructor
   */
  public static Category of(String code) {
    return new Category(code);
  }

  @Override
  public int compareTo(Category other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
