package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import static org.grid.escalation.model.Checks.requireText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.CommandOutcome.Refused;
import org.grid.escalation.model.RequestEvent.FeedbackDelivered;
import org.grid.escalation.model.RequestEvent.OnSiteArrived;
import org.grid.escalation.model.RequestEvent.OnSiteLapsed;
import org.grid.escalation.model.RequestEvent.ReminderIssued;
import org.grid.escalation.model.RequestEvent.RequestAccepted;
import org.grid.escalation.model.RequestEvent.RequestClosed;
import org.grid.escalation.model.RequestEvent.RequestEscalated;
import org.grid.escalation.model.RequestEvent.RequestRated;
import org.grid.escalation.model.RequestEvent.RequestReopened;
import org.grid.escalation.model.RequestEvent.RequestReported;
import org.grid.escalation.model.RequestEvent.RequestResolved;
import org.grid.escalation.model.RequestEvent.RequestResumed;
import org.grid.escalation.model.RequestEvent.RequestReturned;
import org.grid.escalation.model.RequestEvent.RequestRouted;
import org.grid.escalation.model.RequestEvent.RequestSuspended;
import org.grid.escalation.model.RequestEvent.RequestWithdrawn;
import org.grid.escalation.model.RequestEvent.SupervisionAlerted;
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
 */
public final class Request {

  private static final String SUPERVISOR_NOTE = "top tier lapsed: county office supervises (督办)";

  private final RequestId id;
  private final long version;
  private final Form.Report report;
  private final RequestState state;
  private final Office holder;
  private final PersonId assignee;
  private final DeadlineKind stepKind;
  private final Instant stepDeadline;
  private final boolean reminded;
  private final Instant onSiteDeadline;
  private final RequestState pausedState;
  private final DeadlineKind pausedKind;
  private final Instant pausedDeadline;
  private final boolean pausedReminded;
  private final Instant suspendedAt;
  private final int suspendedDays;
  private final ImmutableSet<DepartmentId> returnedBy;
  private final boolean reopenedAtTier;
  private final String result;
  private final ImmutableList<HistoryEntry> history;
  private final ImmutableSet<CommandId> appliedCommands;

  private Request(Draft d) {
    this.id = d.id;
    this.version = d.version;
    this.report = d.report;
    this.state = d.state;
    this.holder = d.holder;
    this.assignee = d.assignee;
    this.stepKind = d.stepKind;
    this.stepDeadline = d.stepDeadline;
    this.reminded = d.reminded;
    this.onSiteDeadline = d.onSiteDeadline;
    this.pausedState = d.pausedState;
    this.pausedKind = d.pausedKind;
    this.pausedDeadline = d.pausedDeadline;
    this.pausedReminded = d.pausedReminded;
    this.suspendedAt = d.suspendedAt;
    this.suspendedDays = d.suspendedDays;
    this.returnedBy = d.returnedBy;
    this.reopenedAtTier = d.reopenedAtTier;
    this.result = d.result;
    this.history = d.history.build();
    this.appliedCommands = d.appliedCommands.build();
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
    Draft d = new Draft(id, report);
    d.state = RequestState.REPORTED;
    d.holder = entry;
    d.stepKind = DeadlineKind.ACCEPT;
    d.stepDeadline = ctx.calendar().deadline(ctx.now(), d.limits(ctx, entryTier).acceptDays());
    if (report.mustAttend() != null) {
      d.onSiteDeadline = ctx.now().plus(ctx.policy().onSiteLimit(report.mustAttend()));
    }
    d.appliedCommands.add(commandId);
    d.record(ctx.now(), actor, TransitionKind.REPORTED, report, null, null);
    d.events.add(new RequestReported(id, d.version, ctx.now(), entry, target != null));
    return d.applied();
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
    requireNonNull(assigneePerson, "assigneePerson");
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.REPORTED) {
      return refuse(RefusalReason.WRONG_STATE, "only a reported request can be accepted; it is " + state);
    }
    if (holder.tier() == Tier.COUNTY_OFFICE) {
      return refuse(RefusalReason.WRONG_STATE, "the county office routes a request to a department");
    }
    Draft d = draft(commandId);
    d.state = RequestState.ACCEPTED;
    d.assignee = assigneePerson;
    d.setStep(DeadlineKind.RESOLVE, ctx.calendar().deadline(ctx.now(), d.limits(ctx, holder.tier()).resolveDays()));
    d.record(
        ctx.now(), actor, TransitionKind.ACCEPTED, new Form.Assignment(holder, assigneePerson, d.stepDeadline),
        null, null);
    d.events.add(new RequestAccepted(id, d.version, ctx.now(), holder, assigneePerson, d.stepDeadline));
    return d.applied();
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
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (holder.tier() != Tier.COUNTY_OFFICE || state != RequestState.REPORTED) {
      return refuse(RefusalReason.WRONG_STATE, "only the county office routes a reported request");
    }
    DepartmentId department = named != null ? named : fromTable;
    if (department == null) {
      return refuse(RefusalReason.NO_ROUTE, "the routing table has no department for " + report.category());
    }
    if (returnedBy.contains(department)) {
      return refuse(
          RefusalReason.DEPARTMENT_RETURNED, department + " returned this request and cannot hold it again");
    }
    Draft d = draft(commandId);
    d.routeTo(department, ctx, actor, named != null ? "routed by the county office" : "routed by category");
    return d.applied();
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
    requireText(reason, "reason");
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.REPORTED && state != RequestState.ACCEPTED) {
      return refuse(RefusalReason.WRONG_STATE, "only a reported or accepted request can be passed up; it is " + state);
    }
    if (holder.tier() == Tier.DEPARTMENT) {
      return refuse(RefusalReason.TOP_TIER, "a department is the top tier; it may return a misrouted request");
    }
    if (holder.tier() == Tier.COUNTY_OFFICE) {
      return refuse(RefusalReason.WRONG_STATE, "the county office passes a request up by routing it");
    }
    Draft d = draft(commandId);
    d.moveUp(ctx, actor, TransitionKind.ESCALATED, reason, null);
    return d.applied();
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
    requireText(reason, "reason");
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (holder.tier() != Tier.DEPARTMENT) {
      return refuse(RefusalReason.WRONG_STATE, "only a department returns a request to the county office");
    }
    if (state != RequestState.REPORTED && state != RequestState.ACCEPTED) {
      return refuse(RefusalReason.WRONG_STATE, "only a reported or accepted request can be returned; it is " + state);
    }
    DepartmentId department = DepartmentId.of(holder.unit());
    Office county = Office.of(Tier.COUNTY_OFFICE, report.place());
    Draft d = draft(commandId);
    d.returnedBy = ImmutableSet.<DepartmentId>builder().addAll(returnedBy).add(department).build();
    d.state = RequestState.REPORTED;
    d.holder = county;
    d.assignee = null;
    d.reopenedAtTier = false;
    d.setStep(DeadlineKind.ACCEPT, ctx.calendar().deadline(ctx.now(), d.limits(ctx, Tier.COUNTY_OFFICE).acceptDays()));
    d.record(ctx.now(), actor, TransitionKind.RETURNED, null, reason, null);
    d.events.add(new RequestReturned(id, d.version, ctx.now(), department, reason));
    return d.applied();
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
    requireText(reason, "reason");
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.ACCEPTED) {
      return refuse(RefusalReason.WRONG_STATE, "only an accepted request can be suspended; it is " + state);
    }
    int left = ctx.policy().maxSuspensionDays() - suspendedDays;
    if (left < 1) {
      return refuse(
          RefusalReason.SUSPENSION_EXHAUSTED,
          "the clock was paused " + suspendedDays + " working days already, the most allowed");
    }
    Draft d = draft(commandId);
    d.pausedState = state;
    d.pausedKind = stepKind;
    d.pausedDeadline = stepDeadline;
    d.pausedReminded = reminded;
    d.suspendedAt = ctx.now();
    d.state = RequestState.SUSPENDED;
    d.setStep(DeadlineKind.SUSPENSION_END, ctx.calendar().deadline(ctx.now(), left));
    d.record(ctx.now(), actor, TransitionKind.SUSPENDED, null, reason, null);
    d.events.add(new RequestSuspended(id, d.version, ctx.now(), reason, d.stepDeadline));
    return d.applied();
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
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.SUSPENDED) {
      return refuse(RefusalReason.WRONG_STATE, "only a suspended request can resume; it is " + state);
    }
    Draft d = draft(commandId);
    d.resume(ctx, actor, false);
    return d.applied();
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
    requireText(summary, "summary");
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.ACCEPTED) {
      return refuse(RefusalReason.WRONG_STATE, "only an accepted request can be resolved; it is " + state);
    }
    Draft d = draft(commandId);
    d.state = RequestState.RESOLVED;
    d.result = summary;
    d.setStep(DeadlineKind.FEEDBACK, ctx.calendar().deadline(ctx.now(), ctx.policy().feedbackDays()));
    d.record(ctx.now(), actor, TransitionKind.RESOLVED, null, summary, null);
    d.events.add(new RequestResolved(id, d.version, ctx.now(), d.stepDeadline));
    return d.applied();
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
    requireText(resultText, "resultText");
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.RESOLVED) {
      return refuse(RefusalReason.WRONG_STATE, "feedback follows resolution; the request is " + state);
    }
    Draft d = draft(commandId);
    d.state = RequestState.FEEDBACK_GIVEN;
    d.result = resultText;
    d.setStep(DeadlineKind.RATING, ctx.calendar().deadline(ctx.now(), ctx.policy().ratingWindowDays()));
    d.record(ctx.now(), actor, TransitionKind.FEEDBACK_DELIVERED, new Form.Feedback(resultText, null), null, null);
    d.events.add(new FeedbackDelivered(id, d.version, ctx.now(), d.stepDeadline));
    return d.applied();
  }

  /**
   * Records a team's arrival on site for a must-attend request (四必到).
   *
   * @param commandId the command's id, not null
   * @param actor a staff member of the holding office, not null
   * @param ctx the context, not null
   * @return applied, or refused (not the holder; not must-attend or already on site or lapsed)
   */
  public CommandOutcome recordOnSite(CommandId commandId, Actor actor, RuleContext ctx) {
    Refused refused = checkHolder(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (onSiteDeadline == null) {
      return refuse(RefusalReason.NOT_MUST_ATTEND, "no on-site limit is running for this request");
    }
    Draft d = draft(commandId);
    d.onSiteDeadline = null;
    d.record(ctx.now(), actor, TransitionKind.ON_SITE_ARRIVED, null, null, null);
    d.events.add(new OnSiteArrived(id, d.version, ctx.now(), holder));
    return d.applied();
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
    if (refused != null) {
      return refused;
    }
    if (state != RequestState.FEEDBACK_GIVEN) {
      return refuse(RefusalReason.WRONG_STATE, "a rating follows feedback; the request is " + state);
    }
    Draft d = draft(commandId);
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
   * @return applied, or refused (not the reporter; already closed or withdrawn)
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CommandOutcome withdraw(CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    requireText(reason, "reason");
    Refused refused = checkReporter(commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (!state.isOpen()) {
      return refuse(RefusalReason.WRONG_STATE, "the request is " + state + " already");
    }
    Draft d = draft(commandId);
    d.state = RequestState.WITHDRAWN;
    d.stepKind = null;
    d.stepDeadline = null;
    d.onSiteDeadline = null;
    d.record(ctx.now(), actor, TransitionKind.WITHDRAWN, null, reason, null);
    d.events.add(new RequestWithdrawn(id, d.version, ctx.now(), reason));
    return d.applied();
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
    Draft d = draft(null);
    int steps = 0;
    while (d.isDue(now)) {
      if (++steps > 64) {
        throw new IllegalStateException("request " + id + ": deadlines do not advance past " + now);
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

  private Refused checkHolder(CommandId commandId, Actor actor, RuleContext ctx) {
    requireNonNull(commandId, "commandId");
    requireNonNull(actor, "actor");
    requireNonNull(ctx, "ctx");
    if (!(actor instanceof Actor.Staff staff)) {
      return refuse(RefusalReason.WRONG_TIER, actor.describe() + " does not act for an office");
    }
    if (!state.isOpen()) {
      return refuse(RefusalReason.WRONG_STATE, "the request is " + state);
    }
    if (staff.office().tier() != holder.tier()) {
      return refuse(
          RefusalReason.WRONG_TIER,
          "the request is at tier " + holder.tier() + ", the actor acts for tier " + staff.office().tier());
    }
    if (!staff.office().equals(holder)) {
      return refuse(
          RefusalReason.OUTSIDE_JURISDICTION, "the request is held by " + holder + ", not " + staff.office());
    }
    return null;
  }

  private Refused checkReporter(CommandId commandId, Actor actor, RuleContext ctx) {
    requireNonNull(commandId, "commandId");
    requireNonNull(actor, "actor");
    requireNonNull(ctx, "ctx");
    if (!(actor instanceof Actor.Citizen citizen) || !citizen.person().equals(report.reporter())) {
      return refuse(RefusalReason.NOT_REPORTER, "only the citizen who reported, " + report.reporter() + ", may");
    }
    return null;
  }

  private Refused refuse(RefusalReason reason, String message) {
    return new Refused(id, reason, message);
  }

  private Draft draft(CommandId commandId) {
    Draft d = new Draft(this);
    if (commandId != null) {
      d.appliedCommands.add(commandId);
    }
    return d;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Storage

  /**
   * Every field of a request, for adapters that store requests outside the JVM (a SQL database) and must rebuild
   * them exactly: {@link Request#snapshot()} takes one, {@link Request#restore(Snapshot)} rebuilds the request.
   * The {@code paused...} fields hold the state, step and reminder that a suspension interrupted; they are set
   * while the request is {@link RequestState#SUSPENDED}, cleared by a resumption, kept by a withdrawal.
   *
   * @param id the id, not null
   * @param version the version, at least 1
   * @param report the report form, not null
   * @param state the state, not null
   * @param holder the holding office, not null
   * @param assignee the person assigned at the current tier, or null
   * @param stepKind what the step deadline is for; null exactly when the state is closed or withdrawn
   * @param stepDeadline the step deadline; null exactly when {@code stepKind} is
   * @param reminded true while the grace period of a reminder runs
   * @param onSiteDeadline the running on-site deadline, or null
   * @param pausedState the state a suspension interrupted; set while suspended (and kept after a withdrawal)
   * @param pausedKind the step a suspension interrupted; set while suspended
   * @param pausedDeadline the step deadline a suspension interrupted; set while suspended
   * @param pausedReminded whether a reminder ran when the suspension began
   * @param suspendedAt when the running suspension began; set while suspended
   * @param suspendedDays working days paused by resumed suspensions, at least 0
   * @param returnedBy the departments that returned the request, not null
   * @param reopenedAtTier whether a dissatisfied rating reopened the request at its current tier
   * @param result the last result (resolution summary or feedback text), or null
   * @param history the history, oldest first, at least one entry
   * @param appliedCommands the ids of the commands applied, not null
   */
  public record Snapshot(
      RequestId id,
      long version,
      Form.Report report,
      RequestState state,
      Office holder,
      PersonId assignee,
      DeadlineKind stepKind,
      Instant stepDeadline,
      boolean reminded,
      Instant onSiteDeadline,
      RequestState pausedState,
      DeadlineKind pausedKind,
      Instant pausedDeadline,
      boolean pausedReminded,
      Instant suspendedAt,
      int suspendedDays,
      ImmutableSet<DepartmentId> returnedBy,
      boolean reopenedAtTier,
      String result,
      ImmutableList<HistoryEntry> history,
      ImmutableSet<CommandId> appliedCommands) {

    /**
     * Checks what a request needs to keep its invariants; the message of a failure starts with the field's name.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if the fields contradict each other
     */
    public Snapshot {
      requireNonNull(id, "id");
      requireNonNull(report, "report");
      requireNonNull(state, "state");
      requireNonNull(holder, "holder");
      requireNonNull(returnedBy, "returnedBy");
      requireNonNull(history, "history");
      requireNonNull(appliedCommands, "appliedCommands");
      if (version < 1) {
        throw new IllegalArgumentException("version must be at least 1, was " + version);
      }
      if (suspendedDays < 0) {
        throw new IllegalArgumentException("suspendedDays must not be negative, was " + suspendedDays);
      }
      if (history.isEmpty()) {
        throw new IllegalArgumentException("history must hold at least the report");
      }
      if (state.isOpen() != (stepKind != null)) {
        throw new IllegalArgumentException(
            "stepKind must be set exactly while the request is open; state " + state + ", stepKind " + stepKind);
      }
      if ((stepKind == null) != (stepDeadline == null)) {
        throw new IllegalArgumentException("stepDeadline must be set exactly when stepKind is");
      }
      // A request withdrawn while suspended keeps the paused fields, so they are required only while suspended.
      if (state == RequestState.SUSPENDED
          && (pausedState == null || pausedKind == null || pausedDeadline == null || suspendedAt == null)) {
        throw new IllegalArgumentException(
            "pausedState, pausedKind, pausedDeadline and suspendedAt must be set while suspended");
      }
    }
  }

  /**
   * Returns every field of this request, for storage.
   *
   * @return the snapshot; {@code restore(snapshot())} equals this request field by field
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, version, report, state, holder, assignee, stepKind, stepDeadline, reminded, onSiteDeadline,
        pausedState, pausedKind, pausedDeadline, pausedReminded, suspendedAt, suspendedDays, returnedBy,
        reopenedAtTier, result, history, appliedCommands);
  }

  /**
   * Rebuilds a stored request from its fields; the inverse of {@link #snapshot()}. For storage adapters only:
   * the rules never call it.
   *
   * @param s the fields, not null
   * @return the request
   * @throws NullPointerException if {@code s} is null
   */
  public static Request restore(Snapshot s) {
    requireNonNull(s, "snapshot");
    Draft d = new Draft(s.id(), s.report());
    d.version = s.version();
    d.state = s.state();
    d.holder = s.holder();
    d.assignee = s.assignee();
    d.stepKind = s.stepKind();
    d.stepDeadline = s.stepDeadline();
    d.reminded = s.reminded();
    d.onSiteDeadline = s.onSiteDeadline();
    d.pausedState = s.pausedState();
    d.pausedKind = s.pausedKind();
    d.pausedDeadline = s.pausedDeadline();
    d.pausedReminded = s.pausedReminded();
    d.suspendedAt = s.suspendedAt();
    d.suspendedDays = s.suspendedDays();
    d.returnedBy = s.returnedBy();
    d.reopenedAtTier = s.reopenedAtTier();
    d.result = s.result();
    d.history.addAll(s.history());
    d.appliedCommands.addAll(s.appliedCommands());
    return new Request(d);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public RequestId id() {
    return id;
  }

  /**
   * Returns the version: 1 after the report, one more after each applied change.
   *
   * @return the version, at least 1
   */
  public long version() {
    return version;
  }

  /**
   * Returns the report form.
   *
   * @return the report, never null
   */
  public Form.Report report() {
    return report;
  }

  /**
   * Returns the state.
   *
   * @return the state, never null
   */
  public RequestState state() {
    return state;
  }

  /**
   * Returns the current tier.
   *
   * @return the holder's tier, never null
   */
  public Tier tier() {
    return holder.tier();
  }

  /**
   * Returns the office that holds the request (must act), or held it last when closed.
   *
   * @return the holder, never null
   */
  public Office holder() {
    return holder;
  }

  /**
   * Returns the person assigned at the current tier.
   *
   * @return the assignee, or empty while no one at this tier accepted it
   */
  public Optional<PersonId> assignee() {
    return Optional.ofNullable(assignee);
  }

  /**
   * Returns the next deadline: the earlier of the step deadline and a running on-site deadline.
   *
   * @return the deadline, or empty when the request is closed or withdrawn
   */
  public Optional<Instant> nextDeadline() {
    return Optional.ofNullable(nextDeadlineOrNull());
  }

  /**
   * Returns the next deadline as for {@link #nextDeadline()}, without an Optional (for indexes).
   *
   * @return the deadline, or null when the request is closed or withdrawn
   */
  public Instant nextDeadlineOrNull() {
    if (!state.isOpen()) {
      return null;
    }
    if (onSiteDeadline != null && onSiteDeadline.isBefore(stepDeadline)) {
      return onSiteDeadline;
    }
    return stepDeadline;
  }

  /**
   * Returns what the step deadline is for.
   *
   * @return the kind, or empty when the request is closed or withdrawn
   */
  public Optional<DeadlineKind> stepKind() {
    return Optional.ofNullable(stepKind);
  }

  /**
   * Returns the step deadline.
   *
   * @return the deadline, or empty when the request is closed or withdrawn
   */
  public Optional<Instant> stepDeadline() {
    return Optional.ofNullable(stepDeadline);
  }

  /**
   * Tells whether a reminder was issued for the current step deadline (its grace period is running).
   *
   * @return true while in the grace period
   */
  public boolean reminded() {
    return reminded;
  }

  /**
   * Returns the running on-site deadline of a must-attend request.
   *
   * @return the deadline, or empty when not must-attend, already on site, lapsed, or closed
   */
  public Optional<Instant> onSiteDeadline() {
    return Optional.ofNullable(onSiteDeadline);
  }

  /**
   * Returns the working days the clock was paused in all (resumed suspensions only).
   *
   * @return the days, at least 0
   */
  public int suspendedDays() {
    return suspendedDays;
  }

  /**
   * Returns the departments that returned this request; none may hold it again.
   *
   * @return the departments, possibly empty
   */
  public ImmutableSet<DepartmentId> returnedBy() {
    return returnedBy;
  }

  /**
   * Returns the last result: the summary of the resolution or the text of the feedback.
   *
   * @return the result, or empty before resolution
   */
  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  /**
   * Returns the append-only history, oldest first.
   *
   * @return the entries, at least the report
   */
  public ImmutableList<HistoryEntry> history() {
    return history;
  }

  /**
   * Tells whether a command id was applied to this request.
   *
   * @param commandId the id, not null
   * @return true when a command with the id changed this request
   */
  public boolean hasApplied(CommandId commandId) {
    return appliedCommands.contains(requireNonNull(commandId, "commandId"));
  }

  /**
   * Returns the ids of the commands applied to this request (for storage).
   *
   * @return the ids
   */
  public ImmutableSet<CommandId> appliedCommands() {
    return appliedCommands;
  }

  /**
   * Returns the final rating.
   *
   * @return the rating of the closing feedback, or empty when not closed
   */
  public Optional<Rating> finalRating() {
    if (state != RequestState.CLOSED) {
      return Optional.empty();
    }
    for (HistoryEntry e : history.reverse()) {
      if (e.form() instanceof Form.Feedback f && f.rating() != null) {
        return Optional.of(f.rating());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Request[" + id + " v" + version + " " + state + " at " + holder + " due " + nextDeadlineOrNull() + "]";
  }

  // ---------------------------------------------------------------------------------------------------------
  // The draft of a change

  /** A mutable copy of a request's state that a rule changes and then freezes into a new request. */
  private static final class Draft {
    final RequestId id;
    final Form.Report report;
    long version;
    RequestState state;
    Office holder;
    PersonId assignee;
    DeadlineKind stepKind;
    Instant stepDeadline;
    boolean reminded;
    Instant onSiteDeadline;
    RequestState pausedState;
    DeadlineKind pausedKind;
    Instant pausedDeadline;
    boolean pausedReminded;
    Instant suspendedAt;
    int suspendedDays;
    ImmutableSet<DepartmentId> returnedBy;
    boolean reopenedAtTier;
    String result;
    final ImmutableList.Builder<HistoryEntry> history;
    final ImmutableSet.Builder<CommandId> appliedCommands;
    final ImmutableList.Builder<RequestEvent> events = ImmutableList.builder();

    Draft(RequestId id, Form.Report report) {
      this.id = id;
      this.report = report;
      this.version = 1;
      this.returnedBy = ImmutableSet.of();
      this.history = ImmutableList.builder();
      this.appliedCommands = ImmutableSet.builder();
    }

    Draft(Request r) {
      this.id = r.id;
      this.report = r.report;
      this.version = r.version + 1;
      this.state = r.state;
      this.holder = r.holder;
      this.assignee = r.assignee;
      this.stepKind = r.stepKind;
      this.stepDeadline = r.stepDeadline;
      this.reminded = r.reminded;
      this.onSiteDeadline = r.onSiteDeadline;
      this.pausedState = r.pausedState;
      this.pausedKind = r.pausedKind;
      this.pausedDeadline = r.pausedDeadline;
      this.pausedReminded = r.pausedReminded;
      this.suspendedAt = r.suspendedAt;
      this.suspendedDays = r.suspendedDays;
      this.returnedBy = r.returnedBy;
      this.reopenedAtTier = r.reopenedAtTier;
      this.result = r.result;
      this.history = ImmutableList.<HistoryEntry>builderWithExpectedSize(r.history.size() + 2).addAll(r.history);
      this.appliedCommands = ImmutableSet.<CommandId>builder().addAll(r.appliedCommands);
    }

    StepLimits limits(RuleContext ctx, Tier tier) {
      return ctx.policy().limits(tier, report.category(), report.urgency());
    }

    void setStep(DeadlineKind kind, Instant deadline) {
      stepKind = kind;
      stepDeadline = deadline;
      reminded = false;
    }

    void record(Instant at, Actor actor, TransitionKind kind, Form form, String reason, Office chargedTo) {
      history.add(new HistoryEntry(at, actor, kind, state, holder, form, reason, chargedTo));
    }

    Applied applied() {
      return new Applied(new Request(this), events.build());
    }

    boolean isDue(Instant now) {
      if (!state.isOpen()) {
        return false;
      }
      Instant next = onSiteDeadline != null && onSiteDeadline.isBefore(stepDeadline) ? onSiteDeadline : stepDeadline;
      return next.isBefore(now);
    }

    /** Puts the request at the next tier up, waiting for acceptance (or routing at the county office). */
    void moveUp(RuleContext ctx, Actor actor, TransitionKind kind, String reason, Office chargedTo) {
      Tier next = holder.tier().next().orElseThrow();
      Office from = holder;
      Office to = Office.of(next, report.place());
      state = RequestState.REPORTED;
      holder = to;
      assignee = null;
      reopenedAtTier = false;
      setStep(DeadlineKind.ACCEPT, ctx.calendar().deadline(ctx.now(), limits(ctx, next).acceptDays()));
      record(ctx.now(), actor, kind, null, reason, chargedTo);
      events.add(new RequestEscalated(id, version, ctx.now(), from, to, reason, chargedTo));
    }

    void routeTo(DepartmentId department, RuleContext ctx, Actor actor, String reason) {
      state = RequestState.REPORTED;
      holder = Office.department(department);
      assignee = null;
      reopenedAtTier = false;
      setStep(DeadlineKind.ACCEPT, ctx.calendar().deadline(ctx.now(), limits(ctx, Tier.DEPARTMENT).acceptDays()));
      record(ctx.now(), actor, TransitionKind.ROUTED, null, reason, null);
      events.add(new RequestRouted(id, version, ctx.now(), department, stepDeadline));
    }

    void resume(RuleContext ctx, Actor actor, boolean automatic) {
      int left = ctx.policy().maxSuspensionDays() - suspendedDays;
      int used = Math.min(ctx.calendar().workingDaysBetween(suspendedAt, ctx.now()), left);
      suspendedDays += used;
      Instant moved =
          used == 0
              ? pausedDeadline
              : ctx.calendar().endOf(ctx.calendar().plusWorkingDays(ctx.calendar().localDate(pausedDeadline), used));
      state = pausedState;
      stepKind = pausedKind;
      stepDeadline = moved;
      reminded = pausedReminded;
      pausedState = null;
      pausedKind = null;
      pausedDeadline = null;
      pausedReminded = false;
      suspendedAt = null;
      record(ctx.now(), actor, TransitionKind.RESUMED, null,
          automatic ? "suspension allowance ran out" : null, null);
      events.add(new RequestResumed(id, version, ctx.now(), automatic, moved));
    }

    void rated(RuleContext ctx, Actor actor, Rating rating) {
      Instant now = ctx.now();
      record(now, actor, TransitionKind.RATED, new Form.Feedback(result, rating), null, null);
      events.add(new RequestRated(id, version, now, holder, rating));
      if (rating.closes()) {
        state = RequestState.CLOSED;
        stepKind = null;
        stepDeadline = null;
        onSiteDeadline = null;
        reminded = false;
        record(now, actor, TransitionKind.CLOSED, null, null, null);
        events.add(new RequestClosed(id, version, now, rating));
      } else if (!reopenedAtTier || holder.tier() == Tier.DEPARTMENT) {
        if (reopenedAtTier) {
          // A second dissatisfied rating at the top tier: nowhere higher, the county office supervises.
          Office supervisor = Office.of(Tier.COUNTY_OFFICE, report.place());
          reopen(ctx, actor, "second dissatisfied rating at the top tier");
          record(now, actor, TransitionKind.SUPERVISED, null, SUPERVISOR_NOTE, null);
          events.add(new SupervisionAlerted(id, version, now, holder, supervisor, stepDeadline));
        } else {
          reopen(ctx, actor, "dissatisfied rating");
        }
        reopenedAtTier = true;
      } else {
        moveUp(ctx, actor, TransitionKind.ESCALATED, "second dissatisfied rating at " + holder.tier(), null);
      }
    }

    void reopen(RuleContext ctx, Actor actor, String reason) {
      state = RequestState.ACCEPTED;
      setStep(DeadlineKind.RESOLVE, ctx.calendar().deadline(ctx.now(), limits(ctx, holder.tier()).resolveDays()));
      record(ctx.now(), actor, TransitionKind.REOPENED, null, reason, null);
      events.add(new RequestReopened(id, version, ctx.now(), holder, stepDeadline));
    }

    void handleEarliestDeadline(RuleContext ctx, DepartmentId fromTable) {
      Instant now = ctx.now();
      Actor sweep = Actor.SystemActor.SWEEP;
      if (onSiteDeadline != null && onSiteDeadline.isBefore(now) && !onSiteDeadline.isAfter(stepDeadline)) {
        Instant missed = onSiteDeadline;
        onSiteDeadline = null;
        record(now, sweep, TransitionKind.ON_SITE_LAPSED,
            new Form.Reminder(holder, DeadlineKind.ON_SITE, missed, missed), "on-site limit passed", holder);
        events.add(new OnSiteLapsed(id, version, now, holder));
        return;
      }
      switch (stepKind) {
        case SUSPENSION_END -> resume(ctx, sweep, true);
        case RATING -> rated(ctx, sweep, Rating.NO_RATING);
        case ACCEPT, RESOLVE, FEEDBACK -> {
          if (!reminded) {
            Instant missed = stepDeadline;
            Instant grace = ctx.calendar().deadline(now, limits(ctx, holder.tier()).graceDays());
            stepDeadline = grace;
            reminded = true;
            record(now, sweep, TransitionKind.REMINDED,
                new Form.Reminder(holder, stepKind, missed, grace), stepKind + " deadline passed", null);
            events.add(new ReminderIssued(id, version, now, holder, stepKind, grace));
          } else {
            lapse(ctx, sweep, fromTable);
          }
        }
        default -> throw new IllegalStateException("unexpected step " + stepKind);
      }
    }

    /** The reminder's grace period passed: escalate, route, or (at the top) supervise with a fresh deadline. */
    private void lapse(RuleContext ctx, Actor sweep, DepartmentId fromTable) {
      Instant now = ctx.now();
      Office lapsed = holder;
      String reason = "grace period of the " + stepKind + " reminder passed at " + lapsed.tier();
      if (lapsed.tier() == Tier.DEPARTMENT || lapsed.tier() == Tier.COUNTY_OFFICE) {
        if (lapsed.tier() == Tier.COUNTY_OFFICE && fromTable != null && !returnedBy.contains(fromTable)) {
          // The county office let routing lapse: route by the table, charged to the office.
          Office to = Office.department(fromTable);
          routeTo(fromTable, ctx, sweep, reason + "; routed by category");
          events.add(new RequestEscalated(id, version, now, lapsed, to, reason, lapsed));
          // The ROUTED entry carries no charge; record the charge on the history too.
          record(now, sweep, TransitionKind.AUTO_ESCALATED, null, reason, lapsed);
          return;
        }
        Office supervisor = Office.of(Tier.COUNTY_OFFICE, report.place());
        int days =
            switch (stepKind) {
              case ACCEPT -> limits(ctx, lapsed.tier()).acceptDays();
              case RESOLVE -> limits(ctx, lapsed.tier()).resolveDays();
              default -> ctx.policy().feedbackDays();
            };
        setStep(stepKind, ctx.calendar().deadline(now, days));
        record(now, sweep, TransitionKind.SUPERVISED, null, reason + "; " + SUPERVISOR_NOTE, lapsed);
        events.add(new SupervisionAlerted(id, version, now, lapsed, supervisor, stepDeadline));
        return;
      }
      moveUp(ctx, sweep, TransitionKind.AUTO_ESCALATED, reason, lapsed);
    }
  }
}
