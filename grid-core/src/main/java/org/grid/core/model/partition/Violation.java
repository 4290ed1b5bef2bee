package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One finding of the {@link PlanValidator} (违规): a broken hard rule or a soft goal missed beyond its tolerance.
 *
 * @param rule the rule, not null
 * @param severity {@link Severity#ERROR} for a hard rule, {@link Severity#WARNING} for a soft goal; always the
 *     rule's own severity
 * @param subjects the ids involved (units, grids, villages, districts), not null, may be empty
 * @param message a sentence a township clerk can act on: what is wrong and, where the township itself makes the
 *     rule impossible, why; not blank
 */
public record Violation(PartitionRule rule, Severity severity, ImmutableList<String> subjects, String message) {

  /**
   * Checks the violation.
   *
   * @param rule the rule, not null
   * @param severity {@link Severity#ERROR} for a hard rule, {@link Severity#WARNING} for a soft goal; always the
   *     rule's own severity
   * @param subjects the ids involved (units, grids, villages, districts), not null, may be empty
   * @param message a sentence a township clerk can act on: what is wrong and, where the township itself makes the
   *     rule impossible, why; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the severity is not the rule's or the message is blank
   */
  public Violation {
    requireNonNull(rule, "rule");
    requireNonNull(severity, "severity");
    requireNonNull(subjects, "subjects");
    requireNonNull(message, "message");
    if (severity != rule.severity()) {
      throw new IllegalArgumentException("rule " + rule + " has severity " + rule.severity() + ", not " + severity);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /**
   * Returns a violation of the given rule, with the rule's severity.
   *
   * @param rule the rule, not null
   * @param subjects the ids involved, not null
   * @param message the clerk-readable sentence, not blank
   * @return the violation
   */
  public static Violation of(PartitionRule rule, List<String> subjects, String message) {
    return new Violation(rule, rule.severity(), ImmutableList.copyOf(subjects), message);
  }
}
