package org.grid.escalation.model;

/** What a request's step deadline (时限) is for. */
public enum DeadlineKind {
  /** The holder tier must accept (受理) or, at the county office, route the request. */
  ACCEPT,
  /** The assigned handler must resolve (办结) the request. */
  RESOLVE,
  /** The handler must tell the result to the citizen (反馈). */
  FEEDBACK,
  /** The citizen may rate until then; afterwards "no rating" is recorded (评价期). */
  RATING,
  /** A suspension (暂停计时) ends by itself then. */
  SUSPENSION_END,
  /** A must-attend request's team must be on site (四必到到场时限). */
  ON_SITE
}
