package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of a command on a request (办理结果): applied, refused with a reason, a duplicate of a command
 * already applied, or refused because the request changed since the version the command expected. Expected
 * business outcomes are these values, never exceptions; only an applied outcome changes anything.
 */
public sealed interface CommandOutcome {

  /**
   * Returns the request concerned.
   *
   * @return the request id, never null
   */
  RequestId requestId();

  /**
   * The command was applied.
   *
   * @param request the request after the change, not null
   * @param events the events of the change, in order, not empty
   */
  record Applied(Request request, ImmutableList<RequestEvent> events) implements CommandOutcome {
    /**
     * Checks the outcome.
     *
     * @param request the request after the change, not null
     * @param events the events of the change, in order, not empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code events} is empty
     */
    public Applied {
      requireNonNull(request, "request");
      requireNonNull(events, "events");
      if (events.isEmpty()) {
        throw new IllegalArgumentException("events: an applied change has at least one event");
      }
    }

    @Override
    public RequestId requestId() {
      return request.id();
    }
  }

  /**
   * The command was refused; the request is unchanged.
   *
   * @param requestId the request
   * @param reason the reason code, not null
   * @param message a sentence a clerk can act on, not null
   */
  record Refused(RequestId requestId, RefusalReason reason, String message) implements CommandOutcome {
    /**
     * Checks the outcome.
     *
     * @param requestId the request
     * @param reason the reason code, not null
     * @param message a sentence a clerk can act on, not null
     * @throws NullPointerException if an argument is null
     */
    public Refused {
      requireNonNull(requestId, "requestId");
      requireNonNull(reason, "reason");
      requireNonNull(message, "message");
    }
  }

  /**
   * The command id was applied to the request before; nothing was done again.
   *
   * @param requestId the request
   * @param commandId the retried command's id
   */
  record Duplicate(RequestId requestId, CommandId commandId) implements CommandOutcome {
    /**
     * Checks the outcome.
     *
     * @param requestId the request
     * @param commandId the retried command's id
     * @throws NullPointerException if an argument is null
     */
    public Duplicate {
      requireNonNull(requestId, "requestId");
      requireNonNull(commandId, "commandId");
    }
  }

  /**
   * The request is not at the version the command expected (a concurrent update); nothing was done.
   *
   * @param requestId the request
   * @param expected the version the command expected
   * @param actual the request's current version
   */
  record StaleVersion(RequestId requestId, long expected, long actual) implements CommandOutcome {
    /**
     * Checks the outcome.
     *
     * @param requestId the request
     * @param expected the version the command expected
     * @param actual the request's current version
     * @throws NullPointerException if {@code requestId} is null
     */
    public StaleVersion {
      requireNonNull(requestId, "requestId");
    }
  }
}
