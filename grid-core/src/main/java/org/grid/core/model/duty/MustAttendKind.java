package org.grid.core.model.duty;

/** The kinds of event the grid team must attend on site (四必到). The constant names are stable codes. */
public enum MustAttendKind {
  /** An emergency (突发事件); default on-site limit 2 hours. */
  EMERGENCY,
  /** A major construction project (重大项目建设); default on-site limit 72 hours. */
  CONSTRUCTION_PROJECT,
  /** A petition (信访); default on-site limit 24 hours. */
  PETITION,
  /** An urgent hardship (群众急难); default on-site limit 24 hours. */
  URGENT_HARDSHIP
}
