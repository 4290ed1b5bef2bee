package org.grid.escalation.model;

/**
 * A command that staff give to the request engine (工作人员指令), as the permission table of {@link
 * AuthorizationPolicy} names it. Rating and withdrawing are the reporting citizen's and are not listed.
 */
public enum StaffCommand {
  /** Report a request for a citizen (代办申报). */
  REPORT,
  /** Accept a request with an assignment (受理、交办). */
  ACCEPT,
  /** Route a request from the county office to a department (分拨). */
  ROUTE,
  /** Pass a request up one tier with a reason (上报). */
  ESCALATE,
  /** Return a misrouted request from a department to the county office (退回). */
  RETURN,
  /** Pause the clock while waiting on the citizen (暂停). */
  SUSPEND,
  /** Let the clock run again (恢复). */
  RESUME,
  /** Record the request as resolved (办结). */
  RESOLVE,
  /** Tell the citizen the result (反馈). */
  FEEDBACK,
  /** Record that the team is on site for a must-attend request (到场). */
  ON_SITE,
  /** Correct the category of a request the office holds (改类). */
  RECATEGORIZE,
  /** Close a request the office holds as a duplicate of another (重复件). */
  CLOSE_AS_DUPLICATE
}
