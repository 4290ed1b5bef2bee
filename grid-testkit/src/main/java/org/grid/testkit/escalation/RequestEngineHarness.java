package org.grid.testkit.escalation;

import org.grid.core.port.out.UnitOfWork;
import org.grid.testkit.CountingUnitOfWork;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PENSION_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.SOCIAL;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.StaffCommand;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestFacts;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.grid.escalation.port.out.RequestRepository;

/**
 * The state of the engine's stateful property: a {@link RequestService} over a given repository, with a
 * settable clock, a routing table (land to natural resources, pension to social security, nothing for other
 * categories), the sample calendar everywhere, and a record of what the property has seen, against which
 * {@link #checkInvariants()} compares the repository after every step.
 */
public final class RequestEngineHarness {

  /** The kinds of command the property sends to existing requests. */
  public enum CommandKind {
    /** Accept with an assignment. */
    ACCEPT,
    /** Route at the county office. */
    ROUTE,
    /** Pass up voluntarily. */
    ESCALATE,
    /** Return from a department. */
    RETURN,
    /** Suspend. */
    SUSPEND,
    /** Resume. */
    RESUME,
    /** Resolve. */
    RESOLVE,
    /** Deliver feedback. */
    FEEDBACK,
    /** Rate. */
    RATE,
    /** Withdraw. */
    WITHDRAW,
    /** Record arrival on site. */
    ON_SITE,
    /** Correct the category (改类). */
    RECATEGORIZE,
    /** Close as a duplicate of another request, or of itself, or of an unknown id (重复件). */
    CLOSE_AS_DUPLICATE
  }

  /** How the property disturbs a command. */
  public enum Disturbance {
    /** None: the right actor, the current version, a fresh command id. */
    NONE,
    /** An actor of another office. */
    WRONG_ACTOR,
    /** An older version than the stored one. */
    STALE_VERSION,
    /** The id of a command already applied to the request. */
    RETRY
  }

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private final RequestRepository repository;
  private final MutableClock clock = MutableClock.of(EscalationSamples.at("2026-09-28T09:00"), EscalationSamples.ZONE);
  private final List<RequestEvent> published = new ArrayList<>();
  private final RequestService service;
  private final Map<RequestId, List<HistoryEntry>> seen = new LinkedHashMap<>();
  private final Map<RequestId, RequestCommand> lastApplied = new LinkedHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  /**
   * Creates a harness over an empty repository whose calls need no transaction (in memory).
   *
   * @param repository the repository, empty, not null
   */
  public RequestEngineHarness(RequestRepository repository) {
    this(repository, new CountingUnitOfWork());
  }

  /**
   * Creates a harness over an empty repository and the unit of work its adapter joins (a {@code JdbcUnitOfWork}
   * over the repository's database, say).
   *
   * @param repository the repository, empty, not null
   * @param unitOfWork the unit of work the engine runs each command and sweep batch in, not null
   */
  public RequestEngineHarness(RequestRepository repository, UnitOfWork unitOfWork) {
    this(repository, unitOfWork, new SampleStaffDirectory(), new SamplePlaceDirectory());
  }

  /**
   * Creates a harness over an empty repository, the unit of work its adapter joins, and a staff and a place
   * directory, into which it saves the sample appointments ({@link EscalationSamples#appointments()}) and adopts
   * the sample plan ({@link EscalationSamples#plan()}).
   *
   * @param repository the repository, empty, not null
   * @param unitOfWork the unit of work the engine runs each command and sweep batch in, not null
   * @param staff the staff directory the engine authorizes through, not null
   * @param places the place directory the engine checks reports against, not null
   */
  public RequestEngineHarness(
      RequestRepository repository, UnitOfWork unitOfWork, StaffDirectory staff, PlaceDirectory places) {
    unitOfWork.inTransaction(() -> {
      EscalationSamples.appointments().forEach(staff::save);
      EscalationSamples.intruderAppointments().forEach(staff::save);
      places.adopt(EscalationSamples.township(), EscalationSamples.plan());
      return null;
    });
    this.repository = repository;
    this.service =
        new RequestService(
            repository,
            (county, category) ->
                category.equals(LAND_CATEGORY)
                    ? Optional.of(LAND)
                    : category.equals(PENSION_CATEGORY) ? Optional.of(SOCIAL) : Optional.empty(),
            township -> Optional.of(CALENDAR),
            published::addAll,
            unitOfWork,
            clock,
            POLICY,
            VALIDATOR,
            new RequestAuthorization(staff, places, EscalationSamples.AUTHORIZATION));
  }

  /**
   * Returns the engine under test.
   *
   * @return the service
   */
  public RequestService service() {
    return service;
  }

  /**
   * Returns the ids of the requests reported so far.
   *
   * @return the ids in reporting order
   */
  public List<RequestId> requestIds() {
    return List.copyOf(seen.keySet());
  }

  /**
   * Returns the clock's current instant.
   *
   * @return the instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Reports a new request and checks the outcome.
   *
   * @param place the place
   * @param category the category
   * @param mustAttend the must-attend type or null
   * @param complaintTier for a complaint, the tier of the team complained about; else null
   */
  public void report(Place place, Category category, MustAttendType mustAttend, Tier complaintTier) {
    RequestId id = RequestId.of("R" + ids.incrementAndGet());
    Office complaint =
        complaintTier == null
            ? null
            : complaintTier == Tier.DEPARTMENT ? Office.department(place.county(), LAND)
                : Office.of(complaintTier, place);
    CommandId commandId = CommandId.of("c-" + id + "-report");
    RequestCommand report = new RequestCommand.Report(
        commandId, id, Actor.citizen(CITIZEN), CITIZEN, place, category, "property request",
        Urgency.NORMAL, mustAttend, complaint);
    CommandOutcome outcome = service.handle(report);
    if (complaintTier != null && !complaintTier.hasServiceTeam()) {
      assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
      return;
    }
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    Request r = ((CommandOutcome.Applied) outcome).request();
    seen.put(id, r.history());
    lastApplied.put(id, report);
  }

  /**
   * Sends a command to an existing request and checks the outcome against the disturbance; a {@link
   * Disturbance#WRONG_ACTOR} command comes from the intruder given, and on every other index replays the command id
   * last applied to the request, which must not help it.
   *
   * @param index which request (modulo the number reported)
   * @param kind the command, or null for the one that moves the request along its main path
   * @param disturbance how the command is disturbed
   * @param rating the rating for {@link CommandKind#RATE}
   * @param department the department for {@link CommandKind#ROUTE}, or null for the table
   * @param category the category for {@link CommandKind#RECATEGORIZE}
   * @param original for {@link CommandKind#CLOSE_AS_DUPLICATE}, which request is the original (modulo the number
   *     reported; possibly the request itself), or a negative number for an id no request has
   * @param intruder who sends a {@link Disturbance#WRONG_ACTOR} command
   */
  public void command(int index, CommandKind kind, Disturbance disturbance, Rating rating, DepartmentId department,
      Category category, int original, Intruder intruder) {
    if (seen.isEmpty()) {
      return;
    }
    RequestId id = requestIds().get(Math.floorMod(index, seen.size()));
    Request before = repository.findById(id).orElseThrow();
    if (kind == null) {
      kind = naturalNext(before);
    }
    boolean citizenCommand = kind == CommandKind.RATE || kind == CommandKind.WITHDRAW;
    Actor actor =
        citizenCommand
            ? Actor.citizen(CITIZEN)
            : Actor.staff(EscalationSamples.staffId(before.holder()), EscalationSamples.roleOf(before.tier()),
                before.holder());
    if (disturbance == Disturbance.WRONG_ACTOR) {
      Actor.Staff holderStaff = Actor.staff(EscalationSamples.staffId(before.holder()),
          EscalationSamples.roleOf(before.tier()), before.holder());
      actor = intruder.actor(holderStaff, before.report().place());
    }
    long version = disturbance == Disturbance.STALE_VERSION ? before.version() - 1 : before.version();
    CommandId commandId = disturbance == Disturbance.WRONG_ACTOR && index % 2 == 0
        ? lastApplied.get(id).commandId()
        : CommandId.of("c-" + ids.incrementAndGet());
    RequestCommand command = disturbance == Disturbance.RETRY
        ? lastApplied.get(id)
        : command(kind, commandId, id, version, actor, rating, department, category, originalId(original));
    int eventsBefore = published.size();
    CommandOutcome outcome = service.handle(command);
    Request after = repository.findById(id).orElseThrow();
    StaffCommand needed = RequestAuthorization.kindOf(command);
    boolean permitted = !(command.actor() instanceof Actor.Staff staff)
        || needed != null && EscalationSamples.AUTHORIZATION.permits(staff.role(), needed);
    switch (disturbance) {
      case RETRY -> assertThat(outcome).isInstanceOf(CommandOutcome.Duplicate.class);
      case STALE_VERSION -> assertThat(outcome).isInstanceOf(
          permitted ? CommandOutcome.StaleVersion.class : CommandOutcome.Refused.class);
      case WRONG_ACTOR -> assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
      case NONE -> { }
    }
    if (outcome instanceof CommandOutcome.Applied applied) {
      assertThat(after.version()).isEqualTo(before.version() + 1);
      assertThat(published.subList(eventsBefore, published.size())).isEqualTo(applied.events());
      assertThat(applied.events().get(applied.events().size() - 1).facts())
          .as("the last event of a change carries the request as the change left it")
          .isEqualTo(RequestFacts.of(after.snapshot()));
      assertThat(after.history()).hasSize(before.history().size() + applied.events().size());
      lastApplied.put(id, command);
    } else {
      assertThat(after.version()).as("a command not applied changes nothing").isEqualTo(before.version());
      assertThat(after.history()).isEqualTo(before.history());
      assertThat(published).hasSize(eventsBefore);
    }
  }

  /** The command that moves a request along its main path, so that chains reach the later states. */
  private static CommandKind naturalNext(Request r) {
    return switch (r.state()) {
      case REPORTED -> r.tier() == Tier.COUNTY_OFFICE ? CommandKind.ROUTE : CommandKind.ACCEPT;
      case ACCEPTED -> CommandKind.RESOLVE;
      case SUSPENDED -> CommandKind.RESUME;
      case RESOLVED -> CommandKind.FEEDBACK;
      case FEEDBACK_GIVEN -> CommandKind.RATE;
      case CLOSED, WITHDRAWN, DUPLICATE -> CommandKind.WITHDRAW;
    };
  }

  private RequestId originalId(int original) {
    return original < 0 ? RequestId.of("R0") : requestIds().get(Math.floorMod(original, seen.size()));
  }

  private static RequestCommand command(CommandKind kind, CommandId c, RequestId id, long v, Actor a, Rating rating,
      DepartmentId department, Category category, RequestId original) {
    return switch (kind) {
      case ACCEPT -> new RequestCommand.Accept(c, id, v, a, PersonId.of("handler"));
      case ROUTE -> new RequestCommand.Route(c, id, v, a, department);
      case ESCALATE -> new RequestCommand.Escalate(c, id, v, a, "beyond this tier");
      case RETURN -> new RequestCommand.Return(c, id, v, a, "misrouted");
      case SUSPEND -> new RequestCommand.Suspend(c, id, v, a, "waiting for material");
      case RESUME -> new RequestCommand.Resume(c, id, v, a);
      case RESOLVE -> new RequestCommand.Resolve(c, id, v, a, "done");
      case FEEDBACK -> new RequestCommand.Feedback(c, id, v, a, "told the citizen");
      case RATE -> new RequestCommand.Rate(c, id, v, a, rating);
      case WITHDRAW -> new RequestCommand.Withdraw(c, id, v, a, "no longer needed");
      case ON_SITE -> new RequestCommand.OnSite(c, id, v, a);
      case RECATEGORIZE -> new RequestCommand.Recategorize(c, id, v, a, category, "reported under the wrong category");
      case CLOSE_AS_DUPLICATE -> new RequestCommand.CloseAsDuplicate(c, id, v, a, original, "reported twice");
    };
  }

  /**
   * Moves the clock forward and runs the sweep twice at the new instant, checking that the second run changes
   * nothing and that nothing is left due.
   *
   * @param step how far to move the clock
   */
  public void advanceAndSweep(Duration step) {
    clock.add(step);
    Instant now = clock.instant();
    int sweptFrom = published.size();
    service.processDue(now);
    Map<RequestId, RequestEvent> lastOfEach = new LinkedHashMap<>();
    published.subList(sweptFrom, published.size()).forEach(e -> lastOfEach.put(e.requestId(), e));
    lastOfEach.forEach((id, last) -> assertThat(last.facts())
        .as("the last event the sweep published for %s carries the request as the sweep left it", id)
        .isEqualTo(RequestFacts.of(repository.findById(id).orElseThrow().snapshot())));
    assertThat(repository.findDueBefore(now, 1)).as("nothing is left due after a sweep").isEmpty();
    Map<RequestId, Long> versions = new LinkedHashMap<>();
    for (RequestId id : seen.keySet()) {
      versions.put(id, repository.findById(id).orElseThrow().version());
    }
    int eventsBefore = published.size();
    SweepResult second = service.processDue(now);
    assertThat(second.changed()).as("a second sweep at the same instant changes nothing").isZero();
    assertThat(published).hasSize(eventsBefore);
    for (RequestId id : seen.keySet()) {
      assertThat(repository.findById(id).orElseThrow().version()).isEqualTo(versions.get(id));
    }
  }

  /**
   * Checks the invariants: no request disappears; history only grows; each open request has exactly one next
   * deadline and sits once in the due index, a closed, withdrawn or duplicate one has none; a closed request has
   * feedback with a rating; a department that returned a request never holds it again; the current category is the
   * report's or the last recategorization's; a duplicate names another request of its county, and following the
   * originals never loops. The requests are read with one {@link RequestRepository#findAllById} (a few queries on a
   * database, where one {@code findById} each would cost a round trip per request and step); the engine's own
   * commands read them with {@code findById}.
   */
  public void checkInvariants() {
    assertThat(repository.count()).as("no request disappears").isEqualTo(seen.size());
    List<Request> indexed = repository.findDueBefore(Instant.MAX, Integer.MAX_VALUE);
    Map<RequestId, Request> stored = new LinkedHashMap<>();
    for (Request r : repository.findAllById(seen.keySet())) {
      stored.put(r.id(), r);
    }
    for (Map.Entry<RequestId, List<HistoryEntry>> e : seen.entrySet()) {
      Request r = stored.get(e.getKey());
      assertThat(r).as("request %s is still there", e.getKey()).isNotNull();
      List<HistoryEntry> before = e.getValue();
      assertThat(r.history().size()).as("history only grows").isGreaterThanOrEqualTo(before.size());
      assertThat(r.history().subList(0, before.size())).as("history is append-only").isEqualTo(before);
      long inIndex = indexed.stream().filter(x -> x.id().equals(r.id())).count();
      if (r.state().isOpen()) {
        assertThat(r.nextDeadline()).as("an open request has a next deadline").isPresent();
        assertThat(inIndex).as("an open request is due exactly once").isEqualTo(1);
      } else {
        assertThat(r.nextDeadline()).isEmpty();
        assertThat(inIndex).isZero();
      }
      if (r.state() == RequestState.CLOSED) {
        assertThat(r.history())
            .as("a closed request has feedback with a rating")
            .anySatisfy(h -> assertThat(h.form()).isInstanceOfSatisfying(Form.Feedback.class,
                f -> assertThat(f.rating()).isNotNull()));
      }
      checkNoReturnedDepartmentHoldsAgain(r);
      checkCurrentCategory(r);
      if (r.state() == RequestState.DUPLICATE) {
        checkDuplicateChain(r, stored);
      }
      e.setValue(r.history());
    }
  }

  /** The current category is the report's until a recategorization, then the last one's. */
  private static void checkCurrentCategory(Request r) {
    Category expected = r.report().category();
    for (HistoryEntry h : r.history()) {
      if (h.kind() == TransitionKind.RECATEGORIZED) {
        assertThat(h.category()).as("a recategorization changes the category").isNotEqualTo(expected);
        expected = h.category();
      }
    }
    assertThat(r.category()).as("the current category of %s", r.id()).isEqualTo(expected);
  }

  /**
   * A duplicate ends with its CLOSED_AS_DUPLICATE entry and names another request of its county; following the
   * originals never comes back to a request already seen.
   */
  private static void checkDuplicateChain(Request r, Map<RequestId, Request> stored) {
    assertThat(r.history().get(r.history().size() - 1).kind()).isEqualTo(TransitionKind.CLOSED_AS_DUPLICATE);
    java.util.Set<RequestId> visited = new java.util.HashSet<>();
    Request at = r;
    while (at.state() == RequestState.DUPLICATE) {
      assertThat(visited.add(at.id())).as("the originals of %s never loop", r.id()).isTrue();
      RequestId original = at.duplicateOf().orElseThrow();
      assertThat(original).isNotEqualTo(at.id());
      Request next = stored.get(original);
      assertThat(next).as("the original %s of %s is stored", original, at.id()).isNotNull();
      assertThat(next.report().place().county()).isEqualTo(at.report().place().county());
      at = next;
    }
  }

  private static void checkNoReturnedDepartmentHoldsAgain(Request r) {
    List<HistoryEntry> h = r.history();
    for (int i = 1; i < h.size(); i++) {
      if (h.get(i).kind() != TransitionKind.RETURNED) {
        continue;
      }
      Office returning = h.get(i - 1).holder();
      assertThat(returning.tier()).isEqualTo(Tier.DEPARTMENT);
      for (int j = i; j < h.size(); j++) {
        assertThat(h.get(j).holder()).as("%s returned %s and never holds it again", returning, r.id())
            .isNotEqualTo(returning);
      }
    }
  }

  /**
   * Returns the kinds of transition found in the histories of all requests.
   *
   * @return the kinds, each once
   */
  public java.util.Set<TransitionKind> transitionsSeen() {
    java.util.Set<TransitionKind> kinds = java.util.EnumSet.noneOf(TransitionKind.class);
    for (RequestId id : seen.keySet()) {
      repository.findById(id).orElseThrow().history().forEach(h -> kinds.add(h.kind()));
    }
    return kinds;
  }

  @Override
  public String toString() {
    return "RequestEngineHarness[" + seen.size() + " requests at " + clock.instant() + "]";
  }
}
