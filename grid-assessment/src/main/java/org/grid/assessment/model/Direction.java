package org.grid.assessment.model;

/** Whether a scoring rule adds points (加分) for what it counts or deducts them (扣分). */
public enum Direction {
  /** Adds points for each occurrence (加分). */
  ADD,
  /** Deducts points for each occurrence (扣分). */
  DEDUCT
}
