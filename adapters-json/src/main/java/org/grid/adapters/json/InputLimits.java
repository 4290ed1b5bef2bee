package org.grid.adapters.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * The limits (输入限额) within which grid reads input, so that a hostile or broken file (an endless special file, a
 * township of millions of bad pairs, a 10 MB description, a year of +999999999, a number of {@code 1e400}) is
 * refused in bounded time and memory with a message naming the file, the JSON path and the limit, instead of
 * running until the machine gives out. Every reader of this adapter reads within {@link #configured()}; the
 * command-line program checks its own options (years, periods) against the same limits. The limits, their
 * defaults and how to change them are listed in {@code docs/limits.md}.
 *
 * <p>Each limit can be changed with a system property named {@code grid.input.<component>}, for example
 * {@code -Dgrid.input.maxInputBytes=67108864}; {@link #configured()} reads them, {@link #defaults()} does not. An
 * embedder that wants other limits for one read passes its own instance to {@link JsonInput#read(
 * java.io.InputStream, String, InputLimits, java.util.function.BiFunction)}.
 *
 * @param maxInputBytes the longest input read, in bytes; a longer one (or an endless special file) is refused
 *     once that many bytes are read
 * @param maxTokens the most JSON tokens (values, field names, brackets) in one input, which bounds the memory
 *     of the parsed tree
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxTextLength the longest string value, in characters (UTF-16 code units); a description or a name too
 * @param maxNameLength the longest field name, in characters
 * @param maxNumberLength the longest number, in characters as written
 * @param maxProblems how many problems of one input are listed; the rest are counted
 * @param minYear the earliest year of a date or time read (inclusive)
 * @param maxYear the latest year of a date or time read (inclusive)
 * @param maxPeriodYears the longest period a command reports on, in years (the compliance period of
 *     {@code teams --from --to}, say)
 * @param maxDecimal the greatest magnitude of a decimal read (points, bases, caps, shares)
 */
public record InputLimits(
    long maxInputBytes,
    long maxTokens,
    int maxNestingDepth,
    int maxTextLength,
    int maxNameLength,
    int maxNumberLength,
    int maxProblems,
    int minYear,
    int maxYear,
    int maxPeriodYears,
    long maxDecimal) {

  /** The prefix of the system properties that change a limit: {@code grid.input.maxInputBytes}, and so on. */
  public static final String PROPERTY_PREFIX = "grid.input.";

  private static final InputLimits DEFAULTS =
      new InputLimits(16L << 20, 1_000_000L, 64, 4_000, 200, 40, 100, 1900, 2200, 10, 1_000_000_000L);

  /**
   * Checks the limits.
   *
   * @param maxInputBytes the longest input read, in bytes; a longer one (or an endless special file) is refused
   *     once that many bytes are read
   * @param maxTokens the most JSON tokens (values, field names, brackets) in one input, which bounds the memory
   *     of the parsed tree
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxTextLength the longest string value, in characters (UTF-16 code units); a description or a name too
   * @param maxNameLength the longest field name, in characters
   * @param maxNumberLength the longest number, in characters as written
   * @param maxProblems how many problems of one input are listed; the rest are counted
   * @param minYear the earliest year of a date or time read (inclusive)
   * @param maxYear the latest year of a date or time read (inclusive)
   * @param maxPeriodYears the longest period a command reports on, in years (the compliance period of
   *     {@code teams --from --to}, say)
   * @param maxDecimal the greatest magnitude of a decimal read (points, bases, caps, shares)
   * @throws IllegalArgumentException if a limit is not positive, or the year range is empty or outside 1 to 9998
   */
  public InputLimits {
    requirePositive(maxInputBytes, "maxInputBytes");
    requirePositive(maxTokens, "maxTokens");
    requirePositive(maxNestingDepth, "maxNestingDepth");
    requirePositive(maxTextLength, "maxTextLength");
    requirePositive(maxNameLength, "maxNameLength");
    requirePositive(maxNumberLength, "maxNumberLength");
    requirePositive(maxProblems, "maxProblems");
    requirePositive(maxPeriodYears, "maxPeriodYears");
    requirePositive(maxDecimal, "maxDecimal");
    if (minYear < 1 || maxYear > 9998 || minYear > maxYear) {
      throw new IllegalArgumentException(
          "minYear and maxYear must be a range within 1 to 9998, was " + minYear + " to " + maxYear);
    }
  }

  private static void requirePositive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  /**
   * Returns the default limits: 16 MiB of input, 1,000,000 tokens, nesting depth 64, strings of 4,000 characters,
   * field names of 200, numbers of 40 characters, 100 problems listed, years 1900 to 2200, periods of 10 years,
   * decimals up to 1,000,000,000 in magnitude. They hold every command of the command-line program under 5 s and
   * 512 MB on the hostile inputs of {@code docs/limits.md}.
   *
   * @return the defaults
   */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the defaults, each changed by its system property ({@code grid.input.maxInputBytes}, ...) where one is
   * set.
   *
   * @return the limits
   * @throws IllegalArgumentException if a property is not a whole number or the limits it makes are not valid; the
   *     message names the property
   */
  public static InputLimits configured() {
    InputLimits d = DEFAULTS;
    return new InputLimits(
        property("maxInputBytes", d.maxInputBytes, Long::parseLong),
        property("maxTokens", d.maxTokens, Long::parseLong),
        property("maxNestingDepth", d.maxNestingDepth, Integer::parseInt),
        property("maxTextLength", d.maxTextLength, Integer::parseInt),
        property("maxNameLength", d.maxNameLength, Integer::parseInt),
        property("maxNumberLength", d.maxNumberLength, Integer::parseInt),
        property("maxProblems", d.maxProblems, Integer::parseInt),
        property("minYear", d.minYear, Integer::parseInt),
        property("maxYear", d.maxYear, Integer::parseInt),
        property("maxPeriodYears", d.maxPeriodYears, Integer::parseInt),
        property("maxDecimal", d.maxDecimal, Long::parseLong));
  }

  private static <T> T property(String name, T fallback, Function<String, T> parse) {
    String text = System.getProperty(PROPERTY_PREFIX + name);
    if (text == null) {
      return fallback;
    }
    try {
      return parse.apply(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property " + PROPERTY_PREFIX + name + " must be a whole number, was '" + JsonInput.printable(text)
              + "'");
    }
  }

  /**
   * Returns whether a date's year lies within {@link #minYear()} and {@link #maxYear()}.
   *
   * @param date the date, not null
   * @return whether it is within the limits
   */
  public boolean allows(LocalDate date) {
    return date.getYear() >= minYear && date.getYear() <= maxYear;
  }

  /**
   * Returns whether a time's year (in its own offset) lies within {@link #minYear()} and {@link #maxYear()}.
   *
   * @param time the time, not null
   * @return whether it is within the limits
   */
  public boolean allows(OffsetDateTime time) {
    return time.getYear() >= minYear && time.getYear() <= maxYear;
  }

  /**
   * Returns whether an instant's year in UTC lies within {@link #minYear()} and {@link #maxYear()}; no instant
   * overflows it.
   *
   * @param instant the instant, not null
   * @return whether it is within the limits
   */
  public boolean allows(Instant instant) {
    return !instant.isBefore(LocalDate.of(minYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())
        && instant.isBefore(LocalDate.of(maxYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Returns the year range as a phrase for messages, naming the properties that change it.
   *
   * @return for example {@code from 1900 to 2200 (grid.input.minYear, grid.input.maxYear)}
   */
  public String yearRange() {
    return "from " + minYear + " to " + maxYear + " (" + PROPERTY_PREFIX + "minYear, " + PROPERTY_PREFIX
        + "maxYear)";
  }

  /** Returns Jackson's stream constraints for these limits: the bound the parser itself keeps while it reads. */
  StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxInputBytes)
        .maxTokenCount(maxTokens)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxTextLength)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .build();
  }
}
