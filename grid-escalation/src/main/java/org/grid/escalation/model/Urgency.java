package org.grid.escalation.model;

/** How urgent a request is (紧急程度), as recorded on the report; time limits may differ by it. */
public enum Urgency {
  /** An ordinary request (一般). */
  NORMAL,
  /** An urgent request (紧急). */
  URGENT
}
