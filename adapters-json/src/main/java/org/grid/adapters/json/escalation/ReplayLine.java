package org.grid.adapters.json.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What one step of a scenario replay did, for the replay output.
 *
 * @param step the step's index
 * @param at the step's instant
 * @param command the command's name
 * @param request the request's id, or null for a clock advance
 * @param outcome {@code APPLIED}, {@code REFUSED}, {@code DUPLICATE}, {@code STALE_VERSION} or, for an advance,
 *     {@code SWEPT}
 * @param detail the refusal reason and message, or what the sweep did; may be empty
 */
public record ReplayLine(int step, Instant at, String command, String request, String outcome, String detail) {

  /**
   * Checks the line.
   *
   * @param step the step's index
   * @param at the step's instant
   * @param command the command's name
   * @param request the request's id, or null for a clock advance
   * @param outcome {@code APPLIED}, {@code REFUSED}, {@code DUPLICATE}, {@code STALE_VERSION} or, for an advance,
   *     {@code SWEPT}
   * @param detail the refusal reason and message, or what the sweep did; may be empty
   * @throws NullPointerException if a required argument is null
   */
  public ReplayLine {
    requireNonNull(at, "at");
    requireNonNull(command, "command");
    requireNonNull(outcome, "outcome");
    requireNonNull(detail, "detail");
  }
}
