package org.grid.adapters.json.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.RequestCommand;

/**
 * A request scenario (诉求场景) read by {@link ScenarioJsonReader}: a start instant, the work calendar, the routing table
 * and a dated list of steps, each a command or a plain clock advance.
 *
 * @param description what the scenario shows, possibly empty
 * @param start the clock's start
 * @param calendar the work calendar used for every township
 * @param routes the routing table
 * @param steps the steps, in time order
 */
public record Scenario(
    String description, Instant start, WorkCalendar calendar, List<Route> routes, List<Step> steps) {

  /**
   * Checks the scenario.
   *
   * @throws NullPointerException if an argument is null
   */
  public Scenario {
    requireNonNull(description, "description");
    requireNonNull(start, "start");
    requireNonNull(calendar, "calendar");
    routes = List.copyOf(routes);
    steps = List.copyOf(steps);
  }

  /**
   * One step: move the clock to {@code at} (letting the sweep handle what fell due), then apply the command if
   * there is one.
   *
   * @param index the step's position, from 0
   * @param at when, not before the previous step
   * @param name the command's name in the file ({@code advance} for a clock advance)
   * @param expectedVersion the version named in the file, or null to use the request's current version
   * @param command builds the command from the expected version; null for a clock advance
   */
  public record Step(int index, Instant at, String name, Long expectedVersion, LongFunction<RequestCommand> command) {
    /**
     * Checks the step.
     *
     * @throws NullPointerException if {@code at} or {@code name} is null
     */
    public Step {
      requireNonNull(at, "at");
      requireNonNull(name, "name");
    }
  }
}
