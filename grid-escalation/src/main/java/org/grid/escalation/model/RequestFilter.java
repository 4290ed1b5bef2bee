package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.team.PersonId;

/**
 * The conditions of a request list (诉求查询条件), every one optional but the visibility: the requests an actor may
 * see, narrowed by tier, holding office, state, current category, overdue at an instant, reporter and the period
 * they were reported in. Closed, withdrawn and duplicate requests are listed like open ones unless the state or
 * the overdue condition leaves them out.
 *
 * @param visibility which requests the viewer may see at all, not null
 * @param tier the tier holding the request, or null for any
 * @param holder the office holding the request (its whole path), or null for any
 * @param state the state, or null for any
 * @param category the current category ({@link Request#category()}), or null for any
 * @param overdueAt only open requests whose next deadline is before this instant, or null for any
 * @param reporter the citizen who reported, or null for any
 * @param reportedFrom the first instant of the reporting period, inclusive, or null for no lower bound
 * @param reportedUntil the end of the reporting period, exclusive, or null for no upper bound
 */
public record RequestFilter(
    Visibility visibility,
    Tier tier,
    Office holder,
    RequestState state,
    Category category,
    Instant overdueAt,
    PersonId reporter,
    Instant reportedFrom,
    Instant reportedUntil) {

  /**
   * Checks the filter.
   *
   * @param visibility which requests the viewer may see at all, not null
   * @param tier the tier holding the request, or null for any
   * @param holder the office holding the request (its whole path), or null for any
   * @param state the state, or null for any
   * @param category the current category, or null for any
   * @param overdueAt only open requests whose next deadline is before this instant, or null for any
   * @param reporter the citizen who reported, or null for any
   * @param reportedFrom the first instant of the reporting period, inclusive, or null for no lower bound
   * @param reportedUntil the end of the reporting period, exclusive, or null for no upper bound
   * @throws NullPointerException if {@code visibility} is null
   * @throws IllegalArgumentException if {@code tier} differs from the holder's tier, or the period ends before it
   *     starts
   */
  public RequestFilter {
    requireNonNull(visibility, "visibility");
    if (tier != null && holder != null && holder.tier() != tier) {
      throw new IllegalArgumentException("tier " + tier + " differs from the tier of holder " + holder);
    }
    if (reportedFrom != null && reportedUntil != null && reportedUntil.isBefore(reportedFrom)) {
      throw new IllegalArgumentException(
          "reportedUntil must not be before reportedFrom, was " + reportedUntil + " before " + reportedFrom);
    }
  }

  /**
   * Returns the filter of everything an actor may see.
   *
   * @param visibility which requests the viewer may see, not null
   * @return the filter with no other condition
   */
  public static RequestFilter visibleTo(Visibility visibility) {
    return new RequestFilter(visibility, null, null, null, null, null, null, null, null);
  }

  /**
   * Tells whether a request meets every condition: the definition every repository's query answers to.
   *
   * @param request the request, not null
   * @return true when it is visible and meets the conditions given
   */
  public boolean matches(Request request) {
    requireNonNull(request, "request");
    if (!visibility.includes(request)) {
      return false;
    }
    if (tier != null && request.tier() != tier) {
      return false;
    }
    if (holder != null && !holder.equals(request.holder())) {
      return false;
    }
    if (state != null && request.state() != state) {
      return false;
    }
    if (category != null && !category.equals(request.category())) {
      return false;
    }
    if (overdueAt != null) {
      Instant next = request.nextDeadlineOrNull();
      if (next == null || !next.isBefore(overdueAt)) {
        return false;
      }
    }
    if (reporter != null && !reporter.equals(request.report().reporter())) {
      return false;
    }
    Instant reported = request.reportedAt();
    return (reportedFrom == null || !reported.isBefore(reportedFrom))
        && (reportedUntil == null || reported.isBefore(reportedUntil));
  }
}
