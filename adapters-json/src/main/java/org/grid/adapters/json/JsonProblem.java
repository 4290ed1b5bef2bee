package org.grid.adapters.json;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in a JSON input: where it is and what is wrong.
 *
 * @param path the JSONPath of the offending value, for example {@code $.villages[3].units[0].households}; for
 *     malformed JSON, {@code $} followed by the line and column
 * @param message what is wrong, in a sentence a township clerk can act on
 */
public record JsonProblem(String path, String message) {

  /**
   * Checks the problem.
   *
   * @param path the JSONPath of the offending value, for example {@code $.villages[3].units[0].households}; for
   *     malformed JSON, {@code $} followed by the line and column
   * @param message what is wrong, in a sentence a township clerk can act on
   * @throws NullPointerException if an argument is null
   */
  public JsonProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
