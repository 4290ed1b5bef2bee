package org.grid.adapters.inmemory.escalation;

import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.at;
import static org.grid.testkit.escalation.EscalationSamples.staff;

import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestServiceTest {

  private final MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), ZONE);
  private final InMemoryRequestRepository repository = new InMemoryRequestRepository();
  private final RecordingRequestEventPublisher publisher = new RecordingRequestEventPublisher();
  private RequestService service;

  @BeforeEach
  void createService() {
    service = serviceOver(repository, InMemoryWorkCalendars.everywhere(CALENDAR));
  }

  private RequestService serviceOver(RequestRepository repo, InMemoryWorkCalendars calendars) {
    return new RequestService(
        repo,
        new InMemoryRoutingTable().put(COUNTY, LAND_CATEGORY, LAND),
        calendars,
        publisher,
        InMemoryUnitOfWork.create(),
        clock,
        POLICY,
        Validation.buildDefaultValidatorFactory().getValidator(),
        sampleAuthorization());
  }

  /** The sample staff in their offices, the sample township's plan, and the rulebook's permission table. */
  static RequestAuthorization sampleAuthorization() {
    InMemoryPlaceDirectory places = new InMemoryPlaceDirectory();
    places.adopt(EscalationSamples.township(), EscalationSamples.plan());
    return new RequestAuthorization(new InMemoryStaffDirectory().saveAll(EscalationSamples.appointments()), places,
        EscalationSamples.AUTHORIZATION);
  }

  private static RequestCommand.Report report(String id, String commandId, Place place) {
    return new RequestCommand.Report(
        CommandId.of(commandId), RequestId.of(id), Actor.citizen(CITIZEN), CITIZEN, place, LAND_CATEGORY,
        "fence", Urgency.NORMAL, null, null);
  }

  private Request stored(String id) {
    return repository.findById(RequestId.of(id)).orElseThrow();
  }

  @Test
  void a_retried_report_or_command_is_applied_once() {
    assertThat(service.handle(report("R1", "c1", PLACE_A))).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(service.handle(report("R1", "c1", PLACE_A))).isEqualTo(new CommandOutcome.Duplicate(RequestId.of("R1"), CommandId.of("c1")));
    RequestCommand.Accept accept =
        new RequestCommand.Accept(CommandId.of("c2"), RequestId.of("R1"), 1, staff(Tier.VILLAGE_GRID, PLACE_A),
            PersonId.of("h"));
    assertThat(service.handle(accept)).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(service.handle(accept)).isInstanceOf(CommandOutcome.Duplicate.class);
    assertThat(stored("R1").version()).isEqualTo(2);
    assertThat(publisher.events()).hasSize(2);
  }

  @Test
  void a_new_report_under_an_existing_id_is_refused() {
    service.handle(report("R1", "c1", PLACE_A));
    CommandOutcome outcome = service.handle(report("R1", "c9", PLACE_B));
    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class,
        r -> assertThat(r.reason()).isEqualTo(RefusalReason.ALREADY_EXISTS));
    assertThat(stored("R1").report().place()).isEqualTo(PLACE_A);
  }

  @Test
  void a_command_on_a_stale_version_is_refused_as_a_value_and_not_applied() {
    service.handle(report("R1", "c1", PLACE_A));
    service.handle(new RequestCommand.Accept(CommandId.of("c2"), RequestId.of("R1"), 1,
        staff(Tier.VILLAGE_GRID, PLACE_A), PersonId.of("h")));
    CommandOutcome outcome = service.handle(new RequestCommand.Escalate(CommandId.of("c3"), RequestId.of("R1"), 1,
        staff(Tier.VILLAGE_GRID, PLACE_A), "decided on old state"));
    assertThat(outcome).isEqualTo(new CommandOutcome.StaleVersion(RequestId.of("R1"), 1, 2));
    assertThat(stored("R1").tier()).isEqualTo(Tier.VILLAGE_GRID);
    assertThat(publisher.events()).hasSize(2);
  }

  /** Staff of another grid are told no more than of an unknown request: NOT_FOUND, and nothing changes. */
  @Test
  void a_refusal_publishes_nothing_and_changes_nothing() {
    service.handle(report("R1", "c1", PLACE_A));
    CommandOutcome outcome = service.handle(new RequestCommand.Accept(CommandId.of("c2"), RequestId.of("R1"), 1,
        staff(Tier.VILLAGE_GRID, PLACE_B), PersonId.of("h")));
    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class,
        r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_FOUND));
    assertThat(stored("R1").version()).isEqualTo(1);
    assertThat(stored("R1").hasApplied(CommandId.of("c2"))).isFalse();
    assertThat(publisher.events()).hasSize(1);
  }

  @Test
  void an_unknown_request_or_township_without_calendar_is_refused() {
    assertThat(service.handle(new RequestCommand.Resume(CommandId.of("c"), RequestId.of("nope"), 1,
        staff(Tier.VILLAGE_GRID, PLACE_A))))
        .isInstanceOfSatisfying(CommandOutcome.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_FOUND));
    RequestService noCalendars = serviceOver(repository, new InMemoryWorkCalendars().put(TownshipId.of("T99"), CALENDAR));
    assertThat(noCalendars.handle(report("R1", "c1", PLACE_A)))
        .isInstanceOfSatisfying(CommandOutcome.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.NO_CALENDAR));
    assertThat(repository.count()).isZero();
  }

  @Test
  void an_invalid_command_is_one_error_naming_each_field() {
    RequestCommand.Escalate invalid = new RequestCommand.Escalate(null, RequestId.of("R1"), -1, null, " ");
    assertThatThrownBy(() -> service.handle(invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commandId")
        .hasMessageContaining("expectedVersion")
        .hasMessageContaining("actor")
        .hasMessageContaining("reason");
  }

  @Test
  void the_clock_port_sets_the_time_of_a_command() {
    clock.setInstant(at("2026-09-30T10:00"));
    service.handle(report("R1", "c1", PLACE_A));
    assertThat(stored("R1").history().get(0).at()).isEqualTo(at("2026-09-30T10:00"));
    assertThat(stored("R1").nextDeadline()).contains(at("2026-10-08T17:30"));
  }

  @Test
  void the_sweep_reminds_escalates_and_is_idempotent() {
    service.handle(report("R1", "c1", PLACE_A)); // accept due 2026-03-03T17:30
    service.handle(report("R2", "c2", PLACE_B));
    service.handle(new RequestCommand.Accept(CommandId.of("c3"), RequestId.of("R2"), 1,
        staff(Tier.VILLAGE_GRID, PLACE_B), PersonId.of("h"))); // resolve due 2026-03-05T17:30
    publisher.clear();

    SweepResult first = service.processDue(at("2026-03-03T18:00"));
    assertThat(first.changed()).isEqualTo(1);
    assertThat(first.events()).singleElement().isInstanceOf(RequestEvent.ReminderIssued.class);
    assertThat(publisher.events()).isEqualTo(first.events());
    assertThat(service.processDue(at("2026-03-03T18:00")).changed()).isZero();

    SweepResult second = service.processDue(at("2026-03-04T18:00"));
    assertThat(second.events()).singleElement().isInstanceOf(RequestEvent.RequestEscalated.class);
    assertThat(stored("R1").tier()).isEqualTo(Tier.DISTRICT_GRID);
    assertThat(stored("R2").tier()).isEqualTo(Tier.VILLAGE_GRID);
    assertThat(service.processDue(at("2026-03-04T18:00")).events()).isEmpty();
  }

  @Test
  void the_sweep_reads_only_the_requests_that_are_due() {
    CountingRepository counting = new CountingRepository(repository);
    RequestService countingService = serviceOver(counting, InMemoryWorkCalendars.everywhere(CALENDAR));
    for (int i = 0; i < 2000; i++) {
      clock.setInstant(i < 30 ? at("2026-03-02T09:00") : at("2026-03-09T09:00"));
      countingService.handle(report("R" + i, "c" + i, i % 2 == 0 ? PLACE_A : PLACE_B));
    }
    counting.read.set(0);
    SweepResult result = countingService.processDue(at("2026-03-04T00:00"));
    assertThat(result.changed()).isEqualTo(30);
    assertThat(counting.read.get()).as("requests read by the sweep").isEqualTo(30);
  }

  @Test
  void due_requests_the_sweep_cannot_handle_do_not_starve_the_others() {
    Place noCalendar = new Place(COUNTY, TownshipId.of("T99"), PLACE_A.district(), PLACE_A.village(), PLACE_A.grid());
    for (int i = 0; i < 1001; i++) {
      repository.save(EscalationSamples.reported("X" + i, noCalendar, at("2026-03-02T08:00")), 0);
    }
    repository.save(EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00")), 0);
    RequestService onlyT01 = serviceOver(repository, new InMemoryWorkCalendars().put(PLACE_A.township(), CALENDAR));
    SweepResult result = onlyT01.processDue(at("2026-03-04T00:00"));
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.skippedNoCalendar()).isEqualTo(1001);
    assertThat(stored("R1").reminded()).isTrue();
  }

  @Test
  void monitoring_lists_open_requests_by_tier_and_grid_overdue_due_soon_and_counts() {
    service.handle(report("R1", "c1", PLACE_A)); // due 2026-03-03T17:30
    clock.setInstant(at("2026-03-03T09:00"));
    service.handle(report("R2", "c2", PLACE_B)); // due 2026-03-04T17:30
    service.handle(new RequestCommand.Withdraw(CommandId.of("c3"), RequestId.of("R2"), 1, Actor.citizen(CITIZEN), "x"));
    service.handle(report("R3", "c4", PLACE_B));
    assertThat(service.openAt(Tier.VILLAGE_GRID, null)).extracting(Request::id)
        .containsExactly(RequestId.of("R1"), RequestId.of("R3"));
    assertThat(service.openAt(Tier.VILLAGE_GRID, GridId.of("T01-V09-N1"))).extracting(Request::id)
        .containsExactly(RequestId.of("R3"));
    Instant now = at("2026-03-04T09:00");
    assertThat(service.overdue(now, 10)).extracting(Request::id).containsExactly(RequestId.of("R1"));
    assertThat(service.dueWithin(now, Duration.ofHours(12), 10)).extracting(Request::id)
        .containsExactly(RequestId.of("R3"));
    assertThat(service.countsByState())
        .isEqualTo(Map.of(RequestState.REPORTED, 2L, RequestState.WITHDRAWN, 1L));
  }

  @Test
  void a_due_window_reaching_past_the_last_instant_ends_there_instead_of_overflowing() {
    service.handle(report("R1", "c1", PLACE_A)); // due 2026-03-03T17:30
    Instant now = at("2026-03-03T09:00");
    assertThat(service.dueWithin(now, Duration.ofSeconds(Long.MAX_VALUE), 10)).extracting(Request::id)
        .containsExactly(RequestId.of("R1"));
    assertThat(service.dueWithin(Instant.MIN, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), 10))
        .extracting(Request::id).containsExactly(RequestId.of("R1"));
    assertThat(service.dueWithin(Instant.MAX, Duration.ofDays(1), 10)).isEmpty();
  }

  /** A sweep at an instant no work calendar counts days at is refused before it changes anything. */
  @Test
  void a_sweep_beyond_the_days_a_calendar_counts_is_refused_naming_the_instant() {
    service.handle(report("R1", "c1", PLACE_A)); // due 2026-03-03T17:30
    for (Instant beyond : new Instant[] {Instant.MAX, Instant.MIN}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.processDue(beyond))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("now must lie within the days a work calendar counts")
          .hasMessageContaining(beyond.toString());
    }
    assertThat(service.countsByState()).isEqualTo(Map.of(RequestState.REPORTED, 1L));
    // A far year inside the range is swept as any other: the acceptance deadline passed, a reminder is issued.
    SweepResult far = service.processDue(java.time.LocalDate.of(999_999_000, 1, 4).atStartOfDay(
        org.grid.testkit.escalation.EscalationSamples.ZONE).toInstant());
    assertThat(far.changed()).isEqualTo(1);
  }

  /**
   * A command under a clock at an instant no work calendar counts days at (a clock set wrong) is refused naming the
   * clock, before it reads or stores anything.
   */
  @Test
  void a_command_under_a_clock_beyond_the_days_a_calendar_counts_is_refused_naming_the_clock() {
    service.handle(report("R1", "c1", PLACE_A));
    for (Instant beyond : new Instant[] {Instant.MAX, Instant.MIN}) {
      clock.setInstant(beyond);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.handle(report("R2", "c2", PLACE_A)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the clock's instant must lie within the days a work calendar counts")
          .hasMessageContaining(beyond.toString());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.handle(new RequestCommand.Accept(
              CommandId.of("c3"), RequestId.of("R1"), 1, staff(Tier.VILLAGE_GRID, PLACE_A), PersonId.of("h"))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(beyond.toString());
    }
    assertThat(service.countsByState()).isEqualTo(Map.of(RequestState.REPORTED, 1L));
  }

  @Test
  void an_attempt_whose_retry_was_applied_meanwhile_is_answered_as_a_duplicate_not_as_stale() {
    // The client gave up waiting for the first attempt and sent the command again (to another node, here the
    // unwrapped service), which applied it before the first attempt saved.
    CountingRepository racing = new CountingRepository(repository);
    RequestService first = serviceOver(racing, InMemoryWorkCalendars.everywhere(CALENDAR));
    RequestCommand report = report("R1", "c1", PLACE_A);
    racing.beforeNextSave = () -> assertThat(service.handle(report)).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(first.handle(report)).isEqualTo(new CommandOutcome.Duplicate(RequestId.of("R1"), CommandId.of("c1")));

    RequestCommand.Accept accept = new RequestCommand.Accept(CommandId.of("c2"), RequestId.of("R1"), 1,
        staff(Tier.VILLAGE_GRID, PLACE_A), PersonId.of("h"));
    racing.beforeNextSave = () -> assertThat(service.handle(accept)).isInstanceOf(CommandOutcome.Applied.class);
    assertThat(first.handle(accept)).isEqualTo(new CommandOutcome.Duplicate(RequestId.of("R1"), CommandId.of("c2")));
    assertThat(stored("R1").version()).as("each applied once").isEqualTo(2);
    assertThat(publisher.events()).hasSize(2);

    // Another command that came first still makes the attempt stale.
    RequestCommand.Resolve resolve = new RequestCommand.Resolve(CommandId.of("c3"), RequestId.of("R1"), 2,
        staff(Tier.VILLAGE_GRID, PLACE_A), "done");
    racing.beforeNextSave = () -> assertThat(service.handle(new RequestCommand.Suspend(CommandId.of("c4"),
        RequestId.of("R1"), 2, staff(Tier.VILLAGE_GRID, PLACE_A), "waiting for the survey")))
        .isInstanceOf(CommandOutcome.Applied.class);
    assertThat(first.handle(resolve)).isEqualTo(new CommandOutcome.StaleVersion(RequestId.of("R1"), 2, 3));
  }

  /**
   * Counts the requests the engine reads through the deadline queries and by id; runs {@link #beforeNextSave}, when
   * set, before the next save (once), as another node's work that commits in between.
   */
  private static final class CountingRepository implements RequestRepository {
    final RequestRepository delegate;
    final AtomicLong read = new AtomicLong();
    Runnable beforeNextSave;

    CountingRepository(RequestRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Request> findById(RequestId id) {
      Optional<Request> r = delegate.findById(id);
      r.ifPresent(x -> read.incrementAndGet());
      return r;
    }

    @Override
    public boolean save(Request request, long expectedVersion) {
      Runnable meanwhile = beforeNextSave;
      beforeNextSave = null;
      if (meanwhile != null) {
        meanwhile.run();
      }
      return delegate.save(request, expectedVersion);
    }

    @Override
    public List<Request> findDueBefore(Instant instant, int limit) {
      List<Request> due = delegate.findDueBefore(instant, limit);
      read.addAndGet(due.size());
      return due;
    }

    @Override
    public List<Request> findDueBefore(Instant instant, Instant afterDeadline, RequestId afterId, int limit) {
      List<Request> due = delegate.findDueBefore(instant, afterDeadline, afterId, limit);
      read.addAndGet(due.size());
      return due;
    }

    @Override
    public List<Request> findDueBetween(Instant from, Instant to, int limit) {
      return delegate.findDueBetween(from, to, limit);
    }

    @Override
    public List<Request> findOpen(Tier tier, GridId grid) {
      return delegate.findOpen(tier, grid);
    }

    @Override
    public List<Request> findPage(org.grid.escalation.model.RequestFilter filter,
        org.grid.escalation.model.PageCursor after, int limit) {
      List<Request> page = delegate.findPage(filter, after, limit);
      read.addAndGet(page.size());
      return page;
    }

    @Override
    public Map<RequestState, Long> countByState() {
      return delegate.countByState();
    }

    @Override
    public long count() {
      return delegate.count();
    }

    @Override
    public List<RequestId> findIdsActiveBetween(org.grid.core.model.jurisdiction.CountyId county, Instant from,
        Instant to) {
      return delegate.findIdsActiveBetween(county, from, to);
    }

    @Override
    public List<Request> findAllById(java.util.Collection<RequestId> ids) {
      List<Request> found = delegate.findAllById(ids);
      read.addAndGet(found.size());
      return found;
    }

    @Override
    public int eraseFreeText(org.grid.core.model.jurisdiction.TownshipId township, PersonId reporter,
        String marker) {
      return delegate.eraseFreeText(township, reporter, marker);
    }
  }
}
