package org.grid.spring.boot.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.grid.core.model.privacy.Masking;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestAction;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;

/**
 * The JSON of requests (诉求) in the REST API: the bodies of the report and the commands, and the views of a request
 * and of a page of requests. docs/rest-api.md shows each. Free text (description, reasons, results) is written
 * masked ({@link Masking#text}: national ID and phone numbers), as grid prints it everywhere; the list items carry
 * no free text at all.
 */
final class RequestJson {

  private RequestJson() {}

  /** A place: the grid and its jurisdictions. */
  record PlaceJson(String county, String township, String district, String village, String grid)
      implements GridJson {
    static PlaceJson of(Place p) {
      return new PlaceJson(p.county().value(), p.township().value(), p.district().value(), p.village().value(),
          p.grid().value());
    }
  }

  /** The body of a report (申报). */
  record ReportBody(String requestId, String reporter, PlaceJson place, String category, String description,
      Urgency urgency, MustAttendType mustAttend, String complaintAgainst) implements GridJson {}

  /** The body of an accept (受理、交办). */
  record AcceptBody(String assignee) implements GridJson {}

  /** The body of a route (分拨); {@code department} null to use the routing table. */
  record RouteBody(String department) implements GridJson {}

  /** The body of an escalate, return, suspend or withdraw: why. */
  record ReasonBody(String reason) implements GridJson {}

  /** The body of a resolve (办结). */
  record ResolveBody(String summary) implements GridJson {}

  /** The body of a feedback (反馈). */
  record FeedbackBody(String result) implements GridJson {}

  /** The body of a rating (评价). */
  record RateBody(Rating rating) implements GridJson {}

  /** The body of a recategorization (改类). */
  record RecategorizeBody(String category, String reason) implements GridJson {}

  /** The body of a close as duplicate (重复件). */
  record CloseAsDuplicateBody(String original, String reason) implements GridJson {}

  /**
   * The actions as the REST API names their paths ({@code POST /requests/{id}/<action>}): {@code accept}, {@code
   * on-site}, {@code close-as-duplicate}, ...
   */
  static List<String> actions(Set<RequestAction> actions) {
    return actions == null ? null : actions.stream().map(RequestJson::path).toList();
  }

  /** The path of an action: its name in lower case, words joined by hyphens. */
  static String path(RequestAction action) {
    return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** A request in a list: no free text; the actions the engine would apply now for the caller. */
  record RequestSummary(String id, long version, RequestState state, Tier tier, String holder, String category,
      Urgency urgency, MustAttendType mustAttend, PlaceJson place, String reporter, Instant reportedAt,
      Instant nextDeadline, List<String> allowedActions) implements GridJson {
    static RequestSummary of(Request r, Set<RequestAction> allowed) {
      return new RequestSummary(r.id().value(), r.version(), r.state(), r.tier(), OfficeText.format(r.holder()),
          r.category().code(), r.report().urgency(), r.report().mustAttend(), PlaceJson.of(r.report().place()),
          r.report().reporter().value(), r.reportedAt(), r.nextDeadlineOrNull(), actions(allowed));
    }
  }

  /** A page of requests, newest first, and the cursor of the next page (null on the last). */
  record RequestList(List<RequestSummary> requests, String next) implements GridJson {}

  /** Who made a transition: {@code kind} STAFF (person, role, office), CITIZEN (person) or SYSTEM (name). */
  record ActorJson(String kind, String person, String role, String office, String name) implements GridJson {
    static ActorJson of(Actor actor) {
      if (actor instanceof Actor.Staff s) {
        return new ActorJson("STAFF", s.person().value(), s.role(), OfficeText.format(s.office()), null);
      }
      if (actor instanceof Actor.Citizen c) {
        return new ActorJson("CITIZEN", c.person().value(), null, null, null);
      }
      return new ActorJson("SYSTEM", null, null, null, ((Actor.SystemActor) actor).name());
    }
  }

  /**
   * A form (四单) issued with a transition: {@code kind} REPORT (the request's own report fields), ASSIGNMENT
   * (office, assignee, dueBy), REMINDER (office, missed, missedDeadline, graceUntil) or FEEDBACK (result, rating).
   */
  record FormJson(String kind, String office, String assignee, Instant dueBy, DeadlineKind missed,
      Instant missedDeadline, Instant graceUntil, String result, Rating rating) implements GridJson {
    static FormJson of(Form form) {
      if (form == null) {
        return null;
      }
      if (form instanceof Form.Assignment a) {
        return new FormJson("ASSIGNMENT", OfficeText.format(a.office()), a.assignee().value(), a.dueBy(), null, null,
            null, null, null);
      }
      if (form instanceof Form.Reminder r) {
        return new FormJson("REMINDER", OfficeText.format(r.office()), null, null, r.missed(), r.missedDeadline(),
            r.graceUntil(), null, null);
      }
      if (form instanceof Form.Feedback f) {
        return new FormJson("FEEDBACK", null, null, null, null, null, null, Masking.text(f.result()), f.rating());
      }
      return new FormJson("REPORT", null, null, null, null, null, null, null, null);
    }
  }

  /** One history entry (办理过程). */
  record HistoryJson(Instant at, ActorJson actor, TransitionKind kind, RequestState state, String holder,
      String reason, String chargedTo, String category, String duplicateOf, FormJson form) implements GridJson {
    static HistoryJson of(HistoryEntry h) {
      return new HistoryJson(h.at(), ActorJson.of(h.actor()), h.kind(), h.state(), OfficeText.format(h.holder()),
          h.reason() == null ? null : Masking.text(h.reason()), OfficeText.format(h.chargedTo()),
          h.category() == null ? null : h.category().code(),
          h.duplicateOf() == null ? null : h.duplicateOf().value(), FormJson.of(h.form()));
    }
  }

  /** One request with its report, forms and history (its version is also the response's ETag). */
  record RequestDetail(String id, long version, RequestState state, Tier tier, String holder, String assignee,
      String category, String reportedCategory, Urgency urgency, MustAttendType mustAttend, PlaceJson place,
      String reporter, String description, String complaintAgainst, Instant reportedAt, Instant nextDeadline,
      DeadlineKind stepKind, Instant stepDeadline, Instant onSiteDeadline, int suspendedDays, String result,
      String duplicateOf, Rating finalRating, List<String> returnedBy, List<HistoryJson> history,
      List<String> allowedActions) implements GridJson {
    /** The view of a request; {@code allowed} null where the answer does not carry them (a command's). */
    static RequestDetail of(Request r, Set<RequestAction> allowed) {
      List<HistoryJson> history = new ArrayList<>(r.history().size());
      r.history().forEach(h -> history.add(HistoryJson.of(h)));
      List<String> returned = r.returnedBy().stream().map(DepartmentId::value).sorted().toList();
      return new RequestDetail(r.id().value(), r.version(), r.state(), r.tier(), OfficeText.format(r.holder()),
          r.assignee().map(p -> p.value()).orElse(null), r.category().code(), r.report().category().code(),
          r.report().urgency(), r.report().mustAttend(), PlaceJson.of(r.report().place()),
          r.report().reporter().value(), Masking.text(r.report().description()),
          OfficeText.format(r.report().complaintAgainst()), r.reportedAt(), r.nextDeadlineOrNull(),
          r.stepKind().orElse(null), r.stepDeadline().orElse(null), r.onSiteDeadline().orElse(null),
          r.suspendedDays(), r.result().map(Masking::text).orElse(null),
          r.duplicateOf().map(id -> id.value()).orElse(null), r.finalRating().orElse(null), returned, history,
          actions(allowed));
    }
  }
}
