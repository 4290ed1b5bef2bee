package org.grid.core.model.privacy;

import static java.util.Objects.requireNonNull;

/**
 * A stated purpose of processing (处理目的): why personal information is read in clear. Every clear-text accessor of
 * the model takes one ({@code Person.nameInClear(Purpose)}, {@code Household.careTags(Purpose)}, {@link
 * NationalIdNumber#inClear(Purpose)}), so clear text is never the default path and every clear read says why; the
 * masked form is what {@code toString()} gives. A purpose is a statement, not a permission: an embedding system that
 * must log or audit clear reads does so where it states the purpose.
 *
 * <p>grid's own rules state theirs through the constants of this class (for example {@link #RULEBOOK_DUTIES}, with
 * which duty compliance reads care tags), so a search for a constant finds every internal clear read.
 *
 * @param statement what the information is processed for, in a sentence: not blank, at most {@value #MAX_LENGTH}
 *     characters, without control characters
 */
public record Purpose(String statement) {

  /** The longest statement accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  /**
   * grid's duty rules (section 4 of the rulebook): which duties concern a household (its care tags decide the
   * must-visit rounds and the pairer's monthly visits), and the compliance report of those duties.
   */
  public static final Purpose RULEBOOK_DUTIES =
      new Purpose("the rulebook's duties: which visits a household's care tags call for (section 4)");

  /**
   * Storage: an adapter writing the clear value to the store the county chose (a database, an interchange file), from
   * which it reads it back unchanged.
   */
  public static final Purpose STORAGE = new Purpose("storing the record in the county's own store and reading it back");

  /**
   * Checks the statement.
   *
   * @param statement what the information is processed for, in a sentence: not blank, at most {@value #MAX_LENGTH}
   *     characters, without control characters
   * @throws NullPointerException if {@code statement} is null
   * @throws IllegalArgumentException if {@code statement} is blank, longer than {@value #MAX_LENGTH} characters, or
   *     has control characters
   */
  public Purpose {
    requireNonNull(statement, "purpose");
    if (statement.isBlank()) {
      throw new IllegalArgumentException("purpose must state why personal information is read in clear");
    }
    if (statement.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "purpose must be at most " + MAX_LENGTH + " characters, was " + statement.length());
    }
    if (statement.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("purpose must not contain control characters");
    }
    if (statement.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
      throw new IllegalArgumentException("purpose must not contain an unpaired surrogate");
    }
    statement = statement.strip();
  }

  /**
   * Returns the purpose with the given statement.
   *
   * @param statement why, as for the constructor
   * @return the purpose
   * @throws NullPointerException if {@code statement} is null
   * @throws IllegalArgumentException as the constructor
   */
  public static Purpose of(String statement) {
    return new Purpose(statement);
  }

  /** Returns the statement, with any national ID number or mobile phone number in it masked. */
  @Override
  public String toString() {
    return Masking.text(statement);
  }
}
