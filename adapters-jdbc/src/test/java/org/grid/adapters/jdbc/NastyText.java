package org.grid.adapters.jdbc;

import java.util.List;

/** Text that breaks careless SQL or careless encodings, for the round-trip tests of the V4 adapters. */
public final class NastyText {

  /**
   * Names and other free text: quotes, Chinese, emoji (outside the Basic Multilingual Plane), SQL fragments,
   * backslashes, LIKE wildcards, control characters, the word null, surrounding spaces.
   */
  public static final List<String> TEXTS = List.of(
      "O'Brien", "\"quoted\"", "五都村", "🌾🏔️ emoji", "'; DROP TABLE grid_person; --", "back\\slash", "%_wild%",
      "tab\tand\nnewline\r\n", "null", " leading and trailing ", "王 \"书记\" 🌾", "${text}");

  /** Ids of the greatest length (64 or 80 UTF-16 characters) in Chinese and in emoji. */
  public static final List<String> LONGEST_64 = List.of("长".repeat(64), "🌾".repeat(32));

  /** Ids of 80 UTF-16 characters, the greatest length of team and grid ids. */
  public static final List<String> LONGEST_80 = List.of("团".repeat(80), "🏔".repeat(40));

  /**
   * Ids whose order by Java's {@code String.compareTo} (UTF-16 code units) differs from code-point order and from
   * most collations: the emoji (a surrogate pair) sorts before the full-width letter in Java, after it by code point.
   */
  public static final List<String> ORDER_SENSITIVE = List.of("b", "B", "ä", "Ａ", "🌾", "a b", "A");

  private NastyText() {}

  /**
   * Returns a text as a name: a name has no control characters ({@code Ids.requireName}), so each becomes a space.
   *
   * @param text the text
   * @return the name
   */
  public static String name(String text) {
    return text.replaceAll("\\p{Cntrl}", " ");
  }

  /**
   * Returns an id made from a text: control characters become spaces, surrounding spaces go, and the number
   * keeps ids of different texts apart.
   *
   * @param prefix what the id starts with
   * @param text the text
   * @param i the text's number
   * @return the id text
   */
  public static String id(String prefix, String text, int i) {
    return prefix + text.replaceAll("\\p{Cntrl}", " ").strip() + "-" + i;
  }
}
