package org.grid.core.model.privacy;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident's national ID number (居民身份证号码) of GB 11643-1999: six digits of the address code, eight of the
 * birth date (positions 7 to 14, {@code yyyyMMdd}), three of the sequence number and one check character, {@code 0}
 * to {@code 9} or {@code X}, computed from the first seventeen with the weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5
 * 8 4 2}: the weighted sum modulo 11 indexes {@code "10X98765432"}.
 *
 * <p>grid keeps no national ID numbers in its model (ids refuse them, see {@code PersonId}); this type is what a
 * check or an embedder holds one in. It never shows the number in clear: {@link #toString()} and every exception
 * message mask it ({@link Masking#nationalId(String)}); {@link #inClear(Purpose)} returns it with a stated purpose.
 */
public final class NationalIdNumber {

  /** The length of a number, in characters. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final int EARLIEST_BIRTH_YEAR = 1800;

  @PersonalData(PersonalData.Kind.NATIONAL_ID)
  private final String value;

  private NationalIdNumber(String value) {
    this.value = value;
  }

  /**
   * Returns the number, checked.
   *
   * @param text the number, 18 characters; a lower-case {@code x} is read as {@code X}
   * @return the number
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a valid number; the message says why without the number
   */
  public static NationalIdNumber of(String text) {
    requireNonNull(text, "nationalIdNumber");
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException("nationalIdNumber " + problem);
    }
    return new NationalIdNumber(text.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Tells whether text is a valid number: 18 characters, 17 digits and the right check character ({@code x} counts as
   * {@code X}), with a real birth date in positions 7 to 14 (year 1800 or later). Digits and {@code X} may be ASCII or
   * full-width ({@code １１０１…}), as masking reads them.
   *
   * @param text the text, possibly null
   * @return true when valid; false for null
   */
  public static boolean isValid(CharSequence text) {
    // the length first: every id of grid's own is checked here, and the message of problem() is not built for them
    return text != null && text.length() == LENGTH && problem(text) == null;
  }

  /**
   * Tells whether 18 characters of text, from {@code start}, are a valid number.
   *
   * @param text the text, not null
   * @param start the first character, at least 0 and at most {@code text.length() - 18}
   * @return true when valid
   */
  static boolean isValidAt(CharSequence text, int start) {
    return problem(text.subSequence(start, start + LENGTH)) == null;
  }

  /** Says what is wrong with text as a number, never quoting it; null when it is valid. */
  private static String problem(CharSequence text) {
    if (text.length() != LENGTH) {
      return "must be " + LENGTH + " characters, was " + text.length();
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int d = digit(text.charAt(i));
      if (d < 0) {
        return "must have digits in positions 1 to 17";
      }
      sum += d * WEIGHTS[i];
    }
    char last = text.charAt(LENGTH - 1);
    int lastDigit = digit(last);
    char check = lastDigit >= 0 ? (char) ('0' + lastDigit) : last == '\uFF38' || last == '\uFF58' ? 'X'
        : Character.toUpperCase(last);
    if (check != CHECK.charAt(sum % 11)) {
      return "fails the GB 11643 check character";
    }
    int year = digits(text, 6, 4);
    if (year < EARLIEST_BIRTH_YEAR) {
      return "has no valid birth date in positions 7 to 14";
    }
    try {
      LocalDate.of(year, digits(text, 10, 2), digits(text, 12, 2));
    } catch (DateTimeException e) {
      return "has no valid birth date in positions 7 to 14";
    }
    return null;
  }

  private static int digits(CharSequence text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + digit(text.charAt(i));
    }
    return value;
  }

  /**
   * The value of an ASCII or a full-width digit ({@code １}, as Chinese input methods type it), or -1: a number typed
   * in full-width digits is the same number, and an id must refuse it as it refuses the ASCII one.
   */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= '\uFF10' && c <= '\uFF19' ? c - '\uFF10' : -1;
  }

  /**
   * Returns the birth date the number holds.
   *
   * @return the date of positions 7 to 14
   */
  public LocalDate birthDate() {
    return LocalDate.of(digits(value, 6, 4), digits(value, 10, 2), digits(value, 12, 2));
  }

  /**
   * Returns the number in clear, for a stated purpose.
   *
   * @param purpose why it is read in clear, not null
   * @return the 18 characters, with an upper-case {@code X}
   * @throws NullPointerException if {@code purpose} is null
   */
  public String inClear(Purpose purpose) {
    requireNonNull(purpose, "purpose");
    return value;
  }

  /**
   * Returns the number masked.
   *
   * @return as {@link Masking#nationalId(String)}: the first four and the last four characters
   */
  public String masked() {
    return Masking.nationalId(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalIdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the number masked, as {@link #masked()}. */
  @Override
  public String toString() {
    return masked();
  }
}
