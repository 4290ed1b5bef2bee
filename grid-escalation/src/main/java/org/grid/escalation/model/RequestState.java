package org.grid.escalation.model;

/** Where a request (诉求) stands in its lifecycle (办理状态). */
public enum RequestState {
  /** Reported or passed to a new tier, waiting for that tier to accept (受理) or, at the county office, to route. */
  REPORTED(true),
  /** Accepted with an assignment (交办单) and a resolve deadline. */
  ACCEPTED(true),
  /** The clock is paused while the handler waits on the citizen (材料补正中). */
  SUSPENDED(true),
  /** Resolved by the handler; the result must be told to the citizen (feedback) within the feedback limit. */
  RESOLVED(true),
  /** The result was told to the citizen (反馈); waiting for the citizen's rating within the rating window. */
  FEEDBACK_GIVEN(true),
  /** Closed after a closing rating or no rating (办结). Terminal. */
  CLOSED(false),
  /** Withdrawn by the citizen (撤回). Terminal. */
  WITHDRAWN(false),
  /**
   * Closed by the holding office as a duplicate of another request of the county (重复件), before it was resolved.
   * Terminal. Not {@link #CLOSED}: a duplicate was neither resolved nor rated, and counting it as closed would
   * count it among the handled requests.
   */
  DUPLICATE(false);

  private final boolean open;

  RequestState(boolean open) {
    this.open = open;
  }

  /**
   * Tells whether a request in this state is still open, that is has a next deadline.
   *
   * @return false for {@link #CLOSED}, {@link #WITHDRAWN} and {@link #DUPLICATE}
   */
  public boolean isOpen() {
    return open;
  }
}
