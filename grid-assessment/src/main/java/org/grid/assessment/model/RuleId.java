package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;

/**
 * The id of a scoring rule (考核细则) within its rule set.
 *
 * @param value the id text: not blank, without surrounding whitespace, control or format characters
 */
public record RuleId(String value) implements Comparable<RuleId> {

  /**
   * Checks the id.
   *
   * @param value the id text: not blank, without surrounding whitespace, control or format characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace, a control character or an
   *     invisible format character
   */
  public RuleId {
    requireNonNull(value, "value");
    Ids.requireNoControlCharacters(value, "ruleId");
    Ids.requireNoFormatCharacters(value, "ruleId");
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new IllegalArgumentException("ruleId must be non-blank text without surrounding whitespace");
    }
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
