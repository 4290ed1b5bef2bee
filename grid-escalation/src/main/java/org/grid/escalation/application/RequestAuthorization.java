package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.CommandOutcome.Refused;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestAction;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.StaffCommand;
import org.grid.escalation.model.Visibility;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;

/**
 * The trust boundary of the request engine (授权检查): who may give a command, where. The embedder authenticates the
 * person (grid trusts that the person id is who is calling); grid checks everything else:
 *
 * <ol>
 *   <li>a staff actor serves the office they name at the instant of the command, in the role they name ({@link
 *       StaffDirectory}), and the {@link AuthorizationPolicy} lets that role give the command;
 *   <li>the request is one the actor may act on ({@link Visibility}): the actor's office answers for its place (a
 *       department, for its county), or the citizen reported it; otherwise the answer is {@link
 *       RefusalReason#NOT_FOUND}, the same as for an unknown id. The request queries list and read by the same rule;
 *       a staff viewer is confirmed by the directory as for a command ({@code checkViewer});
 *   <li>staff do not handle a request they reported or filed, unless the policy allows it;
 *   <li>a report's place is in its township's current plan ({@link PlaceDirectory}).
 * </ol>
 *
 * <p>All of this comes before a command id is recognised as a retry, so that replaying someone else's command id
 * learns nothing. The system actor (the sweep) is trusted.
 */
public final class RequestAuthorization {

  private final StaffDirectory staff;
  private final PlaceDirectory places;
  private final AuthorizationPolicy policy;

  /**
   * Creates the checks.
   *
   * @param staff the staff directory, not null
   * @param places the place directory, not null
   * @param policy the permission table and own-report rule, not null
   * @throws NullPointerException if an argument is null
   */
  public RequestAuthorization(StaffDirectory staff, PlaceDirectory places, AuthorizationPolicy policy) {
    this.staff = requireNonNull(staff, "staff");
    this.places = requireNonNull(places, "places");
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Checks who the actor is, before any request is read: a staff actor must be confirmed by the directory in their
   * role, and the role must be allowed the command; a staff member cannot give a citizen's command (rate, withdraw).
   *
   * @param command the command, valid
   * @param now the instant of the command
   * @return null when the actor passes; else the refusal
   */
  Refused checkActor(RequestCommand command, Instant now) {
    if (!(command.actor() instanceof Actor.Staff s)) {
      return null;
    }
    RequestId id = command.requestId();
    List<Appointment> appointments = staff.appointmentsAt(s.person(), s.office(), now);
    if (appointments.isEmpty()) {
      return new Refused(id, RefusalReason.NOT_APPOINTED,
          "the staff directory does not list " + s.person() + " at " + s.office() + " now");
    }
    if (!hasRole(appointments, s.role())) {
      return new Refused(id, RefusalReason.ROLE_NOT_CONFIRMED,
          s.person() + " does not serve " + s.office() + " as " + Masking.text(s.role()));
    }
    StaffCommand kind = kindOf(command);
    if (kind == null || !policy.permits(s.role(), kind)) {
      return new Refused(id, RefusalReason.NOT_PERMITTED,
          "the role " + s.role() + " may not " + (kind == null ? "give a citizen's command" : kind));
    }
    return null;
  }

  private static boolean hasRole(List<Appointment> appointments, String role) {
    for (Appointment a : appointments) {
      if (a.role().equals(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the actor may see the request at all: staff whose office answers for its place, the citizen who
   * reported it, or the system.
   *
   * @param actor the actor
   * @param request the request
   * @return true when the actor may act on it (the request's own rules still apply)
   */
  boolean maySee(Actor actor, Request request) {
    return Visibility.of(actor).includes(request);
  }

  /**
   * Checks a viewer of requests (a query, not a command): a staff viewer must be confirmed by the directory at the
   * office they name, in the role they name, as for a command; citizens and the system pass. What the viewer then
   * sees is {@link Visibility#of}, the rule of {@link #maySee}.
   *
   * @param viewer the viewer, not null
   * @param now the instant of the query, not null
   * @return null when the viewer passes; else the reason and a message
   */
  QueryOutcome.Refused<Void> checkViewer(Actor viewer, Instant now) {
    if (!(viewer instanceof Actor.Staff s)) {
      return null;
    }
    List<Appointment> appointments = staff.appointmentsAt(s.person(), s.office(), now);
    if (appointments.isEmpty()) {
      return new QueryOutcome.Refused<>(RefusalReason.NOT_APPOINTED,
          "the staff directory does not list " + s.person() + " at " + s.office() + " now");
    }
    if (!hasRole(appointments, s.role())) {
      return new QueryOutcome.Refused<>(RefusalReason.ROLE_NOT_CONFIRMED,
          s.person() + " does not serve " + s.office() + " as " + Masking.text(s.role()));
    }
    return null;
  }

  /**
   * Checks an actor who works on a township's service teams, pairing and duty compliance (团队、结对、履职): staff of
   * the township's grid office (乡网格办) or of its county's grid office (县网格办), confirmed by the staff directory at
   * that office now in the role they name, as for a command. Citizens, the system and the offices of the other tiers
   * (grids, districts, departments) are refused as {@link RefusalReason#WRONG_TIER}; a township or county office
   * that does not answer for the township is refused as {@link RefusalReason#NOT_FOUND}, as an unknown township is,
   * so that no office learns which townships another one has.
   *
   * @param actor the actor, not null
   * @param township the township, not null
   * @param county the township's county, or empty when no such township is stored
   * @param now the instant of the call, not null
   * @return empty when the actor may; else the refusal
   * @throws NullPointerException if an argument is null
   */
  public Optional<QueryOutcome.Refused<Void>> checkTownshipOffice(Actor actor, TownshipId township,
      Optional<CountyId> county, Instant now) {
    requireNonNull(actor, "actor");
    requireNonNull(county, "county");
    requireNonNull(township, "township");
    requireNonNull(now, "now");
    if (!(actor instanceof Actor.Staff s)
        || (s.office().tier() != Tier.TOWNSHIP_OFFICE && s.office().tier() != Tier.COUNTY_OFFICE)) {
      return Optional.of(new QueryOutcome.Refused<>(RefusalReason.WRONG_TIER,
          "only the township's or the county's grid office works on a township's teams, pairing and duties"));
    }
    QueryOutcome.Refused<Void> unconfirmed = checkViewer(actor, now);
    if (unconfirmed != null) {
      return Optional.of(unconfirmed);
    }
    Office office = s.office();
    boolean covers = county.isPresent() && office.county().equals(county.get())
        && (office.tier() == Tier.COUNTY_OFFICE || office.unit().equals(township.value()));
    if (!covers) {
      return Optional.of(new QueryOutcome.Refused<>(RefusalReason.NOT_FOUND,
          "no township " + township + " that " + office + " answers for"));
    }
    return Optional.empty();
  }

  /**
   * Checks an actor who assesses a county (考核): staff of the county's grid office (县网格办), confirmed by the staff
   * directory there now in the role they name. Citizens, the system and the offices of the other tiers are refused
   * as {@link RefusalReason#WRONG_TIER}; another county's office as {@link RefusalReason#NOT_FOUND}, as an unknown
   * county is.
   *
   * @param actor the actor, not null
   * @param county the county, not null
   * @param now the instant of the call, not null
   * @return empty when the actor may; else the refusal
   * @throws NullPointerException if an argument is null
   */
  public Optional<QueryOutcome.Refused<Void>> checkCountyOffice(Actor actor, CountyId county, Instant now) {
    requireNonNull(actor, "actor");
    requireNonNull(county, "county");
    requireNonNull(now, "now");
    if (!(actor instanceof Actor.Staff s) || s.office().tier() != Tier.COUNTY_OFFICE) {
      return Optional.of(new QueryOutcome.Refused<>(RefusalReason.WRONG_TIER,
          "only the county's grid office assesses the county"));
    }
    QueryOutcome.Refused<Void> unconfirmed = checkViewer(actor, now);
    if (unconfirmed != null) {
      return Optional.of(unconfirmed);
    }
    if (!s.office().county().equals(county)) {
      return Optional.of(new QueryOutcome.Refused<>(RefusalReason.NOT_FOUND,
          "no county " + county + " that " + s.office() + " answers for"));
    }
    return Optional.empty();
  }

  /**
   * Tells whether the permission table lets an actor give an action, as {@link #checkActor} decides for its command
   * once the directory confirmed the actor: staff need the action's permission in their role (a citizen's action is
   * never a staff member's); a citizen passes here (the request's rule then checks the reporter); the system gives
   * no action.
   *
   * @param actor the actor, not null
   * @param action the action, not null
   * @return true when the table allows it
   */
  boolean permits(Actor actor, RequestAction action) {
    if (actor instanceof Actor.Staff s) {
      return action.staffCommand() != null && policy.permits(s.role(), action.staffCommand());
    }
    return actor instanceof Actor.Citizen;
  }

  /**
   * Checks the own-report rule: staff may not handle a request whose reporter they are or which they filed.
   *
   * @param actor the actor
   * @param request the request
   * @return null when allowed; else the refusal
   */
  Refused checkOwnReport(Actor actor, Request request) {
    if (policy.staffMayHandleOwnReport() || !(actor instanceof Actor.Staff s)) {
      return null;
    }
    PersonId person = s.person();
    HistoryEntry reported = request.history().get(0);
    boolean filed = reported.actor() instanceof Actor.Staff filer && filer.person().equals(person);
    if (person.equals(request.report().reporter()) || filed) {
      return new Refused(request.id(), RefusalReason.OWN_REPORT,
          "staff may not handle a request they reported or filed");
    }
    return null;
  }

  /**
   * Checks that a report's place is in its township's current plan.
   *
   * @param id the request id
   * @param place the place
   * @return null when it is; else the refusal
   */
  Refused checkPlace(RequestId id, Place place) {
    if (places.contains(place)) {
      return null;
    }
    return new Refused(id, RefusalReason.UNKNOWN_PLACE,
        "grid " + place.grid() + " of village " + place.village() + ", district " + place.district()
            + ", township " + place.township() + ", county " + place.county()
            + " is not in the township's current plan");
  }

  /**
   * Returns the permission a command needs, as the permission table names it.
   *
   * @param command the command, not null
   * @return the staff command, or null for a citizen's command (rate, withdraw)
   * @throws NullPointerException if {@code command} is null
   */
  public static StaffCommand kindOf(RequestCommand command) {
    requireNonNull(command, "command");
    if (command instanceof RequestCommand.Report) {
      return StaffCommand.REPORT;
    } else if (command instanceof RequestCommand.Accept) {
      return StaffCommand.ACCEPT;
    } else if (command instanceof RequestCommand.Route) {
      return StaffCommand.ROUTE;
    } else if (command instanceof RequestCommand.Escalate) {
      return StaffCommand.ESCALATE;
    } else if (command instanceof RequestCommand.Return) {
      return StaffCommand.RETURN;
    } else if (command instanceof RequestCommand.Suspend) {
      return StaffCommand.SUSPEND;
    } else if (command instanceof RequestCommand.Resume) {
      return StaffCommand.RESUME;
    } else if (command instanceof RequestCommand.Resolve) {
      return StaffCommand.RESOLVE;
    } else if (command instanceof RequestCommand.Feedback) {
      return StaffCommand.FEEDBACK;
    } else if (command instanceof RequestCommand.OnSite) {
      return StaffCommand.ON_SITE;
    } else if (command instanceof RequestCommand.Recategorize) {
      return StaffCommand.RECATEGORIZE;
    } else if (command instanceof RequestCommand.CloseAsDuplicate) {
      return StaffCommand.CLOSE_AS_DUPLICATE;
    }
    return null;
  }
}
