package org.grid.spring.boot.open311;

import java.util.List;

/**
 * A refusal of the façade, answered as the spec's array of errors: the HTTP status and one or more
 * {@code (code, description)} pairs whose code is that status. Descriptions name the field and the problem and
 * never repeat personal data (nor a key, nor a position).
 */
final class Open311Exception extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One error of the response: its code and its description. */
  record Problem(int code, String description) {}

  private final int status;
  private final transient List<Problem> problems;

  Open311Exception(int status, String description) {
    this(status, List.of(new Problem(status, description)));
  }

  Open311Exception(int status, List<Problem> problems) {
    super(problems.get(0).description(), null, false, false);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  int status() {
    return status;
  }

  List<Problem> problems() {
    return problems;
  }

  static Open311Exception badRequest(String description) {
    return new Open311Exception(400, description);
  }

  static Open311Exception notFound(String description) {
    return new Open311Exception(404, description);
  }

  static Open311Exception forbidden(String description) {
    return new Open311Exception(403, description);
  }
}
