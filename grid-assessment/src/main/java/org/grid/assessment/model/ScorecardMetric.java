package org.grid.assessment.model;

/** The measures a grid scorecard (网格考核评分表) weighs, each a share from 0 to 1. */
public enum ScorecardMetric {
  /** Share of due visits done (走访完成率). */
  VISIT_COMPLIANCE,
  /** Share of households paired (联系结对覆盖率). */
  PAIRING_COVERAGE,
  /** Share of due meetings held (例会完成率). */
  MEETING_COMPLIANCE,
  /** Share of requests resolved within their time limit (按时办结率). */
  ON_TIME_RESOLUTION,
  /** Share of rated requests rated satisfied or basically satisfied (满意率). */
  SATISFACTION,
  /** Share of requests resolved at the village tier (村级办结率). */
  RESOLVED_AT_VILLAGE_TIER
}
