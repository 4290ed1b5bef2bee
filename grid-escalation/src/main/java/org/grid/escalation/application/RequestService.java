package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.application.CommandValidation;
import org.grid.core.application.CommandValidator;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandDigest;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.CommandOutcome.Duplicate;
import org.grid.escalation.model.CommandOutcome.Refused;
import org.grid.escalation.model.CommandOutcome.StaleVersion;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestAction;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Visibility;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.FindRequestsUseCase;
import org.grid.escalation.port.in.HandleRequestUseCase;
import org.grid.escalation.port.in.MonitorRequestsUseCase;
import org.grid.escalation.port.in.ProcessDueRequestsUseCase;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.RequestPage;
import org.grid.escalation.port.in.RequestQuery;
import org.grid.escalation.port.in.SweepResult;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.escalation.port.out.WorkCalendars;

/**
 * The request engine (诉求办理引擎): implements the use cases on top of the outbound ports. For each command it
 * validates the record and then, in one transaction of its {@link UnitOfWork}, authorizes it ({@link
 * RequestAuthorization}: the actor's appointment, role and permission, the request's place and the own-report
 * rule), recognises a retry by its command id and the digest of its content (the same id with other content is
 * refused as {@link RefusalReason#COMMAND_ID_REUSED}), checks the expected version, runs the rule of {@link
 * Request}, saves the change conditionally on the version it read, and publishes the events: the change and its events are stored together or not at all. The deadline sweep
 * runs each batch of due requests in a claiming transaction of the unit of work ({@link UnitOfWork#claimingDue}).
 *
 * <p>The current instant comes from the {@link Clock} given at construction. The deadline sweep is a {@link
 * DeadlineSweep} over the same ports, to which {@link #processDue} delegates; it takes the instant as an argument.
 * Thread-safe as far as the ports are: concurrent changes to one request are refused as {@link StaleVersion}.
 */
public final class RequestService
    implements HandleRequestUseCase, ProcessDueRequestsUseCase, MonitorRequestsUseCase, FindRequestsUseCase {

  private final RequestRepository requests;
  private final RoutingTable routing;
  private final WorkCalendars calendars;
  private final RequestEventPublisher publisher;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final EscalationPolicy policy;
  private final CommandValidator<? super RequestCommand> validator;
  private final RequestAuthorization authorization;
  private final DeadlineSweep sweep;

  /**
   * Creates the engine.
   *
   * @param requests the request repository, not null
   * @param routing the county's routing table, not null
   * @param calendars the township work calendars, not null
   * @param publisher the event publisher, not null
   * @param unitOfWork the unit of work every command, sweep batch and query runs in; with JDBC adapters a {@code
   *     JdbcUnitOfWork} over their data source, so a change and its outbox events commit together; not null
   * @param clock the clock commands are applied at, not null
   * @param policy the policy, not null
   * @param validator the Jakarta validator commands are checked with, by reflection on each command: for an embedder
   *     who maps further constraints onto the commands or wants its own messages; else prefer the constructor that
   *     takes {@link RequestCommandValidator#create()}, which checks the records' own constraints several times
   *     faster; not null
   * @param authorization who may give which command where: the staff directory, the place directory and the
   *     permission table, not null
   * @throws NullPointerException if an argument is null
   */
  public RequestService(
      RequestRepository requests,
      RoutingTable routing,
      WorkCalendars calendars,
      RequestEventPublisher publisher,
      UnitOfWork unitOfWork,
      Clock clock,
      EscalationPolicy policy,
      Validator validator,
      RequestAuthorization authorization) {
    this(requests, routing, calendars, publisher, unitOfWork, clock, policy,
        CommandValidator.<RequestCommand>jakarta(requireNonNull(validator, "validator")), authorization);
  }

  /**
   * Creates the engine.
   *
   * @param requests the request repository, not null
   * @param routing the county's routing table, not null
   * @param calendars the township work calendars, not null
   * @param publisher the event publisher, not null
   * @param unitOfWork the unit of work every command, sweep batch and query runs in; with JDBC adapters a {@code
   *     JdbcUnitOfWork} over their data source, so a change and its outbox events commit together; not null
   * @param clock the clock commands are applied at, not null
   * @param policy the policy, not null
   * @param validator the validator commands are checked with, before the transaction: usually {@link
   *     RequestCommandValidator#create()}, which checks what the records' Jakarta annotations check without
   *     reflection; not null
   * @param authorization who may give which command where: the staff directory, the place directory and the
   *     permission table, not null
   * @throws NullPointerException if an argument is null
   */
  public RequestService(
      RequestRepository requests,
      RoutingTable routing,
      WorkCalendars calendars,
      RequestEventPublisher publisher,
      UnitOfWork unitOfWork,
      Clock clock,
      EscalationPolicy policy,
      CommandValidator<? super RequestCommand> validator,
      RequestAuthorization authorization) {
    this.requests = requireNonNull(requests, "requests");
    this.routing = requireNonNull(routing, "routing");
    this.calendars = requireNonNull(calendars, "calendars");
    this.publisher = requireNonNull(publisher, "publisher");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.clock = requireNonNull(clock, "clock");
    this.policy = requireNonNull(policy, "policy");
    this.validator = requireNonNull(validator, "validator");
    this.authorization = requireNonNull(authorization, "authorization");
    this.sweep = new DeadlineSweep(requests, routing, calendars, publisher, unitOfWork, policy);
  }

  @Override
  public CommandOutcome handle(RequestCommand command) {
    requireNonNull(command, "command");
    validate(command);
    return unitOfWork.inTransaction(() -> handleInTransaction(command));
  }

  private CommandOutcome handleInTransaction(RequestCommand command) {
    Instant now = clock.instant();
    if (!DeadlineSweep.withinCalendarDays(now)) {
      // A clock set wrong: the rules would fail half way with a DateTimeException from the work calendar.
      throw new IllegalStateException("the clock's instant must lie within " + DeadlineSweep.CALENDAR_DAYS
          + ", was " + now);
    }
    Refused refused = authorization.checkActor(command, now);
    if (refused != null) {
      return refused;
    }
    CommandDigest digest = CommandDigester.of(command);
    if (command instanceof RequestCommand.Report report) {
      return report(report, now, digest);
    }
    RequestCommand.Change change = (RequestCommand.Change) command;
    Optional<Request> found = requests.findById(change.requestId());
    if (found.isEmpty() || !authorization.maySee(change.actor(), found.get())) {
      return new Refused(change.requestId(), RefusalReason.NOT_FOUND,
          "no request " + change.requestId() + " that you may act on");
    }
    Request request = found.get();
    refused = authorization.checkOwnReport(change.actor(), request);
    if (refused != null) {
      return refused;
    }
    Optional<String> applied = request.appliedDigest(change.commandId());
    if (applied.isPresent()) {
      return retry(request.id(), change.commandId(), applied.get(), digest);
    }
    if (request.version() != change.expectedVersion()) {
      return new StaleVersion(request.id(), change.expectedVersion(), request.version());
    }
    Optional<WorkCalendar> calendar = calendars.forTownship(request.report().place().township());
    if (calendar.isEmpty()) {
      return noCalendar(request);
    }
    RuleContext ctx = new RuleContext(now, calendar.get(), policy, digest);
    CommandOutcome outcome = apply(request, change, ctx);
    if (outcome instanceof Applied done) {
      return store(done, request.version(), change.commandId(), digest);
    }
    return outcome;
  }

  /**
   * Answers a command whose id was applied before: a duplicate when its content is the same (or the earlier one was
   * stored without a digest, by a version of grid before digests), refused otherwise.
   */
  private static CommandOutcome retry(RequestId id, CommandId commandId, String appliedDigest,
      CommandDigest digest) {
    if (appliedDigest.isEmpty() || appliedDigest.equals(digest.text())) {
      return new Duplicate(id, commandId);
    }
    return new Refused(id, RefusalReason.COMMAND_ID_REUSED,
        "command id " + commandId + " was applied to " + id + " with other content; use a new id");
  }

  private CommandOutcome report(RequestCommand.Report c, Instant now, CommandDigest digest) {
    Optional<Request> existing = requests.findById(c.requestId());
    if (existing.isPresent()) {
      Optional<String> applied = existing.get().appliedDigest(c.commandId());
      return applied.isPresent() && authorization.maySee(c.actor(), existing.get())
          ? retry(c.requestId(), c.commandId(), applied.get(), digest)
          : new Refused(c.requestId(), RefusalReason.ALREADY_EXISTS, "a request " + c.requestId() + " exists");
    }
    Refused refused = authorization.checkPlace(c.requestId(), c.place());
    if (refused != null) {
      return refused;
    }
    Optional<WorkCalendar> calendar = calendars.forTownship(c.place().township());
    if (calendar.isEmpty()) {
      return new Refused(
          c.requestId(), RefusalReason.NO_CALENDAR, "no work calendar for township " + c.place().township());
    }
    Form.Report form =
        new Form.Report(
            c.reporter(), c.place(), c.category(), c.description(), c.urgency(), c.mustAttend(),
            c.complaintAgainst());
    CommandOutcome outcome = Request.report(
        c.requestId(), c.commandId(), c.actor(), form, new RuleContext(now, calendar.get(), policy, digest));
    if (outcome instanceof Applied applied) {
      return store(applied, 0, c.commandId(), digest);
    }
    return outcome;
  }

  private CommandOutcome apply(Request r, RequestCommand.Change change, RuleContext ctx) {
    if (change instanceof RequestCommand.Accept c) {
      return r.accept(c.commandId(), c.actor(), c.assignee(), ctx);
    } else if (change instanceof RequestCommand.Route c) {
      return r.route(c.commandId(), c.actor(), c.department(), tableDepartment(r), ctx);
    } else if (change instanceof RequestCommand.Escalate c) {
      return r.escalate(c.commandId(), c.actor(), c.reason(), ctx);
    } else if (change instanceof RequestCommand.Return c) {
      return r.returnToCounty(c.commandId(), c.actor(), c.reason(), ctx);
    } else if (change instanceof RequestCommand.Suspend c) {
      return r.suspend(c.commandId(), c.actor(), c.reason(), ctx);
    } else if (change instanceof RequestCommand.Resume c) {
      return r.resume(c.commandId(), c.actor(), ctx);
    } else if (change instanceof RequestCommand.Resolve c) {
      return r.resolve(c.commandId(), c.actor(), c.summary(), ctx);
    } else if (change instanceof RequestCommand.Feedback c) {
      return r.deliverFeedback(c.commandId(), c.actor(), c.result(), ctx);
    } else if (change instanceof RequestCommand.Rate c) {
      return r.rate(c.commandId(), c.actor(), c.rating(), ctx);
    } else if (change instanceof RequestCommand.Withdraw c) {
      return r.withdraw(c.commandId(), c.actor(), c.reason(), ctx);
    } else if (change instanceof RequestCommand.OnSite c) {
      return r.recordOnSite(c.commandId(), c.actor(), ctx);
    } else if (change instanceof RequestCommand.Recategorize c) {
      return r.recategorize(c.commandId(), c.actor(), c.category(), c.reason(), ctx);
    } else if (change instanceof RequestCommand.CloseAsDuplicate c) {
      return closeAsDuplicate(r, c, ctx);
    }
    throw new IllegalArgumentException("command: unknown kind " + change.getClass().getName());
  }

  /**
   * Closes a request as a duplicate once the request's own rule allows it and its original passes: it exists, lies
   * in the request's county (an original elsewhere reads as one that does not exist, so that no office learns which
   * ids another county has), and is not a duplicate itself. The rule comes first, so that an office that may not act
   * on the request learns nothing about the original.
   */
  private CommandOutcome closeAsDuplicate(Request r, RequestCommand.CloseAsDuplicate c, RuleContext ctx) {
    CommandOutcome outcome = r.closeAsDuplicate(c.commandId(), c.actor(), c.original(), c.reason(), ctx);
    if (!(outcome instanceof Applied)) {
      return outcome;
    }
    CountyId county = r.report().place().county();
    Optional<Request> original = requests.findById(c.original());
    if (original.isEmpty() || !original.get().report().place().county().equals(county)) {
      return new Refused(r.id(), RefusalReason.NOT_FOUND,
          "no request " + c.original() + " in county " + county + " that " + r.id() + " could duplicate");
    }
    Optional<RequestId> root = original.get().duplicateOf();
    if (root.isPresent()) {
      return new Refused(r.id(), RefusalReason.INVALID_ORIGINAL,
          c.original() + " is itself closed as a duplicate of " + root.get() + "; name that one as the original");
    }
    return outcome;
  }

  private DepartmentId tableDepartment(Request r) {
    return routing.departmentFor(r.report().place().county(), r.category()).orElse(null);
  }

  /**
   * Saves a change on the version it was made from and publishes its events. When the save finds another version,
   * the request changed since it was read: stale, unless the change that came first applied this very command (a
   * client retried it elsewhere while this attempt was open), which is answered as the retry it is, so that no
   * client is told "stale" of a command that was applied and sends it again under a new id.
   */
  private CommandOutcome store(Applied applied, long expectedVersion, CommandId commandId,
      CommandDigest digest) {
    if (!requests.save(applied.request(), expectedVersion)) {
      RequestId id = applied.request().id();
      Optional<Request> current = requests.findById(id);
      Optional<String> appliedDigest = current.flatMap(r -> r.appliedDigest(commandId));
      if (appliedDigest.isPresent()) {
        return retry(id, commandId, appliedDigest.get(), digest);
      }
      return new StaleVersion(id, expectedVersion, current.map(Request::version).orElse(0L));
    }
    publisher.publish(applied.events());
    return applied;
  }

  private static Refused noCalendar(Request request) {
    return new Refused(
        request.id(),
        RefusalReason.NO_CALENDAR,
        "no work calendar for township " + request.report().place().township());
  }

  private void validate(RequestCommand command) {
    CommandValidation.validate(validator, command);
  }

  @Override
  public SweepResult processDue(Instant now) {
    return sweep.processDue(now);
  }

  @Override
  public List<Request> openAt(Tier tier, GridId grid) {
    requireNonNull(tier, "tier");
    return unitOfWork.inTransaction(() -> requests.findOpen(tier, grid));
  }

  @Override
  public List<Request> overdue(Instant now, int limit) {
    requireNonNull(now, "now");
    return unitOfWork.inTransaction(() -> requests.findDueBefore(now, limit));
  }

  @Override
  public int countOverdue(Instant now, int limit) {
    requireNonNull(now, "now");
    return unitOfWork.inTransaction(() -> requests.countDueBefore(now, limit));
  }

  @Override
  public List<Request> dueWithin(Instant now, Duration window, int limit) {
    requireNonNull(now, "now");
    requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative, was " + window);
    }
    Instant until = endOfWindow(now, window);
    return unitOfWork.inTransaction(() -> requests.findDueBetween(now, until, limit));
  }

  /** The end of a window from {@code now}: {@link Instant#MAX} when the window reaches past it. */
  private static Instant endOfWindow(Instant now, Duration window) {
    try {
      return now.plus(window);
    } catch (DateTimeException | ArithmeticException beyondTheLastInstant) {
      // The window is not negative, so it can only overflow upwards.
      return Instant.MAX;
    }
  }

  @Override
  public Map<RequestState, Long> countsByState() {
    return unitOfWork.inTransaction(requests::countByState);
  }

  @Override
  public Map<Tier, Map<RequestState, Long>> openCountsByTierAndState() {
    return unitOfWork.inTransaction(requests::countOpenByTierAndState);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads one request more than the page holds, in the unit of work, to tell whether a next page exists.
   */
  @Override
  public QueryOutcome<RequestPage> find(RequestQuery query) {
    requireNonNull(query, "query");
    return unitOfWork.inTransaction(() -> {
      QueryOutcome.Refused<Void> refused = authorization.checkViewer(query.viewer(), clock.instant());
      if (refused != null) {
        return new QueryOutcome.Refused<>(refused.reason(), refused.message());
      }
      RequestFilter filter = new RequestFilter(Visibility.of(query.viewer()), query.tier(), query.holder(),
          query.state(), query.category(), query.overdueAt(), query.reporter(), query.reportedFrom(),
          query.reportedUntil());
      List<Request> found = requests.findPage(filter, query.after(), query.limit() + 1);
      List<Request> page = found.size() <= query.limit() ? found : found.subList(0, query.limit());
      Map<TownshipId, Boolean> calendarKnown = new HashMap<>();
      Map<RequestId, Set<RequestAction>> allowed = new HashMap<>();
      for (Request r : page) {
        allowed.put(r.id(), allowed(query.viewer(), r, calendarKnown));
      }
      Optional<PageCursor> next = found.size() <= query.limit() ? Optional.empty()
          : Optional.of(PageCursor.after(page.get(page.size() - 1)));
      return new QueryOutcome.Answered<>(new RequestPage(page, next, allowed));
    });
  }

  @Override
  public QueryOutcome<Set<RequestAction>> allowedActions(Actor viewer, RequestId id) {
    requireNonNull(viewer, "viewer");
    requireNonNull(id, "id");
    return unitOfWork.inTransaction(() -> {
      QueryOutcome<Request> found = findOneInTransaction(viewer, id);
      if (found instanceof QueryOutcome.Refused<Request> refused) {
        return new QueryOutcome.Refused<>(refused.reason(), refused.message());
      }
      Request request = ((QueryOutcome.Answered<Request>) found).value();
      return new QueryOutcome.Answered<>(allowed(viewer, request, new HashMap<>()));
    });
  }

  /**
   * The actions a confirmed viewer who may see the request could give now, in the order {@link #handle} checks a
   * command: the permission table, the own-report rule, the work calendar, then the request's own rule. Citizens'
   * actions pass the table and meet the reporter check in the rule.
   */
  private Set<RequestAction> allowed(Actor viewer, Request r, Map<TownshipId, Boolean> calendarKnown) {
    if (authorization.checkOwnReport(viewer, r) != null) {
      return Set.of();
    }
    TownshipId township = r.report().place().township();
    if (!calendarKnown.computeIfAbsent(township, t -> calendars.forTownship(t).isPresent())) {
      return Set.of();
    }
    EnumSet<RequestAction> actions = EnumSet.noneOf(RequestAction.class);
    for (RequestAction action : RequestAction.values()) {
      if (authorization.permits(viewer, action) && r.refusalOf(action, viewer, policy).isEmpty()) {
        actions.add(action);
      }
    }
    return Sets.immutableEnumSet(actions);
  }

  @Override
  public QueryOutcome<Request> findOne(Actor viewer, RequestId id) {
    requireNonNull(viewer, "viewer");
    requireNonNull(id, "id");
    return unitOfWork.inTransaction(() -> findOneInTransaction(viewer, id));
  }

  private QueryOutcome<Request> findOneInTransaction(Actor viewer, RequestId id) {
    QueryOutcome.Refused<Void> refused = authorization.checkViewer(viewer, clock.instant());
    if (refused != null) {
      return new QueryOutcome.Refused<>(refused.reason(), refused.message());
    }
    Optional<Request> found = requests.findById(id);
    if (found.isEmpty() || !authorization.maySee(viewer, found.get())) {
      return new QueryOutcome.Refused<>(RefusalReason.NOT_FOUND, "no request " + id + " that you may see");
    }
    return new QueryOutcome.Answered<>(found.get());
  }
}
