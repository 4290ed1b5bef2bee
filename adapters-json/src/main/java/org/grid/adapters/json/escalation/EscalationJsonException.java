package org.grid.adapters.json.escalation;

import static java.util.Objects.requireNonNull;

/**
 * A JSON file of the request engine (work calendar, scenario) could not be read: names the file, the JSON path
 * (or line and column for a syntax error) and the problem, in a sentence a clerk can act on.
 */
public final class EscalationJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String jsonPath;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name, not null
   * @param jsonPath where in the file, e.g. {@code $.holidays[2]} or {@code line 3, column 7}, not null
   * @param problem what is wrong, not null
   * @param cause the underlying error, or null
   */
  public EscalationJsonException(String source, String jsonPath, String problem, Throwable cause) {
    super(requireNonNull(source, "source") + " at " + requireNonNull(jsonPath, "jsonPath") + ": "
        + requireNonNull(problem, "problem"), cause);
    this.source = source;
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /**
   * Returns the file or resource name.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns where in the file the problem is.
   *
   * @return the JSON path or line and column, never null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem, never null
   */
  public String problem() {
    return problem;
  }
}
