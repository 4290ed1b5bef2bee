package org.grid.escalation.model;

/** Why a command was refused (拒绝原因). A refused command leaves the request unchanged. */
public enum RefusalReason {
  /** No request has the id. */
  NOT_FOUND,
  /** A request with the id exists already (a report under a new command id). */
  ALREADY_EXISTS,
  /** The actor's office is not at the request's current tier. */
  WRONG_TIER,
  /** The actor's office is at the right tier but answers for another jurisdiction. */
  OUTSIDE_JURISDICTION,
  /** Only the citizen who reported may do this. */
  NOT_REPORTER,
  /** The command does not apply in the request's current state. */
  WRONG_STATE,
  /** The request is at the top tier; nothing is higher (a department may return a misrouted request instead). */
  TOP_TIER,
  /** The department returned this request once; it can never be routed there again (防止推诿扯皮). */
  DEPARTMENT_RETURNED,
  /** The routing table has no department for the category and the command named none. */
  NO_ROUTE,
  /** The suspension allowance of the policy is used up. */
  SUSPENSION_EXHAUSTED,
  /** The request is not a must-attend request, or its team is already on site. */
  NOT_MUST_ATTEND,
  /** A complaint must concern a grid team (village, district or township) of the request's place. */
  INVALID_COMPLAINT_TARGET,
  /** No work calendar is known for the request's township. */
  NO_CALENDAR
}
