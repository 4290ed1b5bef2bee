package org.grid.escalation.model;

import static org.grid.escalation.model.Checks.requirePseudonymousId;

/**
 * The category (事项类别) of a request, e.g. {@code land} or {@code pension}: the county office routes by it and
 * time limits may differ by it. Categories are data the county supplies, compared by their code.
 *
 * <p>A code is never a national ID number (居民身份证号码): it is printed in URLs, logs, events and exports as it is.
 *
 * @param code the category code: not null, not blank, at most 64 characters, no surrounding whitespace, not a
 *     national ID number
 */
public record Category(String code) implements Comparable<Category> {

  /**
   * Checks the code.
   *
   * @param code the category code: not null, not blank, at most 64 characters, no surrounding whitespace, not a
   *     national ID number
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is blank, too long or has surrounding whitespace, or is a
   *     national ID number ({@code category must not be a national ID number (GB 11643); use a pseudonymous id}:
   *     the message does not quote the number)
   */
  public Category {
    requirePseudonymousId(code, "category");
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
