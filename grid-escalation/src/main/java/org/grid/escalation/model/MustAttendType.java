package org.grid.escalation.model;

/**
 * The kinds of must-attend request (四必到) that need the grid team on site within a limit in clock hours (section 4
 * of the rulebook).
 */
public enum MustAttendType {
  /** An emergency (突发事件); default on-site limit 2 hours. */
  EMERGENCY,
  /** A major construction project (重大项目建设); default on-site limit 72 hours. */
  MAJOR_CONSTRUCTION,
  /** A petition (信访); default on-site limit 24 hours. */
  PETITION,
  /** An urgent hardship (急难险困); default on-site limit 24 hours. */
  URGENT_HARDSHIP
}
