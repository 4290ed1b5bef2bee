package org.grid.spring.boot.web;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.port.out.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Turns the caller of a request into the actor (经办人) of grid's commands and queries, and decides nothing else.
 * The person comes from the application's authentication through the {@link GridPersonResolver}; without a {@code
 * Grid-Office} header the person acts as a citizen (群众), with it as staff of that office, in the role the staff
 * directory lists them in there (or the one {@code Grid-Role} names when they hold several). Whether the actor may
 * see or do anything is the engine's to say: it confirms the appointment again and applies its rules.
 *
 * <p>The roles the directory lists a person in at an office are kept for {@link #ROLES_KEPT} after a read, so that a
 * caller's every request does not read the directory once more before the engine does: a role that ended in the
 * meantime names an actor the engine refuses ({@code NOT_APPOINTED}, {@code ROLE_NOT_CONFIRMED}), since it confirms
 * the appointment on every command and query; nothing is decided on the kept roles. Only a person found serving is
 * kept (someone appointed a moment ago is not refused for a while), and at most {@link #MAX_KEPT} of them.
 */
final class GridCallers {

  /** How long the roles read for a person at an office are used before they are read again. */
  static final Duration ROLES_KEPT = Duration.ofSeconds(10);
  /** How many person-office pairs are kept at most; past it all are dropped and read again. */
  static final int MAX_KEPT = 10_000;

  /** The roles of a person at an office, read at some instant, used until {@code until}. */
  private record Kept(TreeSet<String> roles, Instant until) {}

  private record Serving(PersonId person, Office office) {}

  private final ConcurrentHashMap<Serving, Kept> kept = new ConcurrentHashMap<>();

  /** The header naming the office the caller acts for ({@link OfficeText}). */
  static final String OFFICE_HEADER = "Grid-Office";
  /** The header naming the role, when the caller serves the office in several. */
  static final String ROLE_HEADER = "Grid-Role";

  private final GridPersonResolver persons;
  private final StaffDirectory staff;
  private final Clock clock;

  GridCallers(GridPersonResolver persons, StaffDirectory staff, Clock clock) {
    this.persons = requireNonNull(persons, "persons");
    this.staff = requireNonNull(staff, "staff");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Returns the actor of the current call.
   *
   * @throws ApiProblem 401 when nobody is authenticated, 403 when the caller is no grid person or the directory
   *     does not list them at the office, 400 for a bad header
   */
  Actor actor(HttpServletRequest http) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication is required",
          "grid's API needs an authenticated caller");
    }
    PersonId person = persons.person(authentication).orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN,
        "not-a-person", "The caller is no grid person", "the authenticated caller is no person of grid"));
    String officeText = http.getHeader(OFFICE_HEADER);
    String role = http.getHeader(ROLE_HEADER);
    if (officeText == null) {
      if (role != null) {
        throw ApiProblem.badInput("header " + ROLE_HEADER, "needs the header " + OFFICE_HEADER);
      }
      return Actor.citizen(person);
    }
    Office office = OfficeText.parse(officeText, "header " + OFFICE_HEADER);
    if (role != null) {
      return Params.required(role, "header " + ROLE_HEADER, r -> Actor.staff(person, r, office));
    }
    TreeSet<String> roles = roles(person, office);
    if (roles.isEmpty()) {
      // The engine's own refusal, with its code: without an appointment there is no role to act in.
      throw new ApiProblem(HttpStatus.FORBIDDEN, "refused", "Refused by grid's authorization",
          "the staff directory does not list " + person + " at " + office + " now")
          .with("reason", RefusalReason.NOT_APPOINTED.name());
    }
    if (roles.size() > 1) {
      throw ApiProblem.badInput("header " + ROLE_HEADER,
          "is required: the caller serves " + office + " in several roles " + roles);
    }
    return Actor.staff(person, roles.first(), office);
  }

  /** The roles the directory lists the person in at the office now, or as read less than {@link #ROLES_KEPT} ago. */
  private TreeSet<String> roles(PersonId person, Office office) {
    Instant now = clock.instant();
    Serving key = new Serving(person, office);
    Kept known = kept.get(key);
    if (known != null && now.isBefore(known.until()) && !now.isBefore(known.until().minus(ROLES_KEPT))) {
      return known.roles();
    }
    List<Appointment> appointments = staff.appointmentsAt(person, office, now);
    TreeSet<String> roles = new TreeSet<>();
    appointments.forEach(a -> roles.add(a.role()));
    if (roles.isEmpty()) {
      kept.remove(key);
    } else {
      if (kept.size() >= MAX_KEPT) {
        kept.clear();
      }
      kept.put(key, new Kept(roles, now.plus(ROLES_KEPT)));
    }
    return roles;
  }
}
