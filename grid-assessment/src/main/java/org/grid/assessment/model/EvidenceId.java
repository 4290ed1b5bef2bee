package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.privacy.NationalIdNumber;

/**
 * The id of one piece of evidence (考核依据): the visit, meeting, duty log entry or request a line item counted.
 *
 * @param value the id text: not blank, without surrounding whitespace, control or format characters, not a national
 *     ID number
 */
public record EvidenceId(String value) implements Comparable<EvidenceId> {

  /**
   * Checks the id.
   *
   * @param value the id text: not blank, without surrounding whitespace, control or format characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace, a control character or an
   *     invisible format character, or is a national ID number (居民身份证号码; the message does not quote it)
   */
  public EvidenceId {
    requireNonNull(value, "value");
    Ids.requireNoControlCharacters(value, "evidenceId");
    Ids.requireNoFormatCharacters(value, "evidenceId");
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new IllegalArgumentException("evidenceId must be non-blank text without surrounding whitespace");
    }
    if (NationalIdNumber.isValid(value)) {
      // printed in every line item that counts it
      throw new IllegalArgumentException(
          "evidenceId must not be a national ID number (GB 11643); use a pseudonymous id");
    }
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   */
  public static EvidenceId of(String value) {
    return new EvidenceId(value);
  }

  @Override
  public int compareTo(EvidenceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
