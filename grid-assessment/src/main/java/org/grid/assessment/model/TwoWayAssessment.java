package org.grid.assessment.model;

/**
 * The vocabulary of the two-way assessment of requests (双向考核): the subject kinds of its rule sets and the
 * evidence types an adapter derives from the request history. The handling side (an office or tier that handled a
 * request) is rated on acceptance and resolution on time, escalations it caused, reopenings and the citizen's
 * rating; the reporting grid on report quality. The points are the county's: they live in rule sets of these kinds.
 */
public final class TwoWayAssessment {

  /** Subject kind of the rule sets that score a handling side (承办方). */
  public static final String HANDLER = "request-handler";

  /** Subject kind of the rule sets that score a reporting grid (申报方). */
  public static final String REPORTER = "request-reporter";

  /**
   * Evidence: a request reached the handler (it became the request's holder: reported to it, passed up to it,
   * routed or returned to it, reopened at it), dated then. Derived every time, whatever the rule sets count, so that
   * every office that handled a request in the period is scored, a clean record (100) included; a rule set may also
   * count it, as the office's workload.
   */
  public static final String HELD = "request.held";

  /**
   * Evidence: the grid reported a request (its place lies in the grid), dated at the report. Derived every time, as
   * {@link #HELD} is, so that every grid that reported a request in the period is scored, a clean record included.
   */
  public static final String FILED = "report.filed";

  /** Evidence: the handler accepted a request within its time limit. */
  public static final String ACCEPTED_ON_TIME = "request.accepted-on-time";

  /** Evidence: the handler accepted a request after its time limit. */
  public static final String ACCEPTED_LATE = "request.accepted-late";

  /** Evidence: the handler resolved a request within its time limit. */
  public static final String RESOLVED_ON_TIME = "request.resolved-on-time";

  /** Evidence: the handler resolved a request after its time limit. */
  public static final String RESOLVED_LATE = "request.resolved-late";

  /** Evidence: the handler let a time limit lapse and the request was escalated automatically. */
  public static final String ESCALATION_CAUSED = "request.escalation-caused";

  /** Evidence: a dissatisfied rating reopened a request the handler had resolved. */
  public static final String REOPENED = "request.reopened";

  /**
   * Evidence: the citizen rated a request the handler resolved; attribute {@code rating} is {@code satisfied},
   * {@code basically-satisfied}, {@code dissatisfied} or {@code no-rating}.
   */
  public static final String RATED = "request.rated";

  /**
   * Evidence: a time limit of the handler's passed and a reminder (催办单) was issued to it; attribute {@code missed}
   * is {@code accept}, {@code resolve} or {@code feedback}.
   */
  public static final String REMINDED = "request.reminded";

  /**
   * Evidence: a department's time limit lapsed at the top tier and the county office was alerted to supervise it
   * (督办); the lapse is charged to the department (which also gets {@link #ESCALATION_CAUSED} with {@code
   * via=supervised}).
   */
  public static final String SUPERVISED = "request.supervised";

  /** Evidence: a must-attend request's on-site limit (四必到) passed before the handler arrived; charged to it. */
  public static final String ON_SITE_LAPSED = "request.on-site-lapsed";

  /** Evidence: a department returned a request to the county office as misrouted (退回). */
  public static final String RETURNED = "request.returned";

  /** Evidence: the county office routed a request to a department that returned it as misrouted. */
  public static final String MISROUTED = "request.misrouted";

  /** Evidence: a request the handler held was withdrawn; attribute {@code by} is {@code citizen} or {@code staff}. */
  public static final String WITHDRAWN = "request.withdrawn";

  /** Evidence: a request the grid reported was withdrawn; attribute {@code by} as for {@link #WITHDRAWN}. */
  public static final String REPORT_WITHDRAWN = "report.withdrawn";

  /** Evidence: a request the grid reported had its category changed later (the report named it wrongly). */
  public static final String CATEGORY_CHANGED = "report.category-changed";

  /** Evidence: a request the grid reported was suspended for missing information. */
  public static final String INFORMATION_MISSING = "report.information-missing";

  /** Evidence: a request the grid reported duplicated an open one. */
  public static final String DUPLICATE = "report.duplicate";

  private TwoWayAssessment() {}
}
