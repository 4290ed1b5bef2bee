package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import static org.grid.escalation.model.Checks.requireText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grid.core.model.privacy.Masking;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.CommandOutcome.Refused;
import org.grid.escalation.model.RequestEvent.RequestReported;
import org.grid.escalation.model.RequestEvent.RequestWithdrawn;
import org.grid.escalation.model.RequestRecord.OnSiteClock;
import org.grid.escalation.model.RequestRecord.Step;
import org.grid.core.model.team.PersonId;

/**
 * A request (诉求/事项): the aggregate of the request engine. It enters once at the grid of its place (一口受理) and
 * moves tier by tier; it knows its current tier and holder (who must act), its state, its next deadline, and an
 * append-only history of every transition with its form (report, assignment, reminder, feedback), actor, time and
 * reason. A request is never deleted.
 *
 * <p>Instances are immutable. Every rule is a method that returns a {@link CommandOutcome}: {@link Applied} with
 * the changed request (version one higher, history longer) and its events, or {@link Refused} with a reason,
 * leaving this instance as it was. Command ids are remembered so that a retried command is recognised. The rules
 * never read the system time: the instant comes in the {@link RuleContext}.
 *
 * <p>Each open request has exactly one next deadline: the earlier of its step deadline (accept, resolve, feedback,
 * rating or the end of a suspension) and, for a must-attend request whose team is not yet on site, the on-site
 * deadline. A deadline has passed when the current instant is after it.
 *
 * <p>Every field is kept in one {@link RequestRecord}, with the running step, a suspension and the on-site clock
 * as named parts present exactly when they apply; a rule builds the next record in a {@code Change}. The rules of
 * the holding office's commands live in {@code HolderCommands} and those of the sweep in {@code Change}, so that
 * this class holds the documented public methods, the intake, the citizen's commands and the accessors.
 */
public final class Request {

  private final RequestRecord record;

  Request(RequestRecord record) {
    this.record = record;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Intake

  /**
   * Reports a new request (申报). An ordinary request enters at the village grid of its place; a complaint about
   * a team member's conduct (监督卡投诉) enters at the tier above that member's team, never at the team itself. A
   * must-attend request also gets its on-site deadline in clock hours.
   *
   * @param id the new request's id, not null
   * @param commandId the report command's id, remembered for retries, not null
   * @param actor the reporter: the citizen named on the form, or a staff member of an office covering the place
   * @param report the report form, not null
   * @param ctx the current instant, calendar and policy, not null
   * @return {@link Applied} with the new request at version 1, or {@link Refused} when the actor may not report
   *     for the place or the complaint target is not a grid team of the place
   * @throws NullPointerException if an argument is null
   */
  public static CommandOutcome report(
      RequestId id, CommandId commandId, Actor actor, Form.Report report, RuleContext ctx) {
    requireNonNull(id, "id");
    requireNonNull(commandId, "commandId");
    requireNonNull(actor, "actor");
    requireNonNull(report, "report");
    requireNonNull(ctx, "ctx");
    Place place = report.place();
    if (actor instanceof Actor.Citizen citizen && !citizen.person().equals(report.reporter())) {
      return new Refused(id, RefusalReason.NOT_REPORTER, "a citizen reports for themselves only");
    }
    if (actor instanceof Actor.Staff staff && !staff.office().covers(place)) {
      return new Refused(
          id, RefusalReason.OUTSIDE_JURISDICTION, staff.office() + " does not answer for grid " + place.grid());
    }
    if (actor instanceof Actor.SystemActor) {
      return new Refused(id, RefusalReason.WRONG_TIER, "the system does not report requests");
    }
    Tier entryTier = Tier.VILLAGE_GRID;
    Office target = report.complaintAgainst();
    if (target != null) {
      if (!target.tier().hasServiceTeam() || !target.covers(place)) {
        return new Refused(
            id,
            RefusalReason.INVALID_COMPLAINT_TARGET,
            "a complaint concerns the village, district or township team of the place, not " + target);
      }
      entryTier = target.tier().next().orElseThrow();
    }
    Office entry = Office.of(entryTier, place);
    Instant now = ctx.now();
    int acceptDays = ctx.policy().limits(entryTier, report.category(), report.urgency()).acceptDays();
    Step step = Step.of(DeadlineKind.ACCEPT, ctx.calendar().deadline(now, acceptDays));
    OnSiteClock onSite =
        report.mustAttend() == null ? null : new OnSiteClock(now.plus(ctx.policy().onSiteLimit(report.mustAttend())));
    HistoryEntry reported =
        HistoryEntry.of(now, actor, TransitionKind.REPORTED, RequestState.REPORTED, entry, report, null, null);
    RequestRecord record = new RequestRecord(id, 1, report, report.category(), RequestState.REPORTED, entry, null,
        step, onSite, null, 0, ImmutableSet.of(), false, null, ImmutableList.of(reported),
        AppliedCommands.of(commandId, ctx.digest()));
    return new Applied(
        new Request(record),
        ImmutableList.of(new RequestReported(id, 1, now, entry, target != null, RequestFacts.of(record))));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Commands of the holder

  /**
   * Accepts the request with an assignment (受理、交办): the holder tier will handle it and a resolve deadline runs.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param assigneePerson who must handle it, not null
   * @param ctx the context, not null
   * @return applied, or refused (actor not of the holder; not waiting for acceptance; at the county office,
   *     which routes instead)
   */
  public CommandOutcome accept(CommandId commandId, Actor actor, PersonId assigneePerson, RuleContext ctx) {
    return HolderCommands.accept(this, commandId, actor, assigneePerson, ctx);
  }

  /**
   * Routes the request from the county office to a department (分拨): the department named, or else the one the
   * county's routing table gives for the category. A department that returned the request is never chosen
   * again.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the county office holding the request, not null
   * @param named the department the office chose, or null to use the routing table
   * @param fromTable the routing table's department for the category, or null when the table has none
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not at the county office; no route; department returned it)
   */
  public CommandOutcome route(
      CommandId commandId, Actor actor, DepartmentId named, DepartmentId fromTable, RuleContext ctx) {
    return HolderCommands.route(this, commandId, actor, named, fromTable, ctx);
  }

  /**
   * Passes the request up one tier voluntarily, with a reason (逐级上报). Not charged as a lapse. At the county
   * office passing up is routing ({@link #route}); at a department there is nothing higher.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param reason why, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not reported or accepted; county office; top tier)
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome escalate(CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    return HolderCommands.escalate(this, commandId, actor, reason, ctx);
  }

  /**
   * Returns a misrouted request from a department to the county office, with a reason (退回). Each department may
   * do so once: afterwards the request can never be routed to that department again (防止推诿扯皮).
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding department, not null
   * @param reason why, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not at a department; not reported or accepted)
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome returnToCounty(CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    return HolderCommands.returnToCounty(this, commandId, actor, reason, ctx);
  }

  /**
   * Pauses the clock while the handler waits on the citizen (e.g. missing material), with a reason. The pauses of
   * one request add up to at most the policy's suspension allowance in working days; the request resumes by
   * itself when the allowance left at the start runs out.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param reason why, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not accepted; allowance used up)
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome suspend(CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    return HolderCommands.suspend(this, commandId, actor, reason, ctx);
  }

  /**
   * Lets the clock run again (e.g. the material arrived); the step deadline moves by the working days paused.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not suspended)
   */
  public CommandOutcome resume(CommandId commandId, Actor actor, RuleContext ctx) {
    return HolderCommands.resume(this, commandId, actor, ctx);
  }

  /**
   * Records that the request was resolved (办结): the result must be told to the citizen within the feedback
   * limit.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param summary what was done, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not accepted)
   * @throws IllegalArgumentException if {@code summary} is blank
   */
  public CommandOutcome resolve(CommandId commandId, Actor actor, String summary, RuleContext ctx) {
    return HolderCommands.resolve(this, commandId, actor, summary, ctx);
  }

  /**
   * Tells the citizen the result with a feedback form (反馈); the rating window starts.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param resultText the result told, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not resolved)
   * @throws IllegalArgumentException if {@code resultText} is blank
   */
  public CommandOutcome deliverFeedback(CommandId commandId, Actor actor, String resultText, RuleContext ctx) {
    return HolderCommands.deliverFeedback(this, commandId, actor, resultText, ctx);
  }

  /**
   * Records a team's arrival on site for a must-attend request (四必到): within the on-site limit it stops the on-site
   * clock ({@link TransitionKind#ON_SITE_ARRIVED}); after the limit lapsed it is still recorded, as late ({@link
   * TransitionKind#ON_SITE_ARRIVED_LATE}), and the lapse already charged stays charged.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; {@link RefusalReason#NOT_MUST_ATTEND} when the request is not
   *     must-attend; {@link RefusalReason#WRONG_STATE} when the request is no longer open or the arrival is already
   *     recorded)
   */
  public CommandOutcome recordOnSite(CommandId commandId, Actor actor, RuleContext ctx) {
    return HolderCommands.recordOnSite(this, commandId, actor, ctx);
  }

  /**
   * Corrects the request's category (改类), with a reason: the office holding it finds that the reporter's category
   * is wrong. From then on the current category ({@link #category()}) is the one the county office routes by and the
   * time limits of later steps are read for; the running deadlines, the state and the holder stay. The report form
   * keeps the category the reporter gave, and the history entry ({@link TransitionKind#RECATEGORIZED}) the new one.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param category the right category, not null
   * @param reason why, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; resolved, closed, withdrawn or a duplicate: {@link
   *     RefusalReason#WRONG_STATE}; the category is the current one: {@link RefusalReason#SAME_CATEGORY})
   * @throws NullPointerException if {@code category} is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome recategorize(
      CommandId commandId, Actor actor, Category category, String reason, RuleContext ctx) {
    return HolderCommands.recategorize(this, commandId, actor, category, reason, ctx);
  }

  /**
   * Closes the request as a duplicate of another (重复件), with a reason: the office holding it finds that the same
   * matter was reported already. The request ends in {@link RequestState#DUPLICATE} with no deadline (the sweep
   * never touches it again); the history entry ({@link TransitionKind#CLOSED_AS_DUPLICATE}) names the original.
   * That the original exists, lies in the same county and is not itself a duplicate is checked by the engine
   * ({@code RequestService}), which reads it; this rule sees only its id.
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param original the request this one duplicates, not null
   * @param reason why, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; resolved, closed, withdrawn or a duplicate already: {@link
   *     RefusalReason#WRONG_STATE}; the original is this request: {@link RefusalReason#INVALID_ORIGINAL})
   * @throws NullPointerException if {@code original} is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome closeAsDuplicate(
      CommandId commandId, Actor actor, RequestId original, String reason, RuleContext ctx) {
    return HolderCommands.closeAsDuplicate(this, commandId, actor, original, reason, ctx);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Commands of the citizen

  /**
   * Records the citizen's rating on the feedback form. Satisfied or basically satisfied closes the request; a
   * dissatisfied rating reopens it at the same tier once, and the second one at that tier passes it up (at a
   * department, the county office is alerted to supervise and it reopens there).
   *
   * @param commandId the command's id, not null
   * @param actor the citizen who reported, not null
   * @param rating the rating, not null and not {@link Rating#NO_RATING} (which only the sweep records)
   * @param ctx the context, not null
   * @return applied, or refused (not the reporter; feedback not given)
   * @throws IllegalArgumentException if {@code rating} is {@link Rating#NO_RATING}
   */
  public CommandOutcome rate(CommandId commandId, Actor actor, Rating rating, RuleContext ctx) {
    requireNonNull(rating, "rating");
    if (rating == Rating.NO_RATING) {
      throw new IllegalArgumentException("rating: NO_RATING is recorded when the window lapses, not given");
    }
    Refused refused = checkReporter(commandId, actor, ctx);
    if (refused == null) {
      refused = citizenRefusal(RequestAction.RATE);
    }
    if (refused != null) {
      return refused;
    }
    Change d = new Change(record, commandId, ctx);
    d.rated(ctx, actor, rating);
    return d.applied();
  }

  /**
   * Withdraws the request at the citizen's wish (撤回). It stays kept, closed as withdrawn.
   *
   * @param commandId the command's id, not null
   * @param actor the citizen who reported, not null
   * @param reason why, not blank
   * @param ctx the context, not null
   * @return applied, or refused (not the reporter; no longer open: closed, withdrawn, a duplicate)
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome withdraw(CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    requireText(reason, "reason");
    Refused refused = checkReporter(commandId, actor, ctx);
    if (refused == null) {
      refused = citizenRefusal(RequestAction.WITHDRAW);
    }
    if (refused != null) {
      return refused;
    }
    Change c = new Change(record, commandId, ctx);
    c.record = c.record.with(RequestState.WITHDRAWN, null).withOnSite(null);
    c.record(ctx.now(), actor, TransitionKind.WITHDRAWN, null, reason, null);
    c.events.add(new RequestWithdrawn(id(), c.version, ctx.now(), Masking.text(reason), c.facts()));
    return c.applied();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The sweep

  /**
   * Handles every deadline of this request that has passed at {@code ctx.now()}, earliest first, until none is
   * left: a passed accept, resolve or feedback deadline issues a reminder (催办单) with a grace period; a passed
   * grace period escalates the request to the next tier, charged to the tier that lapsed (at a department: the
   * county office is alerted to supervise and a fresh deadline runs; at the county office: the request is routed
   * by the table, or supervised when no department is left); a passed rating window records "no rating" and
   * closes; a passed suspension resumes; a passed on-site limit issues a reminder charged to the holder. Every
   * new deadline is after {@code ctx.now()}, so a second call at the same instant changes nothing.
   *
   * @param ctx the context, not null
   * @param fromTable the routing table's department for the request's category, or null when it has none
   * @return the applied change, or empty when no deadline had passed
   */
  public Optional<Applied> onDeadlines(RuleContext ctx, DepartmentId fromTable) {
    requireNonNull(ctx, "ctx");
    Instant now = ctx.now();
    if (!isDue(now)) {
      return Optional.empty();
    }
    Change d = new Change(record, null, ctx);
    int steps = 0;
    while (d.isDue(now)) {
      if (++steps > 64) {
        throw new IllegalStateException("request " + id() + ": deadlines do not advance past " + now);
      }
      d.handleEarliestDeadline(ctx, fromTable);
    }
    return Optional.of(d.applied());
  }

  /**
   * Tells whether a deadline of this request has passed.
   *
   * @param now the current instant, not null
   * @return true when the request is open and its next deadline is before {@code now}
   */
  public boolean isDue(Instant now) {
    Instant next = nextDeadlineOrNull();
    return next != null && next.isBefore(now);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Checks

  /**
   * Tells whether this request's own rule refuses an action by an actor now (可办检查): the checks the action's
   * command applies before it looks at its own parameters (the holder, tier and state, the suspension allowance,
   * whether the request is must-attend; for the citizen's actions, the reporter and the state), in the order the
   * command applies them, with the refusal the command would give. An action refused here is refused as a command;
   * one allowed here may still be refused for its parameters (a department that returned the request, the category
   * it has already, an original that is no request of the county) and by the engine's checks around the rule (the
   * staff directory, the permission table, the own-report rule, the work calendar).
   *
   * @param action the action, not null
   * @param actor the actor, not null
   * @param policy the policy the engine applies, not null
   * @return the refusal, or empty when the rule allows the action now
   * @throws NullPointerException if an argument is null
   */
  public Optional<Refused> refusalOf(RequestAction action, Actor actor, EscalationPolicy policy) {
    requireNonNull(action, "action");
    requireNonNull(actor, "actor");
    requireNonNull(policy, "policy");
    if (action == RequestAction.RATE || action == RequestAction.WITHDRAW) {
      Refused refused = checkReporter(actor);
      return Optional.ofNullable(refused != null ? refused : citizenRefusal(action));
    }
    return Optional.ofNullable(HolderCommands.refusal(this, action, actor, policy));
  }

  /** The state checks of the citizen's actions, once the actor is the reporter. */
  private Refused citizenRefusal(RequestAction action) {
    if (action == RequestAction.RATE && state() != RequestState.FEEDBACK_GIVEN) {
      return refuse(RefusalReason.WRONG_STATE, "a rating follows feedback; the request is " + state());
    }
    if (action == RequestAction.WITHDRAW && !state().isOpen()) {
      return refuse(RefusalReason.WRONG_STATE, "the request is " + state() + " already");
    }
    return null;
  }

  private Refused checkReporter(CommandId commandId, Actor actor, RuleContext ctx) {
    requireNonNull(commandId, "commandId");
    requireNonNull(actor, "actor");
    requireNonNull(ctx, "ctx");
    return checkReporter(actor);
  }

  private Refused checkReporter(Actor actor) {
    if (!(actor instanceof Actor.Citizen citizen) || !citizen.person().equals(report().reporter())) {
      return refuse(RefusalReason.NOT_REPORTER, "only the citizen who reported, " + report().reporter() + ", may");
    }
    return null;
  }

  private Refused refuse(RefusalReason reason, String message) {
    return new Refused(id(), reason, message);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Storage

  /**
   * Returns the request's record: every field, for storage adapters that keep requests outside the JVM (a SQL
   * database) and must rebuild them exactly. The record is what the request holds, not a copy.
   *
   * @return the record; {@code restore(snapshot())} equals this request field by field
   */
  public RequestRecord snapshot() {
    return record;
  }

  /**
   * Rebuilds a stored request from its record; the inverse of {@link #snapshot()}. For storage adapters only:
   * the rules never call it.
   *
   * <p>Besides what the record checks of itself, the record must agree with its history, as every record the rules
   * make does: the first entry, and only the first, is the report; the last entry leaves the request in the
   * record's state at the record's holder; each version adds at least one entry, so the version is at most the
   * number of entries; and no entry closes the request as a duplicate of itself. A stored request that breaks one of
   * these was changed outside the rules, and is refused rather than acted on. Times are not checked for order:
   * engines on several machines whose clocks differ write histories that go back a little in time.
   *
   * @param record the fields, not null
   * @return the request
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalArgumentException if the record disagrees with its history; the message starts with the name of
   *     the field that disagrees ({@code state}, {@code holder}, {@code version}), or with the history entry's
   *     place and field ({@code history[3].kind})
   */
  public static Request restore(RequestRecord record) {
    requireNonNull(record, "record");
    List<HistoryEntry> history = record.history();
    if (history.get(0).kind() != TransitionKind.REPORTED) {
      throw new IllegalArgumentException("history[0].kind must be REPORTED, was " + history.get(0).kind());
    }
    for (int i = 1; i < history.size(); i++) {
      HistoryEntry entry = history.get(i);
      if (entry.kind() == TransitionKind.REPORTED) {
        throw new IllegalArgumentException("history[" + i + "].kind is REPORTED, but only the first entry is");
      }
      if (record.id().equals(entry.duplicateOf())) {
        throw new IllegalArgumentException(
            "history[" + i + "].duplicateOf closes the request as a duplicate of itself");
      }
    }
    HistoryEntry last = history.get(history.size() - 1);
    if (last.state() != record.state()) {
      throw new IllegalArgumentException("state is " + record.state() + ", but the last history entry ("
          + last.kind() + ") leaves the request " + last.state());
    }
    if (!last.holder().equals(record.holder())) {
      throw new IllegalArgumentException("holder is " + record.holder() + ", but the last history entry ("
          + last.kind() + ") leaves the request at " + last.holder());
    }
    if (record.version() > history.size()) {
      throw new IllegalArgumentException("version is " + record.version() + ", but the history holds "
          + history.size() + " entries, and each version adds at least one");
    }
    return new Request(record);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public RequestId id() {
    return record.id();
  }

  /**
   * Returns when the request was reported: the time of its first history entry, the order of request lists.
   *
   * @return the instant, never null
   */
  public Instant reportedAt() {
    return record.history().get(0).at();
  }

  /**
   * Returns the version: 1 after the report, one more after each applied change.
   *
   * @return the version, at least 1
   */
  public long version() {
    return record.version();
  }

  /**
   * Returns the report form.
   *
   * @return the report, never null
   */
  public Form.Report report() {
    return record.report();
  }

  /**
   * Returns the current category: the report's, or the one the last recategorization (改类) set. The routing table
   * and the time limits read this one; {@code report().category()} stays what the reporter gave.
   *
   * @return the category, never null
   */
  public Category category() {
    return record.category();
  }

  /**
   * Returns the request this one was closed as a duplicate of (重复件).
   *
   * @return the original, or empty unless the request is {@link RequestState#DUPLICATE}
   */
  public Optional<RequestId> duplicateOf() {
    if (record.state() != RequestState.DUPLICATE) {
      return Optional.empty();
    }
    for (HistoryEntry e : record.history().reverse()) {
      if (e.duplicateOf() != null) {
        return Optional.of(e.duplicateOf());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the state.
   *
   * @return the state, never null
   */
  public RequestState state() {
    return record.state();
  }

  /**
   * Returns the current tier.
   *
   * @return the holder's tier, never null
   */
  public Tier tier() {
    return record.holder().tier();
  }

  /**
   * Returns the office that holds the request (must act), or held it last when closed.
   *
   * @return the holder, never null
   */
  public Office holder() {
    return record.holder();
  }

  /**
   * Returns the person assigned at the current tier.
   *
   * @return the assignee, or empty while no one at this tier accepted it
   */
  public Optional<PersonId> assignee() {
    return Optional.ofNullable(record.assignee());
  }

  /**
   * Returns the next deadline: the earlier of the step deadline and a running on-site deadline.
   *
   * @return the deadline, or empty when the request is no longer open (closed, withdrawn, a duplicate)
   */
  public Optional<Instant> nextDeadline() {
    return Optional.ofNullable(nextDeadlineOrNull());
  }

  /**
   * Returns the next deadline as for {@link #nextDeadline()}, without an Optional (for indexes).
   *
   * @return the deadline, or null when the request is no longer open (closed, withdrawn, a duplicate)
   */
  public Instant nextDeadlineOrNull() {
    return record.nextDeadline();
  }

  /**
   * Returns what the step deadline is for.
   *
   * @return the kind, or empty when the request is no longer open (closed, withdrawn, a duplicate)
   */
  public Optional<DeadlineKind> stepKind() {
    return record.step() == null ? Optional.empty() : Optional.of(record.step().kind());
  }

  /**
   * Returns the step deadline.
   *
   * @return the deadline, or empty when the request is no longer open (closed, withdrawn, a duplicate)
   */
  public Optional<Instant> stepDeadline() {
    return record.step() == null ? Optional.empty() : Optional.of(record.step().deadline());
  }

  /**
   * Tells whether a reminder was issued for the current step deadline (its grace period is running).
   *
   * @return true while in the grace period; false when the request is no longer open (closed, withdrawn, a duplicate)
   */
  public boolean reminded() {
    return record.step() != null && record.step().reminded();
  }

  /**
   * Returns the running on-site deadline of a must-attend request.
   *
   * @return the deadline, or empty when not must-attend, already on site, lapsed, or closed
   */
  public Optional<Instant> onSiteDeadline() {
    return record.onSite() == null ? Optional.empty() : Optional.of(record.onSite().deadline());
  }

  /**
   * Returns the working days the clock was paused in all (resumed suspensions only).
   *
   * @return the days, at least 0
   */
  public int suspendedDays() {
    return record.suspendedDays();
  }

  /**
   * Returns the departments that returned this request; none may hold it again.
   *
   * @return the departments, possibly empty
   */
  public ImmutableSet<DepartmentId> returnedBy() {
    return record.returnedBy();
  }

  /**
   * Returns the last result: the summary of the resolution or the text of the feedback.
   *
   * @return the result, or empty before resolution
   */
  public Optional<String> result() {
    return Optional.ofNullable(record.result());
  }

  /**
   * Returns the append-only history, oldest first.
   *
   * @return the entries, at least the report
   */
  public ImmutableList<HistoryEntry> history() {
    return record.history();
  }

  /**
   * Tells whether a command id was applied to this request.
   *
   * @param commandId the id, not null
   * @return true when a command with the id changed this request
   */
  public boolean hasApplied(CommandId commandId) {
    return record.appliedCommands().contains(requireNonNull(commandId, "commandId"));
  }

  /**
   * Returns the digest of the content of an applied command ({@link RuleContext#commandDigest()}).
   *
   * @param commandId the id, not null
   * @return the digest (empty text when the command was applied without one), or empty when no command with the id
   *     changed this request
   */
  public Optional<String> appliedDigest(CommandId commandId) {
    return record.appliedCommands().digestOf(requireNonNull(commandId, "commandId"));
  }

  /**
   * Returns the ids of the commands applied to this request, each with the digest of its content (for storage).
   *
   * @return the ids and digests
   */
  public AppliedCommands appliedCommands() {
    return record.appliedCommands();
  }

  /**
   * Returns the final rating.
   *
   * @return the rating of the closing feedback, or empty when not closed
   */
  public Optional<Rating> finalRating() {
    if (record.state() != RequestState.CLOSED) {
      return Optional.empty();
    }
    for (HistoryEntry e : record.history().reverse()) {
      if (e.form() instanceof Form.Feedback f && f.rating() != null) {
        return Optional.of(f.rating());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Request[" + id() + " v" + version() + " " + state() + " at " + holder() + " due " + nextDeadlineOrNull()
        + "]";
  }
}
