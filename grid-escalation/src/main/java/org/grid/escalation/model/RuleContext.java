package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a rule needs besides the request (规则上下文): the current instant (from the clock port, never the system
 * time), the work calendar of the request's township, the policy, and the digest of the command being applied.
 *
 * <p>The digest binds a command id to the command's content: a request remembers it beside the id, and the engine
 * treats a later command with the same id as a retry only when its digest is the same. Rules never read it; the
 * engine computes it from the whole command (every field but the expected version).
 *
 * @param now the current instant, not null
 * @param calendar the township's work calendar, not null
 * @param policy the policy, not null
 * @param digest the digest of the command applied, {@link CommandDigest#none()} when the caller knows none (the
 *     sweep, or a rule called directly); not null
 */
public record RuleContext(Instant now, WorkCalendar calendar, EscalationPolicy policy, CommandDigest digest) {

  /**
   * Checks the context.
   *
   * @param now the current instant, not null
   * @param calendar the township's work calendar, not null
   * @param policy the policy, not null
   * @param digest the digest of the command applied, {@link CommandDigest#none()} when the caller knows none; not
   *     null
   * @throws NullPointerException if an argument is null
   */
  public RuleContext {
    requireNonNull(now, "now");
    requireNonNull(calendar, "calendar");
    requireNonNull(policy, "policy");
    requireNonNull(digest, "digest");
  }

  /**
   * Returns a context with a command digest given as text.
   *
   * @param now the current instant, not null
   * @param calendar the township's work calendar, not null
   * @param policy the policy, not null
   * @param commandDigest the digest of the command applied, or empty text when the caller knows none (the sweep, or a
   *     rule called directly); not null, at most 64 characters
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code commandDigest} is longer than 64 characters
   */
  public RuleContext(Instant now, WorkCalendar calendar, EscalationPolicy policy, String commandDigest) {
    this(now, calendar, policy, CommandDigest.ofText(requireNonNull(commandDigest, "commandDigest")));
  }

  /**
   * Returns a context without a command digest.
   *
   * @param now the current instant, not null
   * @param calendar the township's work calendar, not null
   * @param policy the policy, not null
   */
  public RuleContext(Instant now, WorkCalendar calendar, EscalationPolicy policy) {
    this(now, calendar, policy, CommandDigest.none());
  }

  /**
   * Returns the digest's text.
   *
   * @return the digest of the command applied as text ({@link CommandDigest#text()}), empty when none
   */
  public String commandDigest() {
    return digest.text();
  }
}
