package org.grid.escalation.port.in;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;

/**
 * A query for a page of requests (诉求查询): who asks, the conditions, and where the page starts. Every condition is
 * optional; the engine adds the viewer's visibility ({@code Visibility}), so that the list holds only requests the
 * viewer may act on, by the same rule the commands apply.
 *
 * @param viewer who asks, not null: a staff member acting for an office (confirmed by the staff directory), a
 *     citizen, or the system
 * @param tier the tier holding the request, or null for any
 * @param holder the office holding the request, or null for any; when {@code tier} is given too it must be the
 *     holder's
 * @param state the state, or null for any
 * @param category the current category, or null for any
 * @param overdueAt only open requests whose next deadline passed before this instant, or null for any
 * @param reporter the citizen who reported, or null for any
 * @param reportedFrom the first instant of the reporting period, inclusive, or null
 * @param reportedUntil the end of the reporting period, exclusive, or null
 * @param after the cursor the previous page ended at, or null for the first page
 * @param limit the most requests on the page, from 1 to {@value #MAX_LIMIT}
 */
public record RequestQuery(
    Actor viewer,
    Tier tier,
    Office holder,
    RequestState state,
    Category category,
    Instant overdueAt,
    PersonId reporter,
    Instant reportedFrom,
    Instant reportedUntil,
    PageCursor after,
    int limit) {

  /** The most requests one page holds, whatever the client asks for. */
  public static final int MAX_LIMIT = 200;

  /**
   * Checks the query.
   *
   * @param viewer who asks, not null
   * @param tier the tier holding the request, or null for any
   * @param holder the office holding the request, or null for any
   * @param state the state, or null for any
   * @param category the current category, or null for any
   * @param overdueAt only open requests whose next deadline passed before this instant, or null for any
   * @param reporter the citizen who reported, or null for any
   * @param reportedFrom the first instant of the reporting period, inclusive, or null
   * @param reportedUntil the end of the reporting period, exclusive, or null
   * @param after the cursor the previous page ended at, or null for the first page
   * @param limit the most requests on the page, from 1 to {@value #MAX_LIMIT}
   * @throws NullPointerException if {@code viewer} is null
   * @throws IllegalArgumentException if {@code limit} is out of range, {@code tier} differs from the holder's, or
   *     the period ends before it starts (the message names the field)
   */
  public RequestQuery {
    requireNonNull(viewer, "viewer");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
    }
    if (tier != null && holder != null && holder.tier() != tier) {
      throw new IllegalArgumentException("tier " + tier + " differs from the tier of holder " + holder);
    }
    if (reportedFrom != null && reportedUntil != null && reportedUntil.isBefore(reportedFrom)) {
      throw new IllegalArgumentException(
          "reportedUntil must not be before reportedFrom, was " + reportedUntil + " before " + reportedFrom);
    }
  }

  /**
   * Returns the first page of everything the viewer may see.
   *
   * @param viewer who asks, not null
   * @param limit the most requests on the page, from 1 to {@value #MAX_LIMIT}
   * @return the query
   */
  public static RequestQuery everything(Actor viewer, int limit) {
    return new RequestQuery(viewer, null, null, null, null, null, null, null, null, null, limit);
  }

  /**
   * Returns the same query from another cursor: the next page.
   *
   * @param cursor where the page starts, or null for the first page
   * @return the query
   */
  public RequestQuery from(PageCursor cursor) {
    return new RequestQuery(viewer, tier, holder, state, category, overdueAt, reporter, reportedFrom, reportedUntil,
        cursor, limit);
  }
}
