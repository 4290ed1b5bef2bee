package org.grid.escalation.model;

/**
 * An action on a request that a caller may give (可办操作): the commands on a request once it is reported, the
 * holding office's and the reporting citizen's. {@link Request#refusalOf} tells whether the request's own rule
 * allows one now, by the very checks its command applies; the engine adds the staff directory, the permission
 * table and the own-report rule ({@code FindRequestsUseCase.allowedActions}).
 */
public enum RequestAction {
  /** Accept with an assignment (受理、交办): {@link Request#accept}. */
  ACCEPT(StaffCommand.ACCEPT),
  /** Route from the county office to a department (分拨): {@link Request#route}. */
  ROUTE(StaffCommand.ROUTE),
  /** Pass up one tier (上报): {@link Request#escalate}. */
  ESCALATE(StaffCommand.ESCALATE),
  /** Return from a department to the county office (退回): {@link Request#returnToCounty}. */
  RETURN(StaffCommand.RETURN),
  /** Pause the clock (暂停): {@link Request#suspend}. */
  SUSPEND(StaffCommand.SUSPEND),
  /** Let the clock run again (恢复): {@link Request#resume}. */
  RESUME(StaffCommand.RESUME),
  /** Record as resolved (办结): {@link Request#resolve}. */
  RESOLVE(StaffCommand.RESOLVE),
  /** Tell the citizen the result (反馈): {@link Request#deliverFeedback}. */
  FEEDBACK(StaffCommand.FEEDBACK),
  /** Record the team on site (到场): {@link Request#recordOnSite}. */
  ON_SITE(StaffCommand.ON_SITE),
  /** Correct the category (改类): {@link Request#recategorize}. */
  RECATEGORIZE(StaffCommand.RECATEGORIZE),
  /** Close as a duplicate (重复件): {@link Request#closeAsDuplicate}. */
  CLOSE_AS_DUPLICATE(StaffCommand.CLOSE_AS_DUPLICATE),
  /** The reporting citizen's rating (评价): {@link Request#rate}. */
  RATE(null),
  /** The reporting citizen's withdrawal (撤回): {@link Request#withdraw}. */
  WITHDRAW(null);

  private final StaffCommand staffCommand;

  RequestAction(StaffCommand staffCommand) {
    this.staffCommand = staffCommand;
  }

  /**
   * Returns the permission the action needs in {@link AuthorizationPolicy}'s table.
   *
   * @return the staff command, or null for the citizen's actions (rate, withdraw)
   */
  public StaffCommand staffCommand() {
    return staffCommand;
  }
}
