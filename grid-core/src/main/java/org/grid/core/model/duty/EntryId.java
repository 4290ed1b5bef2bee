package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.privacy.Masking;

/**
 * The id of an entry of the duty log (工作台账) that others refer to: a collective visit round, a must-attend event
 * or a meeting. Ids are opaque strings chosen by the county; they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace or
 *     control characters
 */
public record EntryId(String value) implements Comparable<EntryId> {

  /** The longest id text accepted, in characters. */
  static final int MAX_LENGTH = 64;

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace,
   *     control characters, invisible format characters or spaces other than U+0020
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace, control
   *     characters or unpaired surrogates, or a character {@link Ids#requireNoFormatCharacters} refuses
   */
  public EntryId {
    requireNonNull(value, "entryId");
    if (value.isBlank() || value.length() > MAX_LENGTH || !value.strip().equals(value)
        || value.chars().anyMatch(Character::isISOControl) || Ids.unpairedSurrogate(value) >= 0) {
      throw new IllegalArgumentException("entryId must be 1 to " + MAX_LENGTH
          + " characters without surrounding whitespace, control characters or unpaired surrogates: '"
          + Masking.text(value) + "'");
    }
    Ids.requireNoFormatCharacters(value, "entryId");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
