package org.grid.spring.boot.open311;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.out.RequestRepository;

/**
 * The request lists of {@code GET requests}, over the repository's ports as they are: the ids of the county's
 * requests active in the window ({@link RequestRepository#findIdsActiveBetween}, answered from the history's time
 * index), loaded {@value #BATCH} at a time, kept when reported in the window and matching the filter, the
 * {@value #MAX_RESULTS} most recently reported first. The window is at most {@link #MAX_SPAN} (the spec's bound),
 * so the work is bounded by what a county reports in 90 days; memory by {@value #MAX_RESULTS} requests and one
 * batch. It is a class of its own so that it can move to a query port made for lists when there is one.
 */
final class RequestListQuery {

  /** The longest window the spec allows. */
  static final Duration MAX_SPAN = Duration.ofDays(90);

  /** The most requests one answer holds (the spec's default volume). */
  static final int MAX_RESULTS = 1000;

  private static final int BATCH = 500;

  /** Latest reported first; ties by id, so that the answer does not depend on the load order. */
  static final Comparator<Request> NEWEST_FIRST = Comparator.comparing(RequestListQuery::reportedAt).reversed()
      .thenComparing(r -> r.id().value());

  private final RequestRepository requests;

  RequestListQuery(RequestRepository requests) {
    this.requests = requireNonNull(requests, "requests");
  }

  /** When a request was reported: its first history entry. */
  static Instant reportedAt(Request request) {
    return request.history().get(0).at();
  }

  /**
   * Lists a county's requests reported in {@code [from, to]} that match a filter, newest first.
   *
   * @param county the county
   * @param from the first instant, inclusive
   * @param to the last instant, inclusive, at most {@link #MAX_SPAN} after {@code from}
   * @param filter which requests to keep
   * @return at most {@value #MAX_RESULTS} requests
   */
  List<Request> reportedBetween(CountyId county, Instant from, Instant to, Predicate<Request> filter) {
    if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
      throw new IllegalArgumentException("the window must not pass " + MAX_SPAN.toDays() + " days");
    }
    List<RequestId> ids = requests.findIdsActiveBetween(county, from, to.plusNanos(1));
    PriorityQueue<Request> kept = new PriorityQueue<>(NEWEST_FIRST.reversed());
    for (int start = 0; start < ids.size(); start += BATCH) {
      for (Request request : requests.findAllById(ids.subList(start, Math.min(ids.size(), start + BATCH)))) {
        Instant reported = reportedAt(request);
        if (reported.isBefore(from) || reported.isAfter(to) || !filter.test(request)) {
          continue;
        }
        kept.add(request);
        if (kept.size() > MAX_RESULTS) {
          kept.poll();
        }
      }
    }
    List<Request> list = new ArrayList<>(kept);
    list.sort(NEWEST_FIRST);
    return list;
  }

  /**
   * Loads requests by id, keeping those of a county, in the order asked.
   *
   * @param county the county
   * @param ids the ids, at most {@value #MAX_RESULTS}
   * @return the requests found
   */
  List<Request> byIds(CountyId county, List<RequestId> ids) {
    List<Request> found = new ArrayList<>(requests.findAllById(ids));
    found.removeIf(r -> !r.report().place().county().equals(county));
    found.sort(Comparator.comparingInt(r -> ids.indexOf(r.id())));
    return found;
  }
}
