package org.grid.escalation.model;

import static org.grid.escalation.model.Checks.requirePseudonymousId;

/**
 * The id of a request (诉求/事项). Chosen by the caller of the report command, so that a retried report is recognised.
 *
 * <p>Ids are opaque strings chosen by the caller or the county; they are compared and ordered by their text.
 *
 * <p>An id is pseudonymous: it is never a national ID number (居民身份证号码), since the engine prints it in URLs,
 * logs, events and exports as it is.
 *
 * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace
 *     or control characters, and not a national ID number
 */
public record RequestId(String value) implements Comparable<RequestId> {

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 64 characters, without leading or trailing whitespace
   *     or control characters, and not a national ID number
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters, or is a national ID number ({@code requestId must not be a national ID number (GB 11643);
   *     use a pseudonymous id}: the message does not quote the number)
   */
  public RequestId {
    requirePseudonymousId(value, "requestId");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   * @throws IllegalArgumentException as the constructor
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  @Override
  public int compareTo(RequestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
