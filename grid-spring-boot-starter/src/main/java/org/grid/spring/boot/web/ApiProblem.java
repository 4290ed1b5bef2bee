package org.grid.spring.boot.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal of the REST API as an RFC 9457 problem, thrown by the controllers and written by {@link
 * GridProblemHandler}. Its detail never holds personal data: it names fields and reasons, not values.
 */
final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The prefix of every problem type of grid's API: {@code urn:grid:problem:<kind>}. */
  static final String TYPE_PREFIX = "urn:grid:problem:";

  private final HttpStatus status;
  private final String kind;
  private final String title;
  private final transient Map<String, Object> properties = new LinkedHashMap<>();

  ApiProblem(HttpStatus status, String kind, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.kind = kind;
    this.title = title;
  }

  /** A 400 about one input (a field of the body, a header or a query parameter), named by {@code location}. */
  static ApiProblem badInput(String location, String problem) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "The input is not valid", location + ": " + problem)
        .with("field", location);
  }

  ApiProblem with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  HttpStatus status() {
    return status;
  }

  ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setType(URI.create(TYPE_PREFIX + kind));
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    return problem;
  }
}
