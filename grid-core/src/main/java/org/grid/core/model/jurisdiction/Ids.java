package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.privacy.NationalIdNumber;

/**
 * The checks every id and name of grid's model makes of its text, in one place so that every id reads the same rules
 * and the same messages: an id is 1 to {@value #MAX_LENGTH} characters (or another maximum its type names), without
 * leading or trailing whitespace, without control characters, without invisible format characters (U+202E and the
 * other bidirectional controls, zero-width spaces and joiners, a byte order mark) and without any space but U+0020
 * (no no-break or ideographic space, no line or paragraph separator: an id with a no-break space U+00A0 looks the
 * same as one with a plain space); a name is any text that is not blank and has no control characters and no line or
 * paragraph separator (no line break of any kind, tab, escape, bell or NUL: a name is printed on one line of a
 * terminal and stored in every database alike). Neither holds an unpaired surrogate (half of a character beyond the
 * Basic Multilingual Plane, such as U+D800 alone): no database stores one as UTF-8, and a driver would store
 * {@code ?} in its place; a whole pair (a rare CJK character, an emoji) is text like any other. An id of a person or a
 * household is pseudonymous as well: it is never a national ID number ({@link #requirePseudonymousId}). No message
 * quotes a national ID number or a mobile phone number in clear.
 */
public final class Ids {

  /** The longest id text accepted by default, in characters. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Checks id text of at most {@value #MAX_LENGTH} characters.
   *
   * @param value the text
   * @param what what the id is, for the message, for example {@code villageId}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace, control
   *     characters, format characters, a space other than U+0020, a line or paragraph separator or an unpaired
   *     surrogate; the message starts with {@code what} and never quotes the value
   */
  public static void requireValidId(String value, String what) {
    requireValidId(value, what, MAX_LENGTH);
  }

  /**
   * Checks id text of at most {@code maxLength} characters.
   *
   * @param value the text
   * @param what what the id is, for the message
   * @param maxLength the longest text accepted, in characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException as {@link #requireValidId(String, String)}
   */
  public static void requireValidId(String value, String what, int maxLength) {
    requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          what + " must be at most " + maxLength + " characters, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      // Never the value: an id may be a name, and its whitespace a line break that would forge a log line.
      throw new IllegalArgumentException(what + " must not start or end with whitespace");
    }
    if (hasControlCharacter(value)) {
      throw new IllegalArgumentException(what + " must not contain control characters");
    }
    requireNoFormatCharacters(value, what);
    String surrogate = unpairedSurrogateProblem(value);
    if (surrogate != null) {
      throw new IllegalArgumentException(what + " " + surrogate);
    }
  }

  /**
   * Checks that an id has no character with which two different ids look the same on a screen: no invisible format
   * character ({@link Character#FORMAT}: U+202E and the other bidirectional controls, zero-width spaces and joiners,
   * a byte order mark, a soft hyphen), no space other than U+0020 (Unicode's space separators, category Zs: a
   * no-break space U+00A0, an ideographic space U+3000, an en space U+2002, ...) and no line or paragraph separator
   * (U+2028, U+2029, categories Zl and Zp), which a viewer shows as a line break. {@link #requireValidId} makes this
   * check; an id type with rules of its own (no length limit, say) makes it alone.
   *
   * @param value the text, not null
   * @param what what the id is, for the message
   * @throws IllegalArgumentException if {@code value} has such a character; the message names {@code what}, the
   *     problem, the character's code point and its index, and never quotes the value
   */
  public static void requireNoFormatCharacters(String value, String what) {
    int at = lookalikeCharacter(value);
    if (at < 0) {
      return;
    }
    int cp = value.codePointAt(at);
    switch (Character.getType(cp)) {
      case Character.FORMAT -> throw new IllegalArgumentException(what + " must not contain invisible format "
          + "characters (bidirectional controls, zero-width characters), has U+" + hex(cp) + " at index " + at);
      case Character.SPACE_SEPARATOR -> throw new IllegalArgumentException(what + " must not contain a space other "
          + "than U+0020 (a no-break, ideographic or other space looks the same), has U+" + hex(cp) + " at index "
          + at);
      default -> throw new IllegalArgumentException(what + " " + LINE_SEPARATOR_PROBLEM + ", has U+" + hex(cp)
          + " at index " + at);
    }
  }

  /**
   * Checks the id text of a person or a household, which must be pseudonymous: as {@link #requireValidId(String,
   * String, int)}, and not a national ID number (居民身份证号码, {@link NationalIdNumber#isValid}), which PIPL treats as
   * sensitive and grid keeps out of every id, key and log line.
   *
   * @param value the text
   * @param what what the id is, for the message, for example {@code personId}
   * @param maxLength the longest text accepted, in characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException as {@link #requireValidId(String, String, int)}, or if {@code value} is a valid
   *     national ID number; the message names {@code what} and the problem and does not quote the number
   */
  public static void requirePseudonymousId(String value, String what, int maxLength) {
    requireValidId(value, what, maxLength);
    if (NationalIdNumber.isValid(value)) {
      throw new IllegalArgumentException(
          what + " must not be a national ID number (GB 11643); use a pseudonymous id");
    }
  }

  /**
   * Checks a name.
   *
   * @param name the name
   * @param what what the name is, for the message
   * @return {@code name}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or has a control character, a line or paragraph
   *     separator or an unpaired surrogate, as {@link #requireNoControlCharacters}
   */
  public static String requireName(String name, String what) {
    requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    requireNoControlCharacters(name, what);
    return name;
  }

  /**
   * Checks that a text has no control character (C0, DEL or C1: line breaks, tab, escape, bell, NUL), no line or
   * paragraph separator (U+2028, U+2029: a line break to a viewer, which would show a forged line) and no unpaired
   * surrogate.
   *
   * @param text the text, not null
   * @param what what the text is, for the message
   * @return {@code text}
   * @throws IllegalArgumentException if {@code text} has a control character, a line or paragraph separator or an
   *     unpaired surrogate; the message names {@code what} and the character's position and code, not the text
   */
  public static String requireNoControlCharacters(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        throw new IllegalArgumentException(what + " must not contain control characters, has U+"
            + hex(text.charAt(i)) + " at index " + i);
      }
    }
    String separator = lineSeparatorProblem(text);
    if (separator != null) {
      throw new IllegalArgumentException(what + " " + separator);
    }
    String surrogate = unpairedSurrogateProblem(text);
    if (surrogate != null) {
      throw new IllegalArgumentException(what + " " + surrogate);
    }
    return text;
  }

  /**
   * Finds the first unpaired surrogate of a text: a high surrogate not followed by a low one, or a low surrogate not
   * preceded by a high one.
   *
   * @param text the text, not null
   * @return its index, or -1 when every surrogate is half of a pair
   */
  public static int unpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  /**
   * Describes the first unpaired surrogate of a text, for a message that names the field before it.
   *
   * @param text the text, not null
   * @return null when every surrogate is half of a pair, else for example {@code must not contain an unpaired
   *     surrogate, has U+D83C at index 1}
   */
  public static String unpairedSurrogateProblem(String text) {
    int at = unpairedSurrogate(text);
    return at < 0 ? null
        : "must not contain an unpaired surrogate, has U+" + hex(text.charAt(at)) + " at index " + at;
  }

  /**
   * Describes the first line or paragraph separator (U+2028, U+2029) of a text, for a message that names the field
   * before it: neither a name nor an id may hold one, since a viewer breaks the line there.
   *
   * @param text the text, not null
   * @return null when the text has none, else for example {@code must not contain a line or paragraph separator
   *     (U+2028, U+2029: a line break), has U+2028 at index 3}
   */
  public static String lineSeparatorProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0x2028 || c == 0x2029) {
        return LINE_SEPARATOR_PROBLEM + ", has U+" + hex(c) + " at index " + i;
      }
    }
    return null;
  }

  private static final String LINE_SEPARATOR_PROBLEM =
      "must not contain a line or paragraph separator (U+2028, U+2029: a line break)";

  /** A UTF-16 code unit or a code point in hex, at least four digits: {@code 202E}, {@code E0001}. */
  private static String hex(int c) {
    return String.format(java.util.Locale.ROOT, "%04X", c);
  }

  /**
   * Finds the first format character ({@link Character#FORMAT}: U+202E, which turns the text after it around on the
   * screen, zero-width spaces and joiners, a byte order mark, a soft hyphen), space separator other than U+0020
   * (U+00A0, U+3000, ...) or line or paragraph separator (U+2028, U+2029), which no id needs and which let two ids
   * that differ look alike, or an id look like another in a list or a log. ASCII has none but U+0020, so an ASCII id
   * costs a comparison per character. A format character beyond the Basic Multilingual Plane (U+E0001 LANGUAGE TAG
   * and the other tags) is a surrogate pair, found at its first half.
   *
   * @return its index (of its high surrogate for a pair), or -1
   */
  private static int lookalikeCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        int cp = value.codePointAt(i);
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR) {
          return i;
        }
        i += Character.charCount(cp) - 1;
      }
    }
    return -1;
  }

  /** A loop, not a stream: every id of every command passes here. */
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
