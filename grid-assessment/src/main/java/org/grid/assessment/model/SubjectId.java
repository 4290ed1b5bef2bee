package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.privacy.NationalIdNumber;

/**
 * The id of whoever or whatever is scored (考核对象): a party member, a service-team member, a grid, or a handling office. Its meaning comes from the rule set's subject kind.
 *
 * @param value the id text: not blank, without surrounding whitespace, control or format characters
 */
public record SubjectId(String value) implements Comparable<SubjectId> {

  /**
   * Checks the id.
   *
   * @param value the id text: not blank, without surrounding whitespace, control or format characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace, a control character or an
   *     invisible format character, or is a national ID number (居民身份证号码; the message does not quote it)
   */
  public SubjectId {
    requireNonNull(value, "value");
    Ids.requireNoControlCharacters(value, "subjectId");
    Ids.requireNoFormatCharacters(value, "subjectId");
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new IllegalArgumentException(
          "subjectId must be non-blank text without surrounding whitespace");
    }
    if (NationalIdNumber.isValid(value)) {
      throw new IllegalArgumentException("subjectId must not be a national ID number (GB 11643); use a pseudonymous id");
    }
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   */
  public static SubjectId of(String value) {
    return new SubjectId(value);
  }

  @Override
  public int compareTo(SubjectId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
