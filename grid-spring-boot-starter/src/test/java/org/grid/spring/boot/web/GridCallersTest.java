package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;
import org.grid.escalation.port.out.StaffDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.threeten.extra.MutableClock;

/**
 * The caller's role at an office: read from the staff directory, kept for a few seconds so that a person's every
 * request does not read it again before the engine does, never kept when the directory lists no role.
 */
class GridCallersTest {

  private static final PersonId CLERK = PersonId.of("clerk-1");
  private static final Office COUNTY = Office.county(CountyId.of("C1"));
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  private final MutableClock clock = MutableClock.of(START, ZoneOffset.UTC);
  private final List<Appointment> appointments = new ArrayList<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final StaffDirectory directory = new StaffDirectory() {
    @Override
    public void save(Appointment appointment) {
      appointments.add(appointment);
    }

    @Override
    public List<Appointment> appointmentsAt(PersonId person, Office office, Instant at) {
      reads.incrementAndGet();
      return appointments.stream().filter(a -> a.person().equals(person) && a.office().equals(office)
          && !a.from().isAfter(at) && (a.until() == null || a.until().isAfter(at))).toList();
    }

    @Override
    public List<Appointment> servingAt(Office office, Instant at) {
      throw new UnsupportedOperationException();
    }
  };
  private final GridCallers callers = new GridCallers(GridPersonResolver.authenticationName(), directory, clock);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private Actor call() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        CLERK.value(), null, AuthorityUtils.NO_AUTHORITIES));
    MockHttpServletRequest http = new MockHttpServletRequest("POST", "/grid/api/requests");
    http.addHeader(GridCallers.OFFICE_HEADER, OfficeText.format(COUNTY));
    return callers.actor(http);
  }

  @Test
  void keepsTheRolesReadForAFewSecondsThenReadsThemAgain() {
    directory.save(new Appointment(CLERK, COUNTY, "county-office-staff", START.minusSeconds(60), null));

    assertThat(call()).isEqualTo(Actor.staff(CLERK, "county-office-staff", COUNTY));
    assertThat(call()).isEqualTo(Actor.staff(CLERK, "county-office-staff", COUNTY));
    clock.add(GridCallers.ROLES_KEPT.minusMillis(1));
    call();
    assertThat(reads).as("one read in the first ten seconds").hasValue(1);

    // The role ends: within the seconds kept the actor still names it (and the engine, confirming the appointment,
    // refuses it); after them the directory is read again and the caller refused here.
    appointments.clear();
    directory.save(new Appointment(CLERK, COUNTY, "county-office-staff", START.minusSeconds(60), START));
    clock.add(Duration.ofMillis(1));
    assertThatThrownBy(this::call).isInstanceOf(ApiProblem.class);
    assertThat(reads).hasValue(2);
  }

  @Test
  void neverKeepsAnEmptyAnswerNorAnswersFromTheFutureOfABackwardClock() {
    assertThatThrownBy(this::call).isInstanceOf(ApiProblem.class);
    directory.save(new Appointment(CLERK, COUNTY, "county-office-staff", START.minusSeconds(60), null));
    assertThat(call()).isEqualTo(Actor.staff(CLERK, "county-office-staff", COUNTY));
    assertThat(reads).as("a person appointed a moment ago is read at once").hasValue(2);

    clock.setInstant(START.minusSeconds(1));
    call();
    assertThat(reads).as("a clock set back reads again").hasValue(3);
  }
}
