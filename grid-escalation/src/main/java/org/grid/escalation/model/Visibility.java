package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.team.PersonId;

/**
 * Which requests (诉求) an actor may see and act on (可见范围): the rule of {@code RequestAuthorization} that the
 * commands apply to the request they name and the queries apply to every request they list. A staff member sees
 * the requests whose place their office answers for ({@link Office#covers}: a grid, district or township office its
 * part of the county, the county office and a department the whole county); a citizen sees the requests they
 * reported; the system sees every request.
 *
 * <p>At most one of the two parts is present; both absent is the system's view.
 *
 * @param office the office whose places the requests lie in, or null
 * @param reporter the citizen who reported the requests, or null
 */
public record Visibility(Office office, PersonId reporter) {

  private static final Visibility EVERYTHING = new Visibility(null, null);

  /**
   * Checks the visibility.
   *
   * @param office the office whose places the requests lie in, or null
   * @param reporter the citizen who reported the requests, or null
   * @throws IllegalArgumentException if both are present
   */
  public Visibility {
    if (office != null && reporter != null) {
      throw new IllegalArgumentException("visibility: an office or a reporter, not both");
    }
  }

  /**
   * Returns what an actor may see.
   *
   * @param actor the actor, not null
   * @return the staff member's office, the citizen's own reports, or everything for the system
   * @throws NullPointerException if {@code actor} is null
   */
  public static Visibility of(Actor actor) {
    requireNonNull(actor, "actor");
    if (actor instanceof Actor.Staff s) {
      return new Visibility(s.office(), null);
    }
    if (actor instanceof Actor.Citizen c) {
      return new Visibility(null, c.person());
    }
    return EVERYTHING;
  }

  /**
   * Tells whether a request is visible.
   *
   * @param request the request, not null
   * @return true when the office covers its place, the citizen reported it, or this is the system's view
   * @throws NullPointerException if {@code request} is null
   */
  public boolean includes(Request request) {
    requireNonNull(request, "request");
    if (office != null) {
      return office.covers(request.report().place());
    }
    if (reporter != null) {
      return reporter.equals(request.report().reporter());
    }
    return true;
  }
}
