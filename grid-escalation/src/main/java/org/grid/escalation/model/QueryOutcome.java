package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

/**
 * The answer to a query on requests (查询结果): the answer, or a refusal with the engine's reason code, exactly as a
 * command is refused ({@link RefusalReason#NOT_APPOINTED} for a staff member the directory does not list at the
 * office they name, {@link RefusalReason#NOT_FOUND} for a request that does not exist or that the viewer may not
 * see). Refusals are values, never exceptions.
 *
 * @param <T> what the query answers
 */
public sealed interface QueryOutcome<T> {

  /**
   * The query was answered.
   *
   * @param <T> what the query answers
   * @param value the answer, not null
   */
  record Answered<T>(T value) implements QueryOutcome<T> {
    /**
     * Checks the answer.
     *
     * @param value the answer, not null
     * @throws NullPointerException if {@code value} is null
     */
    public Answered {
      requireNonNull(value, "value");
    }
  }

  /**
   * The query was refused.
   *
   * @param <T> what the query would have answered
   * @param reason the reason code, not null
   * @param message a sentence the caller can act on, without personal data, not null
   */
  record Refused<T>(RefusalReason reason, String message) implements QueryOutcome<T> {
    /**
     * Checks the refusal.
     *
     * @param reason the reason code, not null
     * @param message a sentence the caller can act on, not null
     * @throws NullPointerException if an argument is null
     */
    public Refused {
      requireNonNull(reason, "reason");
      requireNonNull(message, "message");
    }
  }
}
