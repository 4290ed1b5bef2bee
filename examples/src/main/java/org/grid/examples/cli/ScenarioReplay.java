package org.grid.examples.cli;

import org.grid.core.model.privacy.Purpose;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grid.adapters.inmemory.escalation.InMemoryPlaceDirectory;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.adapters.inmemory.escalation.InMemoryRoutingTable;
import org.grid.adapters.inmemory.escalation.InMemoryStaffDirectory;
import org.grid.adapters.inmemory.escalation.InMemoryWorkCalendars;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.threeten.extra.MutableClock;
import org.grid.adapters.inmemory.escalation.RecordingRequestEventPublisher;
import org.grid.adapters.json.escalation.ReplayLine;
import org.grid.adapters.json.escalation.RequestJsonWriter;
import org.grid.adapters.json.escalation.Scenario;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;

/**
 * Replays a scenario on the request engine over in-memory adapters: before each step the clock moves to the
 * step's time and the deadline sweep runs (as a county system runs it continuously), then the step's command is
 * applied. A command without an expected version uses the request's current version. The engine authorizes every
 * command through the scenario's staff directory, places and permission table, as an embedding county system's
 * engine does; a refusal prints its reason's code ({@code NOT_APPOINTED}, {@code UNKNOWN_PLACE}, …).
 */
final class ScenarioReplay {

  private ScenarioReplay() {}

  /**
   * What a replay made.
   *
   * @param requests the requests a command changed, in the order first changed, as they ended
   * @param log every step's outcome, and what the sweep did before a step
   * @param zone the zone of the scenario's calendar, in which the output shows times
   */
  record Replayed(List<Request> requests, List<ReplayLine> log, ZoneId zone) {}

  /**
   * Replays a scenario and returns its output.
   *
   * @param scenario the scenario
   * @param clearText why the free text is printed in clear, or null to mask it
   * @return the replay output as JSON: the steps with their outcomes, and every request's final state and history
   */
  static String run(Scenario scenario, Purpose clearText) {
    Replayed replayed = replay(scenario);
    return RequestJsonWriter.replayReport(replayed.requests(), replayed.log(), replayed.zone(), clearText);
  }

  /**
   * Replays a scenario.
   *
   * @param scenario the scenario
   * @return the requests and the log
   */
  static Replayed replay(Scenario scenario) {
    MutableClock clock = MutableClock.of(scenario.start(), scenario.calendar().zone());
    InMemoryRequestRepository repository = new InMemoryRequestRepository();
    InMemoryRoutingTable routing = new InMemoryRoutingTable();
    scenario.routes().forEach(r -> routing.put(r.county(), r.category(), r.department()));
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      RequestService engine =
          new RequestService(
              repository, routing, InMemoryWorkCalendars.everywhere(scenario.calendar()),
              new RecordingRequestEventPublisher(), InMemoryUnitOfWork.create(), clock, EscalationPolicy.defaults(),
              validation.getValidator(), authorization(scenario));
      List<ReplayLine> log = new ArrayList<>();
      Set<RequestId> seen = new LinkedHashSet<>();
      for (Scenario.Step step : scenario.steps()) {
        clock.setInstant(step.at());
        SweepResult swept = engine.processDue(step.at());
        if (swept.changed() > 0) {
          String what =
              swept.events().stream()
                  .map(e -> e.requestId() + " " + e.getClass().getSimpleName())
                  .collect(Collectors.joining(", "));
          log.add(new ReplayLine(step.index(), step.at(), "sweep", null, "SWEPT", what));
        }
        if (step.command() == null) {
          continue;
        }
        long current = 0;
        RequestCommand probe = step.command().apply(0);
        RequestId id = probe.requestId();
        if (step.expectedVersion() != null) {
          current = step.expectedVersion();
        } else if (id != null) {
          current = repository.findById(id).map(Request::version).orElse(0L);
        }
        RequestCommand command = step.command().apply(current);
        String outcome;
        String detail = "";
        try {
          CommandOutcome result = engine.handle(command);
          if (result instanceof CommandOutcome.Applied) {
            outcome = "APPLIED";
            seen.add(id);
          } else if (result instanceof CommandOutcome.Refused refused) {
            outcome = "REFUSED";
            detail = refused.reason() + ": " + refused.message();
          } else if (result instanceof CommandOutcome.Duplicate) {
            outcome = "DUPLICATE";
            detail = "command " + command.commandId() + " was applied before";
          } else {
            CommandOutcome.StaleVersion stale = (CommandOutcome.StaleVersion) result;
            outcome = "STALE_VERSION";
            detail = "expected version " + stale.expected() + ", request is at " + stale.actual();
          }
        } catch (IllegalArgumentException e) {
          outcome = "INVALID";
          detail = e.getMessage();
        }
        log.add(new ReplayLine(step.index(), step.at(), step.name(), id == null ? null : id.value(), outcome,
            detail));
      }
      List<Request> requests = seen.stream().map(id -> repository.findById(id).orElseThrow()).toList();
      return new Replayed(requests, List.copyOf(log), scenario.calendar().zone());
    }
  }

  /**
   * Returns the trust boundary the scenario names: its staff in an in-memory staff directory, its places in an
   * in-memory place directory (each township adopting the plan made from its places), and its permission table.
   */
  static RequestAuthorization authorization(Scenario scenario) {
    InMemoryStaffDirectory staff = new InMemoryStaffDirectory().saveAll(scenario.staff());
    InMemoryPlaceDirectory places = new InMemoryPlaceDirectory();
    for (Scenario.TownshipPlan adopted : scenario.townshipPlans()) {
      places.adopt(adopted.township(), adopted.plan());
    }
    return new RequestAuthorization(staff, places, scenario.authorization());
  }
}
