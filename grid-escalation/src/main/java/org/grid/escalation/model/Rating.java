package org.grid.escalation.model;

/** The citizen's rating on the feedback form (反馈单评价). */
public enum Rating {
  /** Satisfied (满意): closes the request. */
  SATISFIED,
  /** Basically satisfied (基本满意): closes the request. */
  BASICALLY_SATISFIED,
  /** Dissatisfied (不满意): reopens the request at the same tier once, escalates it the second time. */
  DISSATISFIED,
  /** No rating within the rating window (未评价): recorded as such, never as satisfied; closes the request. */
  NO_RATING;

  /**
   * Tells whether a rating closes the request.
   *
   * @return false only for {@link #DISSATISFIED}
   */
  public boolean closes() {
    return this != DISSATISFIED;
  }
}
