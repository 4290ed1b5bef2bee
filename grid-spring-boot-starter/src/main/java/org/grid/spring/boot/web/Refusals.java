package org.grid.spring.boot.web;

import org.grid.escalation.model.RefusalReason;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each refusal reason of the engine (拒绝原因): 404 for a request that does not exist or that the
 * caller may not see, 403 for authorization, 409 for the request's state, 422 for a rule. The switch names every
 * reason, so that a new reason does not compile until it has a status.
 */
final class Refusals {

  private Refusals() {}

  static HttpStatus status(RefusalReason reason) {
    return switch (reason) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case NOT_APPOINTED, ROLE_NOT_CONFIRMED, NOT_PERMITTED, OWN_REPORT, NOT_REPORTER, WRONG_TIER,
          OUTSIDE_JURISDICTION -> HttpStatus.FORBIDDEN;
      case WRONG_STATE, ALREADY_EXISTS, COMMAND_ID_REUSED -> HttpStatus.CONFLICT;
      case UNKNOWN_PLACE, TOP_TIER, DEPARTMENT_RETURNED, NO_ROUTE, SUSPENSION_EXHAUSTED, NOT_MUST_ATTEND,
          INVALID_COMPLAINT_TARGET, NO_CALENDAR, SAME_CATEGORY, INVALID_ORIGINAL -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
  }

  /** The problem of a refusal: type {@code urn:grid:problem:refused}, the reason code as {@code reason}. */
  static ApiProblem problem(RefusalReason reason, String message) {
    return problem(reason, message, "request");
  }

  /** As {@link #problem(RefusalReason, String)}, for a refusal about something else than a request (a township). */
  static ApiProblem problem(RefusalReason reason, String message, String subject) {
    HttpStatus status = status(reason);
    String title = switch (status) {
      case NOT_FOUND -> "No such " + subject + " that you may see";
      case FORBIDDEN -> "Refused by grid's authorization";
      case CONFLICT -> "Refused in the request's current state";
      default -> "Refused by a rule of grid";
    };
    return new ApiProblem(status, "refused", title, message).with("reason", reason.name());
  }
}
