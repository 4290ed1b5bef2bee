package org.grid.benchmarks.escalation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.adapters.inmemory.escalation.InMemoryRoutingTable;
import org.grid.adapters.inmemory.escalation.InMemoryWorkCalendars;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.threeten.extra.MutableClock;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.application.CommandValidator;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Form;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.out.RequestEventPublisher;

/**
 * Shared data of the benchmarks: one place, a plain Monday-to-Friday calendar, the default policy, and an engine
 * whose staff and place directories confirm the village leader and the place.
 */
final class Fixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final WorkCalendar CALENDAR =
      WorkCalendar.of(ZONE, LocalTime.of(17, 30), List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(),
          List.of());
  static final EscalationPolicy POLICY = EscalationPolicy.defaults();
  static final Place PLACE =
      new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"), VillageId.of("T01-V04"),
          GridId.of("T01-V04-N1"));
  static final PersonId CITIZEN = PersonId.of("citizen");
  static final Actor.Citizen REPORTER = Actor.citizen(CITIZEN);
  /** The village grid's leader, who accepts, suspends, resumes, resolves and gives feedback. */
  static final Actor.Staff VILLAGE =
      Actor.staff(PersonId.of("officer"), AuthorizationPolicy.LEADER, Office.of(Tier.VILLAGE_GRID, PLACE));
  static final PersonId HANDLER = PersonId.of("handler");
  static final Category LAND = Category.of("land");
  static final Form.Report REPORT =
      new Form.Report(CITIZEN, PLACE, LAND, "a wall blocks the ditch", Urgency.NORMAL, null, null);
  /** A Monday morning. */
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  private Fixture() {}

  static RuleContext ctx(Instant now) {
    return new RuleContext(now, CALENDAR, POLICY);
  }

  static Request reported(long n, Instant at) {
    return applied(Request.report(RequestId.of("R" + n), CommandId.of("r" + n), REPORTER, REPORT, ctx(at)));
  }

  static Request applied(CommandOutcome outcome) {
    return ((CommandOutcome.Applied) outcome).request();
  }

  static final RequestEventPublisher DISCARD = events -> { };

  static RequestService engine(InMemoryRequestRepository repository, MutableClock clock, Validator validator) {
    return engine(repository, clock, CommandValidator.<RequestCommand>jakarta(validator));
  }

  static RequestService engine(InMemoryRequestRepository repository, MutableClock clock,
      CommandValidator<? super RequestCommand> validator) {
    return new RequestService(
        repository,
        new InMemoryRoutingTable().put(PLACE.county(), LAND, DepartmentId.of("natural-resources")),
        InMemoryWorkCalendars.everywhere(CALENDAR),
        DISCARD,
        InMemoryUnitOfWork.create(),
        clock,
        POLICY,
        validator,
        BenchAuthorization.of(PLACE, VILLAGE));
  }

  static Validator hibernateValidator() {
    return Validation.buildDefaultValidatorFactory().getValidator();
  }
}
