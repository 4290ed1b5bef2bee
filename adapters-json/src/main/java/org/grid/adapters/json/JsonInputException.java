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

  private final String source;
  private final ImmutableList<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source what was read, usually a file name; not null
   * @param problems every problem found; not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonInputException(String source, List<JsonProblem> problems) {
    super(message(requireNonNull(source, "source"), problems));
    this.source = source;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns what was read, usually a file name. */
  public String source() {
    return source;
  }

  /** Returns every problem found, in the order they were found; never empty. */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  private static String message(String source, List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder text = new StringBuilder(source).append(": ");
    if (problems.size() == 1) {
      return text.append(problems.get(0)).toString();
    }
    text.append(problems.size()).append(" problems");
    for (JsonProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}
