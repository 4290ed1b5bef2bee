package org.grid.benchmarks.http;

import java.util.Locale;

/**
 * One request of a lifecycle (诉求办理环节) as the load generator sends it, in order: the citizen reports, the
 * handling grid's staff accept, resolve and give feedback, the citizen rates. Each names the status and the
 * request's state a correct answer has.
 */
public enum Step {
  /** {@code POST /requests} by the citizen (群众): 201, the request reported. */
  REPORT(201, "REPORTED"),
  /** {@code POST /requests/{id}/accept} by the holding grid's staff: 200, accepted. */
  ACCEPT(200, "ACCEPTED"),
  /** {@code POST /requests/{id}/resolve} by the holding grid's staff: 200, resolved. */
  RESOLVE(200, "RESOLVED"),
  /** {@code POST /requests/{id}/feedback} by the holding grid's staff: 200, the result told. */
  FEEDBACK(200, "FEEDBACK_GIVEN"),
  /** {@code POST /requests/{id}/rate} by the reporting citizen: 200, closed. */
  RATE(200, "CLOSED");

  private final int status;
  private final String state;

  Step(int status, String state) {
    this.status = status;
    this.state = state;
  }

  /**
   * Returns the HTTP status of a correct answer.
   *
   * @return 201 for the report, 200 for the commands
   */
  public int status() {
    return status;
  }

  /**
   * Returns the request's state after the step applied.
   *
   * @return the state's name as the REST API writes it
   */
  public String state() {
    return state;
  }

  /**
   * Returns the step's name in the output (lower case).
   *
   * @return the name, e.g. {@code accept}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
