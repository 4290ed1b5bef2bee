package org.grid.escalation.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.grid.core.model.privacy.Masking;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.RequestEvent.OnSiteLapsed;
import org.grid.escalation.model.RequestEvent.ReminderIssued;
import org.grid.escalation.model.RequestEvent.RequestClosed;
import org.grid.escalation.model.RequestEvent.RequestEscalated;
import org.grid.escalation.model.RequestEvent.RequestRated;
import org.grid.escalation.model.RequestEvent.RequestReopened;
import org.grid.escalation.model.RequestEvent.RequestResumed;
import org.grid.escalation.model.RequestEvent.RequestRouted;
import org.grid.escalation.model.RequestEvent.SupervisionAlerted;
import org.grid.escalation.model.RequestRecord.Step;
import org.grid.escalation.model.RequestRecord.Suspension;

/**
 * One change of a request in the making: the record as the rule has changed it so far, the history entries and
 * events it adds, and the new version. A rule replaces {@link #record} with new records ({@code with...}); the
 * history and the command ids are built once, when the rule is done ({@link #applied()}). Also holds the steps
 * several rules share (moving up a tier, routing, resuming, rating) and the deadline rules of the sweep.
 */
final class Change {

  static final String SUPERVISOR_NOTE = "top tier lapsed: county office supervises (督办)";

  RequestRecord record;
  final long version;
  private final ImmutableList.Builder<HistoryEntry> history;
  private final AppliedCommands commands;
  final ImmutableList.Builder<RequestEvent> events = ImmutableList.builder();

  /**
   * Starts a change of a request.
   *
   * @param from the record before, not null
   * @param commandId the command's id to remember, or null for the sweep
   * @param ctx the context, whose command digest is remembered with the id
   */
  Change(RequestRecord from, CommandId commandId, RuleContext ctx) {
    this.record = from;
    this.version = from.version() + 1;
    this.history = ImmutableList.<HistoryEntry>builderWithExpectedSize(from.history().size() + 2)
        .addAll(from.history());
    this.commands = commandId == null ? from.appliedCommands()
        : from.appliedCommands().with(commandId, ctx.digest());
  }

  RequestId id() {
    return record.id();
  }

  /** The facts of the request as the rule has changed it so far, for the event it adds now. */
  RequestFacts facts() {
    return RequestFacts.of(record);
  }

  Office holder() {
    return record.holder();
  }

  Step step() {
    return record.step();
  }

  /** The limits of a tier for the request's current category (not the report's, once recategorized). */
  StepLimits limits(RuleContext ctx, Tier tier) {
    return ctx.policy().limits(tier, record.category(), record.report().urgency());
  }

  /** Sets a fresh step (no reminder) with its deadline {@code days} working days after now. */
  void step(DeadlineKind kind, RuleContext ctx, int days) {
    record = record.withStep(Step.of(kind, ctx.calendar().deadline(ctx.now(), days)));
  }

  /** Moves to a state with a fresh step due {@code days} working days after now. */
  void moveTo(RequestState state, DeadlineKind kind, RuleContext ctx, int days) {
    record = record.with(state, Step.of(kind, ctx.calendar().deadline(ctx.now(), days)));
  }

  void record(Instant at, Actor actor, TransitionKind kind, Form form, String reason, Office chargedTo) {
    history.add(HistoryEntry.of(at, actor, kind, record.state(), record.holder(), form, reason, chargedTo));
  }

  /** Adds the entry of a correction: a recategorization with its new category, or a duplicate with its original. */
  void recordCorrection(Instant at, Actor actor, TransitionKind kind, String reason, Category category,
      RequestId duplicateOf) {
    history.add(new HistoryEntry(at, actor, kind, record.state(), record.holder(), null, reason, null, category,
        duplicateOf));
  }

  Applied applied() {
    return new Applied(new Request(record.withLog(version, history.build(), commands)), events.build());
  }

  boolean isDue(Instant now) {
    Instant next = record.nextDeadline();
    return next != null && next.isBefore(now);
  }

  /** Puts the request at the next tier up, waiting for acceptance (or routing at the county office). */
  void moveUp(RuleContext ctx, Actor actor, TransitionKind kind, String reason, Office chargedTo) {
    Tier next = holder().tier().next().orElseThrow();
    Office from = holder();
    Office to = Office.of(next, record.report().place());
    record = record.heldBy(to);
    moveTo(RequestState.REPORTED, DeadlineKind.ACCEPT, ctx, limits(ctx, next).acceptDays());
    record(ctx.now(), actor, kind, null, reason, chargedTo);
    // The staff's reason is free text: the event, which leaves grid, carries it masked, as every event's reason.
    events.add(new RequestEscalated(id(), version, ctx.now(), from, to, Masking.text(reason), chargedTo, facts()));
  }

  void routeTo(DepartmentId department, RuleContext ctx, Actor actor, String reason) {
    record = record.heldBy(Office.department(record.report().place().county(), department));
    moveTo(RequestState.REPORTED, DeadlineKind.ACCEPT, ctx, limits(ctx, Tier.DEPARTMENT).acceptDays());
    record(ctx.now(), actor, TransitionKind.ROUTED, null, reason, null);
    events.add(new RequestRouted(id(), version, ctx.now(), department, step().deadline(), facts()));
  }

  void resume(RuleContext ctx, Actor actor, boolean automatic) {
    Suspension suspension = record.suspension();
    Step paused = suspension.pausedStep();
    int left = ctx.policy().maxSuspensionDays() - record.suspendedDays();
    int used = ctx.calendar().workingDaysBetween(suspension.since(), ctx.now(), Math.max(left, 0));
    Instant moved =
        used == 0
            ? paused.deadline()
            : ctx.calendar().endOf(ctx.calendar().plusWorkingDays(ctx.calendar().localDate(paused.deadline()), used));
    record = record.with(suspension.pausedState(), new Step(paused.kind(), moved, paused.reminded()))
        .withSuspension(null, record.suspendedDays() + used);
    record(ctx.now(), actor, TransitionKind.RESUMED, null, automatic ? "suspension allowance ran out" : null, null);
    events.add(new RequestResumed(id(), version, ctx.now(), automatic, moved, facts()));
  }

  void rated(RuleContext ctx, Actor actor, Rating rating) {
    Instant now = ctx.now();
    record(now, actor, TransitionKind.RATED, new Form.Feedback(record.result(), rating), null, null);
    events.add(new RequestRated(id(), version, now, holder(), rating, facts()));
    if (rating.closes()) {
      record = record.with(RequestState.CLOSED, null).withOnSite(null);
      record(now, actor, TransitionKind.CLOSED, null, null, null);
      events.add(new RequestClosed(id(), version, now, rating, facts()));
    } else if (!record.reopenedAtTier() || holder().tier() == Tier.DEPARTMENT) {
      if (record.reopenedAtTier()) {
        // A second dissatisfied rating at the top tier: nowhere higher, the county office supervises.
        Office supervisor = Office.of(Tier.COUNTY_OFFICE, record.report().place());
        reopen(ctx, actor, "second dissatisfied rating at the top tier");
        record(now, actor, TransitionKind.SUPERVISED, null, SUPERVISOR_NOTE, null);
        events.add(new SupervisionAlerted(id(), version, now, holder(), supervisor, step().deadline(), facts()));
      } else {
        reopen(ctx, actor, "dissatisfied rating");
      }
      record = record.withReopenedAtTier(true);
    } else {
      moveUp(ctx, actor, TransitionKind.ESCALATED, "second dissatisfied rating at " + holder().tier(), null);
    }
  }

  private void reopen(RuleContext ctx, Actor actor, String reason) {
    moveTo(RequestState.ACCEPTED, DeadlineKind.RESOLVE, ctx, limits(ctx, holder().tier()).resolveDays());
    record(ctx.now(), actor, TransitionKind.REOPENED, null, reason, null);
    events.add(new RequestReopened(id(), version, ctx.now(), holder(), step().deadline(), facts()));
  }

  // ---------------------------------------------------------------------------------------------------------
  // The deadline rules of the sweep

  void handleEarliestDeadline(RuleContext ctx, DepartmentId fromTable) {
    Instant now = ctx.now();
    Actor sweep = Actor.SystemActor.SWEEP;
    Step step = step();
    RequestRecord.OnSiteClock onSite = record.onSite();
    if (onSite != null && onSite.deadline().isBefore(now) && !onSite.deadline().isAfter(step.deadline())) {
      Instant missed = onSite.deadline();
      record = record.withOnSite(null);
      record(now, sweep, TransitionKind.ON_SITE_LAPSED,
          new Form.Reminder(holder(), DeadlineKind.ON_SITE, missed, missed), "on-site limit passed", holder());
      events.add(new OnSiteLapsed(id(), version, now, holder(), facts()));
      return;
    }
    switch (step.kind()) {
      case SUSPENSION_END -> resume(ctx, sweep, true);
      case RATING -> rated(ctx, sweep, Rating.NO_RATING);
      case ACCEPT, RESOLVE, FEEDBACK -> {
        if (!step.reminded()) {
          Instant grace = ctx.calendar().deadline(now, limits(ctx, holder().tier()).graceDays());
          record = record.withStep(step.afterReminder(grace));
          record(now, sweep, TransitionKind.REMINDED,
              new Form.Reminder(holder(), step.kind(), step.deadline(), grace), step.kind() + " deadline passed",
              null);
          events.add(new ReminderIssued(id(), version, now, holder(), step.kind(), grace, facts()));
        } else {
          lapse(ctx, sweep, fromTable);
        }
      }
      default -> throw new IllegalStateException("unexpected step " + step.kind());
    }
  }

  /** The reminder's grace period passed: escalate, route, or (at the top) supervise with a fresh deadline. */
  private void lapse(RuleContext ctx, Actor sweep, DepartmentId fromTable) {
    Instant now = ctx.now();
    Office lapsed = holder();
    DeadlineKind kind = step().kind();
    String reason = "grace period of the " + kind + " reminder passed at " + lapsed.tier();
    if (lapsed.tier() == Tier.DEPARTMENT || lapsed.tier() == Tier.COUNTY_OFFICE) {
      if (lapsed.tier() == Tier.COUNTY_OFFICE && fromTable != null && !record.returnedBy().contains(fromTable)) {
        // The county office let routing lapse: route by the table, charged to the office.
        Office to = Office.department(record.report().place().county(), fromTable);
        routeTo(fromTable, ctx, sweep, reason + "; routed by category");
        events.add(new RequestEscalated(id(), version, now, lapsed, to, reason, lapsed, facts()));
        // The ROUTED entry carries no charge; record the charge on the history too.
        record(now, sweep, TransitionKind.AUTO_ESCALATED, null, reason, lapsed);
        return;
      }
      Office supervisor = Office.of(Tier.COUNTY_OFFICE, record.report().place());
      int days =
          switch (kind) {
            case ACCEPT -> limits(ctx, lapsed.tier()).acceptDays();
            case RESOLVE -> limits(ctx, lapsed.tier()).resolveDays();
            default -> ctx.policy().feedbackDays();
          };
      step(kind, ctx, days);
      record(now, sweep, TransitionKind.SUPERVISED, null, reason + "; " + SUPERVISOR_NOTE, lapsed);
      events.add(new SupervisionAlerted(id(), version, now, lapsed, supervisor, step().deadline(), facts()));
      return;
    }
    moveUp(ctx, sweep, TransitionKind.AUTO_ESCALATED, reason, lapsed);
  }
}
