package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a rule needs besides the request: the current instant (from the clock port, never the system time), the
 * work calendar of the request's township, and the policy.
 *
 * @param now the current instant, not null
 * @param calendar the township's work calendar, not null
 * @param policy the policy, not null
 */
public record RuleContext(Instant now, WorkCalendar calendar, EscalationPolicy policy) {

  /**
   * Checks the context.
   *
   * @throws NullPointerException if an argument is null
   */
  public RuleContext {
    requireNonNull(now, "now");
    requireNonNull(calendar, "calendar");
    requireNonNull(policy, "policy");
  }
}
