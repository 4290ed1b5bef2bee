package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.ProcessDueRequests;
import org.grid.escalation.port.in.SweepResult;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.escalation.port.out.WorkCalendars;

/**
 * The deadline sweep (到期巡检): reads the requests whose next deadline has passed, in pages of {@value #BATCH}
 * ordered by (next deadline, id), applies {@link Request#onDeadlines} to each, and saves each change conditionally
 * on the version it read. A request changed concurrently is left to the next sweep and counted as stale; one whose
 * township has no work calendar is skipped and counted. {@link RequestService} delegates its {@link
 * ProcessDueRequests} to one of these.
 *
 * <p>Thread-safe as far as the ports are: several sweeps at once change each request at most once per deadline,
 * since a save on a version another sweep already replaced is refused.
 */
public final class DeadlineSweep implements ProcessDueRequests {

  /** How many due requests the sweep reads per query. */
  static final int BATCH = 1000;

  private final RequestRepository requests;
  private final RoutingTable routing;
  private final WorkCalendars calendars;
  private final RequestEventPublisher publisher;
  private final EscalationPolicy policy;

  /**
   * Creates the sweep.
   *
   * @param requests the request repository, not null
   * @param routing the county's routing table, not null
   * @param calendars the township work calendars, not null
   * @param publisher the event publisher, not null
   * @param policy the policy, not null
   * @throws NullPointerException if an argument is null
   */
  public DeadlineSweep(
      RequestRepository requests,
      RoutingTable routing,
      WorkCalendars calendars,
      RequestEventPublisher publisher,
      EscalationPolicy policy) {
    this.requests = requireNonNull(requests, "requests");
    this.routing = requireNonNull(routing, "routing");
    this.calendars = requireNonNull(calendars, "calendars");
    this.publisher = requireNonNull(publisher, "publisher");
    this.policy = requireNonNull(policy, "policy");
  }

  @Override
  public SweepResult processDue(Instant now) {
    requireNonNull(now, "now");
    ImmutableList.Builder<RequestEvent> events = ImmutableList.builder();
    int changed = 0;
    int stale = 0;
    int noCalendar = 0;
    // Keyset pagination over (deadline, id): a changed request moves past now and out of the range; one left
    // unchanged (no calendar, or changed concurrently) stays behind the cursor and waits for the next sweep.
    Instant cursorDeadline = null;
    RequestId cursorId = null;
    while (true) {
      List<Request> due =
          cursorDeadline == null
              ? requests.findDueBefore(now, BATCH)
              : requests.findDueBefore(now, cursorDeadline, cursorId, BATCH);
      for (Request request : due) {
        Optional<WorkCalendar> calendar = calendars.forTownship(request.report().place().township());
        if (calendar.isEmpty()) {
          noCalendar++;
          continue;
        }
        // Only a lapse at the county office routes by the table; skip the lookup elsewhere.
        DepartmentId route = request.tier() == Tier.COUNTY_OFFICE ? tableDepartment(request) : null;
        Optional<Applied> applied = request.onDeadlines(new RuleContext(now, calendar.get(), policy), route);
        if (applied.isEmpty()) {
          continue;
        }
        if (requests.save(applied.get().request(), request.version())) {
          publisher.publish(applied.get().events());
          events.addAll(applied.get().events());
          changed++;
        } else {
          stale++;
        }
      }
      if (due.size() < BATCH) {
        break;
      }
      Request last = due.get(due.size() - 1);
      cursorDeadline = last.nextDeadlineOrNull();
      cursorId = last.id();
    }
    return new SweepResult(changed, events.build(), stale, noCalendar);
  }

  private DepartmentId tableDepartment(Request r) {
    return routing.departmentFor(r.report().place().county(), r.report().category()).orElse(null);
  }
}
