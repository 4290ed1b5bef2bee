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

  /** Evidence: a request the grid reported had its category changed later (the report named it wrongly). */
  public static final String CATEGORY_CHANGED = "report.category-changed";

  /** Evidence: a request the grid reported was suspended for missing information. */
  public static final String INFORMATION_MISSING = "report.information-missing";

  /** Evidence: a request the grid reported duplicated an open one. */
  public static final String DUPLICATE = "report.duplicate";

  private TwoWayAssessment() {}
}
