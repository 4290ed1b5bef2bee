package org.grid.adapters.jdbc.escalation;

import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.TOWNSHIP;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.testkit.escalation.EscalationSamples;

/** The request engine wired to the JDBC adapters in one unit of work, for the tests of this package. */
final class Engines {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private Engines() {}

  /** An engine and the unit of work its adapters share. */
  record Node(JdbcUnitOfWork unitOfWork, RequestService engine, JdbcRequestRepository repository) {}

  /**
   * Stores the sample calendar for T01, the land route, the sample appointments and the sample plan's places, as
   * every engine test needs (the engine authorizes every command through the staff and place directories).
   */
  static void seed(DataSource dataSource) {
    new JdbcWorkCalendars(dataSource).put(TOWNSHIP, CALENDAR);
    new JdbcRoutingTable(dataSource).put(COUNTY, LAND_CATEGORY, LAND);
    JdbcStaffDirectory staff = new JdbcStaffDirectory(dataSource);
    EscalationSamples.appointments().forEach(staff::save);
    new JdbcPlaceDirectory(dataSource).adopt(EscalationSamples.township(), EscalationSamples.plan());
  }

  /** Returns the authorization of an engine over the directories of a unit of work, with the sample policy. */
  static RequestAuthorization authorization(JdbcUnitOfWork unitOfWork) {
    return new RequestAuthorization(new JdbcStaffDirectory(unitOfWork), new JdbcPlaceDirectory(unitOfWork),
        EscalationSamples.AUTHORIZATION);
  }

  /** Returns an engine whose every port (calendars, routing and the directories too) is on the data source. */
  static Node node(DataSource dataSource, Clock clock) {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
    JdbcRequestRepository repository = new JdbcRequestRepository(unitOfWork);
    RequestService engine = new RequestService(repository, new JdbcRoutingTable(unitOfWork),
        new JdbcWorkCalendars(unitOfWork), new JdbcRequestEventPublisher(unitOfWork), unitOfWork, clock, POLICY,
        VALIDATOR, authorization(unitOfWork));
    return new Node(unitOfWork, engine, repository);
  }

  /** The five commands of a full lifecycle of request {@code id}: report, accept, resolve, feedback, rate. */
  static List<RequestCommand> lifecycle(String id, Place place) {
    RequestId request = RequestId.of(id);
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, place);
    return List.of(
        new RequestCommand.Report(CommandId.of(id + "-report"), request, Actor.citizen(CITIZEN), CITIZEN, place,
            LAND_CATEGORY, "the fence of plot 7 was moved", Urgency.NORMAL, null, null),
        new RequestCommand.Accept(CommandId.of(id + "-accept"), request, 1, village, PersonId.of("handler-1")),
        new RequestCommand.Resolve(CommandId.of(id + "-resolve"), request, 2, village, "fence moved back"),
        new RequestCommand.Feedback(CommandId.of(id + "-feedback"), request, 3, village, "told the household"),
        new RequestCommand.Rate(CommandId.of(id + "-rate"), request, 4, Actor.citizen(CITIZEN), Rating.SATISFIED));
  }
}
