package org.grid.escalation.model;

/** Why a command was refused (拒绝原因). A refused command leaves the request unchanged. */
public enum RefusalReason {
  /**
   * No request has the id that the actor may act on: the id is unknown, or the request lies outside the actor's
   * office (another county, township, district or grid) or, for a citizen, is someone else's. The two cases read
   * the same, so that an outsider cannot learn which request ids exist.
   */
  NOT_FOUND,
  /** The staff directory does not confirm that the person serves the office they name, at this instant. */
  NOT_APPOINTED,
  /** The person serves the office, but not in the role they name. */
  ROLE_NOT_CONFIRMED,
  /** The person's role may not give this command ({@link AuthorizationPolicy}'s permission table). */
  NOT_PERMITTED,
  /** Staff may not handle or rate a request they reported themselves ({@link AuthorizationPolicy}). */
  OWN_REPORT,
  /** The command id was applied to the request before with other content: not a retry, and not done. */
  COMMAND_ID_REUSED,
  /** The report's place is not in its township's current plan, or the township not in the county. */
  UNKNOWN_PLACE,
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
  /** The request is not a must-attend request (四必到), so there is no arrival on site to record. */
  NOT_MUST_ATTEND,
  /** A complaint must concern a grid team (village, district or township) of the request's place. */
  INVALID_COMPLAINT_TARGET,
  /** No work calendar is known for the request's township. */
  NO_CALENDAR,
  /** The request has that category already: a recategorization (改类) must change it. */
  SAME_CATEGORY,
  /**
   * The original named for a duplicate (重复件) is the request itself, or was itself closed as a duplicate (name its
   * original instead). An original that does not exist, or lies in another county, is {@link #NOT_FOUND}.
   */
  INVALID_ORIGINAL
}
