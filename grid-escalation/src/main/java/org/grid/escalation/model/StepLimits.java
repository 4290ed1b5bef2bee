package org.grid.escalation.model;

import static org.grid.escalation.model.Checks.requirePositive;

/**
 * The time limits (办理时限) of one tier, in working days: to accept (at the county office: to route), to resolve
 * after accepting, and the reminder's grace period (催办宽限期) before automatic escalation.
 *
 * @param acceptDays working days to accept or route, at least 1
 * @param resolveDays working days to resolve after accepting, at least 1 (unused at the county office, which
 *     routes and does not resolve)
 * @param graceDays working days a reminder gives before the request escalates automatically, at least 1
 */
public record StepLimits(int acceptDays, int resolveDays, int graceDays) {

  /**
   * Checks the limits.
   *
   * @param acceptDays working days to accept or route, at least 1
   * @param resolveDays working days to resolve after accepting, at least 1 (unused at the county office, which
   *     routes and does not resolve)
   * @param graceDays working days a reminder gives before the request escalates automatically, at least 1
   * @throws IllegalArgumentException if a limit is less than 1 (a zero limit would let a deadline pass at once)
   */
  public StepLimits {
    requirePositive(acceptDays, "acceptDays");
    requirePositive(resolveDays, "resolveDays");
    requirePositive(graceDays, "graceDays");
  }

  /**
   * Returns limits in working days.
   *
   * @param acceptDays working days to accept
   * @param resolveDays working days to resolve
   * @param graceDays grace working days after a reminder
   * @return the limits
   * @throws IllegalArgumentException as the constructor
   */
  public static StepLimits workingDays(int acceptDays, int resolveDays, int graceDays) {
    return new StepLimits(acceptDays, resolveDays, graceDays);
  }
}
