package org.grid.adapters.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a JSON input of one of grid's interchange formats cannot be read: the file is missing or unreadable,
 * the text is not JSON, or the JSON breaks the format. It lists every problem found, not only the first, each with
 * its JSON path; the message names the source (usually the file) and lists them all.
 *
 * <p>This is the only exception the readers of this adapter (every {@link JsonReader}) throw for bad input.
 */
public final class JsonInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What was read, usually a file name. */
  private final String source;
  /** The problems listed, in the order they were found. */
  private final ImmutableList<JsonProblem> problems;
  /** How many more problems were found but not listed. */
  private final int omitted;

  /**
   * Creates the exception.
   *
   * @param source what was read, usually a file name; not null
   * @param problems every problem found; not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonInputException(String source, List<JsonProblem> problems) {
    this(source, problems, 0);
  }

  /**
   * Creates the exception for an input with more problems than are listed ({@link InputLimits#maxProblems()}).
   *
   * @param source what was read, usually a file name; not null
   * @param problems the problems listed, the first found; not null, not empty
   * @param omitted how many more problems were found but not listed, at least 0
   * @throws IllegalArgumentException if {@code problems} is empty or {@code omitted} negative
   */
  public JsonInputException(String source, List<JsonProblem> problems, int omitted) {
    super(message(requireNonNull(source, "source"), problems, omitted));
    this.source = source;
    this.problems = ImmutableList.copyOf(problems);
    this.omitted = omitted;
  }

  /**
   * Returns what was read, usually a file name.
   *
   * @return what was read, usually a file name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the problems listed, in the order they were found; never empty. These are all the problems found
   * unless {@link #omitted()} is more than 0.
   *
   * @return the problems listed, in the order they were found
   */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond those listed ({@link InputLimits#maxProblems()}); usually 0.
   *
   * @return how many problems were found beyond those listed ({@link InputLimits#maxProblems()})
   */
  public int omitted() {
    return omitted;
  }

  private static String message(String source, List<JsonProblem> problems, int omitted) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must be at least 0, was " + omitted);
    }
    StringBuilder text = new StringBuilder(JsonInput.printable(source)).append(": ");
    if (problems.size() == 1 && omitted == 0) {
      return text.append(problems.get(0)).toString();
    }
    text.append(problems.size() + (long) omitted).append(" problems");
    if (omitted > 0) {
      text.append(", the first ").append(problems.size()).append(" listed");
    }
    for (JsonProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (omitted > 0) {
      text.append(System.lineSeparator()).append("  ... and ").append(omitted).append(" more problems, not listed (")
          .append(InputLimits.PROPERTY_PREFIX).append("maxProblems is ").append(problems.size()).append(")");
    }
    return text.toString();
  }
}
