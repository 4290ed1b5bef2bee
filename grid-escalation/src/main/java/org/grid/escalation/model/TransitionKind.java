package org.grid.escalation.model;

/** The kinds of history entry (流转记录) of a request; each entry is one transition. */
public enum TransitionKind {
  /** Entered with a report form (申报单). */
  REPORTED,
  /** Accepted with an assignment form (交办单). */
  ACCEPTED,
  /** Routed by the county office to a department. */
  ROUTED,
  /** Passed up voluntarily with a reason. */
  ESCALATED,
  /** Passed up automatically after a reminder's grace period lapsed, charged to the lapsed tier. */
  AUTO_ESCALATED,
  /** A reminder form (催办单) was issued for a passed deadline. */
  REMINDED,
  /** At the top tier a lapse alerts the county office to supervise (督办) and a fresh deadline runs. */
  SUPERVISED,
  /** Returned by a department to the county office as misrouted (退回). */
  RETURNED,
  /** The clock was paused waiting on the citizen. */
  SUSPENDED,
  /** The clock runs again. */
  RESUMED,
  /** Resolved by the handler. */
  RESOLVED,
  /** The result was told to the citizen with a feedback form (反馈单). */
  FEEDBACK_DELIVERED,
  /** The citizen rated, or the rating window lapsed (no rating). */
  RATED,
  /** Reopened at the same tier after a dissatisfied rating. */
  REOPENED,
  /** Closed. */
  CLOSED,
  /** Withdrawn by the citizen. */
  WITHDRAWN,
  /** The team of a must-attend request arrived on site within its on-site limit. */
  ON_SITE_ARRIVED,
  /** A must-attend request's on-site limit passed without arrival; a reminder is issued and charged. */
  ON_SITE_LAPSED,
  /**
   * The team of a must-attend request arrived on site after its on-site limit had lapsed (迟到): the arrival is kept,
   * the lapse already charged stays charged.
   */
  ON_SITE_ARRIVED_LATE,
  /**
   * The holding office corrected the request's category (改类), with a reason; the entry's {@link
   * HistoryEntry#category()} is the new category. The report form keeps the category the reporter gave.
   */
  RECATEGORIZED,
  /**
   * The holding office closed the request as a duplicate of another (重复件), with a reason; the entry's {@link
   * HistoryEntry#duplicateOf()} is the original. The request ends in {@link RequestState#DUPLICATE}.
   */
  CLOSED_AS_DUPLICATE
}
