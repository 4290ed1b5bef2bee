package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;

/**
 * The id of a rule set (考核办法), for example {@code party-member/with-post/2025}.
 *
 * @param value the id text: not blank, without surrounding whitespace, control or format characters
 */
public record RuleSetId(String value) implements Comparable<RuleSetId> {

  /**
   * Checks the id.
   *
   * @param value the id text: not blank, without surrounding whitespace, control or format characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace, a control character or an
   *     invisible format character
   */
  public RuleSetId {
    requireNonNull(value, "value");
    Ids.requireNoControlCharacters(value, "ruleSetId");
    Ids.requireNoFormatCharacters(value, "ruleSetId");
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new IllegalArgumentException("ruleSetId must be non-blank text without surrounding whitespace");
    }
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   */
  public static RuleSetId of(String value) {
    return new RuleSetId(value);
  }

  @Override
  public int compareTo(RuleSetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
