package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import static org.grid.escalation.model.Checks.requireText;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.CommandOutcome.Refused;
import org.grid.escalation.model.RequestEvent.FeedbackDelivered;
import org.grid.escalation.model.RequestEvent.OnSiteArrived;
import org.grid.escalation.model.RequestEvent.RequestAccepted;
import org.grid.escalation.model.RequestEvent.RequestClosedAsDuplicate;
import org.grid.escalation.model.RequestEvent.RequestRecategorized;
import org.grid.escalation.model.RequestEvent.RequestResolved;
import org.grid.escalation.model.RequestEvent.RequestReturned;
import org.grid.escalation.model.RequestEvent.RequestSuspended;
import org.grid.escalation.model.RequestRecord.Suspension;

/**
 * The rules of the commands that the office holding a request gives (受理、分拨、上报、退回、暂停、恢复、办结、反馈、到场、改类、
 * 重复件):
 * the bodies of {@link Request}'s methods of the same names, which document them. Kept apart so that the
 * aggregate's class stays short enough to read.
 */
final class HolderCommands {

  private HolderCommands() {}

  static CommandOutcome accept(Request r, CommandId commandId, Actor actor, PersonId assigneePerson, RuleContext ctx) {
    requireNonNull(assigneePerson, "assigneePerson");
    Refused refused = refusal(r, RequestAction.ACCEPT, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    Change c = new Change(r.snapshot(), commandId, ctx);
    c.record = c.record.withAssignee(assigneePerson);
    c.moveTo(RequestState.ACCEPTED, DeadlineKind.RESOLVE, ctx, c.limits(ctx, r.holder().tier()).resolveDays());
    Instant dueBy = c.step().deadline();
    c.record(ctx.now(), actor, TransitionKind.ACCEPTED, new Form.Assignment(r.holder(), assigneePerson, dueBy), null,
        null);
    c.events.add(
        new RequestAccepted(r.id(), c.version, ctx.now(), r.holder(), assigneePerson, dueBy, c.facts()));
    return c.applied();
  }

  static CommandOutcome route(
      Request r, CommandId commandId, Actor actor, DepartmentId named, DepartmentId fromTable, RuleContext ctx) {
    Refused refused = refusal(r, RequestAction.ROUTE, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    DepartmentId department = named != null ? named : fromTable;
    if (department == null) {
      return refuse(r, RefusalReason.NO_ROUTE, "the routing table has no department for " + r.category());
    }
    if (r.returnedBy().contains(department)) {
      return refuse(r, RefusalReason.DEPARTMENT_RETURNED,
          department + " returned this request and cannot hold it again");
    }
    Change d = new Change(r.snapshot(), commandId, ctx);
    d.routeTo(department, ctx, actor, named != null ? "routed by the county office" : "routed by category");
    return d.applied();
  }

  static CommandOutcome escalate(Request r, CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    requireText(reason, "reason");
    Refused refused = refusal(r, RequestAction.ESCALATE, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    Change d = new Change(r.snapshot(), commandId, ctx);
    d.moveUp(ctx, actor, TransitionKind.ESCALATED, reason, null);
    return d.applied();
  }

  static CommandOutcome returnToCounty(Request r, CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    requireText(reason, "reason");
    Refused refused = refusal(r, RequestAction.RETURN, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    DepartmentId department = DepartmentId.of(r.holder().unit());
    Office county = Office.of(Tier.COUNTY_OFFICE, r.report().place());
    Change c = new Change(r.snapshot(), commandId, ctx);
    c.record = c.record.heldBy(county)
        .withReturnedBy(ImmutableSet.<DepartmentId>builder().addAll(r.returnedBy()).add(department).build());
    c.moveTo(RequestState.REPORTED, DeadlineKind.ACCEPT, ctx, c.limits(ctx, Tier.COUNTY_OFFICE).acceptDays());
    c.record(ctx.now(), actor, TransitionKind.RETURNED, null, reason, null);
    c.events.add(new RequestReturned(r.id(), c.version, ctx.now(), department, Masking.text(reason), c.facts()));
    return c.applied();
  }

  static CommandOutcome suspend(Request r, CommandId commandId, Actor actor, String reason, RuleContext ctx) {
    requireText(reason, "reason");
    Refused refused = refusal(r, RequestAction.SUSPEND, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    RequestRecord before = r.snapshot();
    int left = ctx.policy().maxSuspensionDays() - before.suspendedDays();
    Change c = new Change(before, commandId, ctx);
    c.record = c.record.withSuspension(
        new Suspension(before.state(), before.step(), ctx.now()), before.suspendedDays());
    c.moveTo(RequestState.SUSPENDED, DeadlineKind.SUSPENSION_END, ctx, left);
    c.record(ctx.now(), actor, TransitionKind.SUSPENDED, null, reason, null);
    c.events.add(
        new RequestSuspended(r.id(), c.version, ctx.now(), Masking.text(reason), c.step().deadline(), c.facts()));
    return c.applied();
  }

  static CommandOutcome resume(Request r, CommandId commandId, Actor actor, RuleContext ctx) {
    Refused refused = refusal(r, RequestAction.RESUME, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    Change d = new Change(r.snapshot(), commandId, ctx);
    d.resume(ctx, actor, false);
    return d.applied();
  }

  static CommandOutcome resolve(Request r, CommandId commandId, Actor actor, String summary, RuleContext ctx) {
    requireText(summary, "summary");
    Refused refused = refusal(r, RequestAction.RESOLVE, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    Change c = new Change(r.snapshot(), commandId, ctx);
    c.record = c.record.withResult(summary);
    c.moveTo(RequestState.RESOLVED, DeadlineKind.FEEDBACK, ctx, ctx.policy().feedbackDays());
    c.record(ctx.now(), actor, TransitionKind.RESOLVED, null, summary, null);
    c.events.add(new RequestResolved(r.id(), c.version, ctx.now(), c.step().deadline(), c.facts()));
    return c.applied();
  }

  static CommandOutcome deliverFeedback(
      Request r, CommandId commandId, Actor actor, String resultText, RuleContext ctx) {
    requireText(resultText, "resultText");
    Refused refused = refusal(r, RequestAction.FEEDBACK, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    Change c = new Change(r.snapshot(), commandId, ctx);
    c.record = c.record.withResult(resultText);
    c.moveTo(RequestState.FEEDBACK_GIVEN, DeadlineKind.RATING, ctx, ctx.policy().ratingWindowDays());
    c.record(ctx.now(), actor, TransitionKind.FEEDBACK_DELIVERED, new Form.Feedback(resultText, null), null, null);
    c.events.add(new FeedbackDelivered(r.id(), c.version, ctx.now(), c.step().deadline(), c.facts()));
    return c.applied();
  }

  static CommandOutcome recordOnSite(Request r, CommandId commandId, Actor actor, RuleContext ctx) {
    Refused refused = refusal(r, RequestAction.ON_SITE, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    // An open must-attend request without a running clock and without an arrival has let its limit lapse (the clock
    // stops otherwise only when the request ends): the arrival is recorded, as late, so that nothing is lost.
    boolean late = r.snapshot().onSite() == null;
    Change c = new Change(r.snapshot(), commandId, ctx);
    c.record = c.record.withOnSite(null);
    c.record(ctx.now(), actor, late ? TransitionKind.ON_SITE_ARRIVED_LATE : TransitionKind.ON_SITE_ARRIVED, null,
        null, null);
    c.events.add(new OnSiteArrived(r.id(), c.version, ctx.now(), r.holder(), c.facts()));
    return c.applied();
  }

  static CommandOutcome recategorize(
      Request r, CommandId commandId, Actor actor, Category category, String reason, RuleContext ctx) {
    requireNonNull(category, "category");
    requireText(reason, "reason");
    Refused refused = refusal(r, RequestAction.RECATEGORIZE, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    Category previous = r.category();
    if (category.equals(previous)) {
      return refuse(r, RefusalReason.SAME_CATEGORY, "the request's category is " + previous + " already");
    }
    Change c = new Change(r.snapshot(), commandId, ctx);
    c.record = c.record.withCategory(category);
    c.recordCorrection(ctx.now(), actor, TransitionKind.RECATEGORIZED, reason, category, null);
    c.events.add(new RequestRecategorized(r.id(), c.version, ctx.now(), r.holder(), previous, category,
        Masking.text(reason), c.facts()));
    return c.applied();
  }

  static CommandOutcome closeAsDuplicate(
      Request r, CommandId commandId, Actor actor, RequestId original, String reason, RuleContext ctx) {
    requireNonNull(original, "original");
    requireText(reason, "reason");
    Refused refused = refusal(r, RequestAction.CLOSE_AS_DUPLICATE, commandId, actor, ctx);
    if (refused != null) {
      return refused;
    }
    if (original.equals(r.id())) {
      return refuse(r, RefusalReason.INVALID_ORIGINAL, "a request cannot be a duplicate of itself");
    }
    Change c = new Change(r.snapshot(), commandId, ctx);
    // As a withdrawal: no step and no on-site clock remain; a suspension it interrupted stays on the record.
    c.record = c.record.with(RequestState.DUPLICATE, null).withOnSite(null);
    c.recordCorrection(ctx.now(), actor, TransitionKind.CLOSED_AS_DUPLICATE, reason, null, original);
    c.events.add(new RequestClosedAsDuplicate(r.id(), c.version, ctx.now(), r.holder(), original,
        Masking.text(reason), c.facts()));
    return c.applied();
  }

  /** Reported, accepted or suspended: open and not yet resolved (改类 and 重复件 apply then). */
  private static boolean beforeResolution(RequestState state) {
    return state == RequestState.REPORTED || state == RequestState.ACCEPTED || state == RequestState.SUSPENDED;
  }

  private static Refused refusal(Request r, RequestAction action, CommandId commandId, Actor actor,
      RuleContext ctx) {
    requireNonNull(commandId, "commandId");
    requireNonNull(actor, "actor");
    requireNonNull(ctx, "ctx");
    return refusal(r, action, actor, ctx.policy());
  }

  /**
   * The refusal the request's rule gives a holder's action by an actor now, before the action's own parameters
   * (an assignee, a department, a category, an original) are looked at: the checks each command above applies
   * first, in its order, and {@link Request#refusalOf} answers with.
   */
  static Refused refusal(Request r, RequestAction action, Actor actor, EscalationPolicy policy) {
    Refused refused = checkHolder(r, actor);
    if (refused != null) {
      return refused;
    }
    RequestState state = r.state();
    Tier tier = r.holder().tier();
    return switch (action) {
      case ACCEPT -> state != RequestState.REPORTED
          ? refuse(r, RefusalReason.WRONG_STATE, "only a reported request can be accepted; it is " + state)
          : tier == Tier.COUNTY_OFFICE
              ? refuse(r, RefusalReason.WRONG_STATE, "the county office routes a request to a department")
              : null;
      case ROUTE -> tier != Tier.COUNTY_OFFICE || state != RequestState.REPORTED
          ? refuse(r, RefusalReason.WRONG_STATE, "only the county office routes a reported request")
          : null;
      case ESCALATE -> state != RequestState.REPORTED && state != RequestState.ACCEPTED
          ? refuse(r, RefusalReason.WRONG_STATE,
              "only a reported or accepted request can be passed up; it is " + state)
          : tier == Tier.DEPARTMENT
              ? refuse(r, RefusalReason.TOP_TIER, "a department is the top tier; it may return a misrouted request")
              : tier == Tier.COUNTY_OFFICE
                  ? refuse(r, RefusalReason.WRONG_STATE, "the county office passes a request up by routing it")
                  : null;
      case RETURN -> tier != Tier.DEPARTMENT
          ? refuse(r, RefusalReason.WRONG_STATE, "only a department returns a request to the county office")
          : state != RequestState.REPORTED && state != RequestState.ACCEPTED
              ? refuse(r, RefusalReason.WRONG_STATE,
                  "only a reported or accepted request can be returned; it is " + state)
              : null;
      case SUSPEND -> state != RequestState.ACCEPTED
          ? refuse(r, RefusalReason.WRONG_STATE, "only an accepted request can be suspended; it is " + state)
          : policy.maxSuspensionDays() - r.suspendedDays() < 1
              ? refuse(r, RefusalReason.SUSPENSION_EXHAUSTED,
                  "the clock was paused " + r.suspendedDays() + " working days already, the most allowed")
              : null;
      case RESUME -> state != RequestState.SUSPENDED
          ? refuse(r, RefusalReason.WRONG_STATE, "only a suspended request can resume; it is " + state)
          : null;
      case RESOLVE -> state != RequestState.ACCEPTED
          ? refuse(r, RefusalReason.WRONG_STATE, "only an accepted request can be resolved; it is " + state)
          : null;
      case FEEDBACK -> state != RequestState.RESOLVED
          ? refuse(r, RefusalReason.WRONG_STATE, "feedback follows resolution; the request is " + state)
          : null;
      case ON_SITE -> onSiteRefusal(r);
      case RECATEGORIZE -> !beforeResolution(state)
          ? refuse(r, RefusalReason.WRONG_STATE,
              "only a request not yet resolved can be recategorized; it is " + state)
          : null;
      case CLOSE_AS_DUPLICATE -> !beforeResolution(state)
          ? refuse(r, RefusalReason.WRONG_STATE,
              "only a request not yet resolved can be closed as a duplicate; it is " + state)
          : null;
      case RATE, WITHDRAW -> throw new IllegalArgumentException("action: " + action + " is the citizen's");
    };
  }

  private static Refused onSiteRefusal(Request r) {
    if (r.report().mustAttend() == null) {
      return refuse(r, RefusalReason.NOT_MUST_ATTEND, "the request is not must-attend (四必到)");
    }
    for (HistoryEntry entry : r.history()) {
      if (entry.kind() == TransitionKind.ON_SITE_ARRIVED || entry.kind() == TransitionKind.ON_SITE_ARRIVED_LATE) {
        return refuse(r, RefusalReason.WRONG_STATE, "the team's arrival on site is already recorded (at "
            + entry.at() + ")");
      }
    }
    return null;
  }

  private static Refused checkHolder(Request r, Actor actor) {
    if (!(actor instanceof Actor.Staff staff)) {
      return refuse(r, RefusalReason.WRONG_TIER, actor.describe() + " does not act for an office");
    }
    if (!r.state().isOpen()) {
      return refuse(r, RefusalReason.WRONG_STATE, "the request is " + r.state());
    }
    if (staff.office().tier() != r.holder().tier()) {
      return refuse(r, RefusalReason.WRONG_TIER,
          "the request is at tier " + r.holder().tier() + ", the actor acts for tier " + staff.office().tier());
    }
    if (!staff.office().equals(r.holder())) {
      return refuse(r, RefusalReason.OUTSIDE_JURISDICTION,
          "the request is held by " + r.holder() + ", not " + staff.office());
    }
    return null;
  }

  private static Refused refuse(Request r, RefusalReason reason, String message) {
    return new Refused(r.id(), reason, message);
  }
}
