package org.grid.core.model.partition;

/** How bad a {@link Violation} is (严重程度). */
public enum Severity {
  /** A hard rule of the rulebook is broken: the plan is invalid. */
  ERROR,
  /** A soft goal is missed beyond its tolerance: the plan is valid but could be better. */
  WARNING
}
