package org.grid.core.model.team;

import org.grid.core.model.jurisdiction.Ids;

/**
 * The id of a service team (网格服务团队) at any of the three levels. Proposed teams get {@code TEAM-} followed by the id
 * of what they serve, so the limit is longer than other ids.
 *
 * <p>Ids are opaque strings chosen by the county; they are compared and ordered by their text.
 *
 * @param value the id text: not null, not blank, at most 80 characters, without leading or trailing whitespace or
 *     control characters
 */
public record TeamId(String value) implements Comparable<TeamId> {

  /** The longest id text accepted, in characters. */
  public static final int MAX_LENGTH = 80;

  /**
   * What a proposed team's id begins with, before the id of the grid, district or township it serves: so a grid a team
   * serves has an id of at most {@code MAX_LENGTH - PROPOSED_PREFIX.length()} characters.
   */
  public static final String PROPOSED_PREFIX = "TEAM-";

  /**
   * Checks the id text.
   *
   * @param value the id text: not null, not blank, at most 80 characters, without leading or trailing whitespace or
   *     control characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, or has surrounding whitespace or
   *     control characters
   */
  public TeamId {
    Ids.requireValidId(value, "teamId", MAX_LENGTH);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text, as for the constructor
   * @return the id
   */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public int compareTo(TeamId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
