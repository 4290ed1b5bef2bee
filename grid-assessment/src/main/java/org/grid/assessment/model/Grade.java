package org.grid.assessment.model;

/** A party member's grade for a period (考评等次), best first. */
public enum Grade {
  /** Excellent (优秀). */
  EXCELLENT,
  /** Qualified (合格). */
  QUALIFIED,
  /** Basically qualified (基本合格). */
  BASICALLY_QUALIFIED,
  /** Unqualified (不合格). */
  UNQUALIFIED
}
