package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.in.ProcessDueRequestsUseCase;
import org.grid.escalation.port.in.SweepResult;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.escalation.port.out.WorkCalendars;

/**
 * The deadline sweep (到期巡检): reads the requests whose next deadline has passed, in pages of {@value #BATCH}
 * ordered by (next deadline, id), applies {@link Request#onDeadlines} to each, and saves each change conditionally
 * on the version it read. Each page runs in one claiming transaction of the {@link UnitOfWork} ({@link
 * UnitOfWork#claimingDue}): its changes are stored with their events or not at all, and several nodes sweeping one
 * database claim different requests; a page that fails rolls back alone, the pages before it stay done. A request changed concurrently is left to the next sweep and counted as stale; one whose
 * township has no work calendar is skipped and counted. {@link RequestService} delegates its {@link
 * ProcessDueRequestsUseCase} to one of these.
 *
 * <p>Thread-safe as far as the ports are: several sweeps at once change each request at most once per deadline,
 * since a save on a version another sweep already replaced is refused.
 */
public final class DeadlineSweep implements ProcessDueRequestsUseCase {

  /**
   * The first instant a sweep runs at: a year inside {@link LocalDate#MIN}, so that a work calendar counts its days
   * in any zone.
   */
  static final Instant FIRST_INSTANT = LocalDate.MIN.plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  /**
   * The last instant a sweep runs at: a year inside {@link LocalDate#MAX}, so that the deadlines it sets (grace days,
   * the next tier's limits, counted in working days) still fall on days a work calendar counts.
   */
  static final Instant LAST_INSTANT = LocalDate.MAX.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** The range of {@link #FIRST_INSTANT} to {@link #LAST_INSTANT}, as the messages that refuse an instant say it. */
  static final String CALENDAR_DAYS = "the days a work calendar counts (" + FIRST_INSTANT + " to " + LAST_INSTANT + ")";

  /**
   * Tells whether a work calendar counts days at an instant: the sweep's and a command's clock must give one.
   *
   * @param instant the instant, not null
   * @return true from {@link #FIRST_INSTANT} to {@link #LAST_INSTANT}
   */
  static boolean withinCalendarDays(Instant instant) {
    return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
  }

  /** How many due requests the sweep reads per query. */
  static final int BATCH = 1000;

  private final RequestRepository requests;
  private final RoutingTable routing;
  private final WorkCalendars calendars;
  private final RequestEventPublisher publisher;
  private final UnitOfWork unitOfWork;
  private final EscalationPolicy policy;

  /**
   * Creates the sweep.
   *
   * @param requests the request repository, not null
   * @param routing the county's routing table, not null
   * @param calendars the township work calendars, not null
   * @param publisher the event publisher, not null
   * @param unitOfWork the unit of work each page runs in, not null
   * @param policy the policy, not null
   * @throws NullPointerException if an argument is null
   */
  public DeadlineSweep(
      RequestRepository requests,
      RoutingTable routing,
      WorkCalendars calendars,
      RequestEventPublisher publisher,
      UnitOfWork unitOfWork,
      EscalationPolicy policy) {
    this.requests = requireNonNull(requests, "requests");
    this.routing = requireNonNull(routing, "routing");
    this.calendars = requireNonNull(calendars, "calendars");
    this.publisher = requireNonNull(publisher, "publisher");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
  }

  @Override
  public SweepResult processDue(Instant now) {
    requireNonNull(now, "now");
    if (!withinCalendarDays(now)) {
      // Instant reaches a year past LocalDate: a work calendar could not count days there, and the first due
      // request would fail with a DateTimeException half way through the sweep.
      throw new IllegalArgumentException("now must lie within " + CALENDAR_DAYS + ", was " + now);
    }
    ImmutableList.Builder<RequestEvent> events = ImmutableList.builder();
    int changed = 0;
    int stale = 0;
    int noCalendar = 0;
    // Keyset pagination over (deadline, id), one claiming transaction per page: a changed request moves past now
    // and out of the range; one left unchanged (no calendar, or changed concurrently) stays behind the cursor and
    // waits for the next sweep.
    Page page = null;
    do {
      Page previous = page;
      page = unitOfWork.claimingDue(() -> sweepPage(now, previous));
      events.addAll(page.events());
      changed += page.changed();
      stale += page.stale();
      noCalendar += page.noCalendar();
    } while (page.full());
    return new SweepResult(changed, events.build(), stale, noCalendar);
  }

  /** What one page of the sweep did, and where the next page starts. */
  private record Page(
      List<RequestEvent> events, int changed, int stale, int noCalendar, boolean full, Instant lastDeadline,
      RequestId lastId) {}

  private Page sweepPage(Instant now, Page previous) {
    List<Request> due =
        previous == null
            ? requests.findDueBefore(now, BATCH)
            : requests.findDueBefore(now, previous.lastDeadline(), previous.lastId(), BATCH);
    ImmutableList.Builder<RequestEvent> events = ImmutableList.builder();
    int changed = 0;
    int stale = 0;
    int noCalendar = 0;
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
    Request last = due.isEmpty() ? null : due.get(due.size() - 1);
    return new Page(events.build(), changed, stale, noCalendar, due.size() >= BATCH,
        last == null ? null : last.nextDeadlineOrNull(), last == null ? null : last.id());
  }

  private DepartmentId tableDepartment(Request r) {
    return routing.departmentFor(r.report().place().county(), r.category()).orElse(null);
  }
}
