package org.grid.adapters.json.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.in.RequestCommand;

/**
 * A request scenario (诉求场景) read by {@link ScenarioJsonReader}: a start instant, the work calendar, the routing table,
 * the staff directory, the places the townships' plans know, the permission table, and a dated list of steps, each
 * a command or a plain clock advance.
 *
 * @param description what the scenario shows, possibly empty
 * @param start the clock's start
 * @param calendar the work calendar used for every township
 * @param routes the routing table
 * @param steps the steps, in time order
 * @param staff the staff directory's appointments, possibly empty (then every staff command is refused)
 * @param places the places of the townships' current plans, possibly empty (then every report is refused); no
 *     grid of a township listed twice
 * @param authorization the permission table and own-report rule
 */
public record Scenario(
    String description, Instant start, WorkCalendar calendar, List<Route> routes, List<Step> steps,
    List<Appointment> staff, List<Place> places, AuthorizationPolicy authorization) {

  /**
   * Checks the scenario.
   *
   * @param description what the scenario shows, possibly empty
   * @param start the clock's start
   * @param calendar the work calendar used for every township
   * @param routes the routing table
   * @param steps the steps, in time order
   * @param staff the staff directory's appointments, possibly empty (then every staff command is refused)
   * @param places the places of the townships' current plans, possibly empty (then every report is refused); no
   *     grid of a township listed twice
   * @param authorization the permission table and own-report rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a grid of a township is listed twice among the places
   */
  public Scenario {
    requireNonNull(description, "description");
    requireNonNull(start, "start");
    requireNonNull(calendar, "calendar");
    requireNonNull(authorization, "authorization");
    routes = List.copyOf(routes);
    steps = List.copyOf(steps);
    staff = List.copyOf(staff);
    places = List.copyOf(places);
    townshipPlans(places);
  }

  /**
   * Returns a scenario without staff or places, under {@link AuthorizationPolicy#defaults()}: only citizens' commands
   * on requests already known could pass, so this is for reading steps, not for a replay.
   *
   * @param description what the scenario shows, possibly empty
   * @param start the clock's start
   * @param calendar the work calendar used for every township
   * @param routes the routing table
   * @param steps the steps, in time order
   */
  public Scenario(String description, Instant start, WorkCalendar calendar, List<Route> routes, List<Step> steps) {
    this(description, start, calendar, routes, steps, List.of(), List.of(), AuthorizationPolicy.defaults());
  }

  /**
   * Returns the townships and plans that hold exactly the scenario's places, for a place directory ({@code
   * PlaceDirectory.adopt}): one township per county and township id, one village per village id, one unit and one
   * grid per grid (units numbered {@code U1}, {@code U2}, … in order and named after their grid, one household
   * each), the grids grouped
   * into districts as the places say, under {@link PartitionPolicy#defaults()}. They stand for the county's real
   * townships only as far as the replay needs: which places exist.
   *
   * @return one township with its plan per county and township of the places, in the order of first mention
   */
  public List<TownshipPlan> townshipPlans() {
    return townshipPlans(places);
  }

  private static List<TownshipPlan> townshipPlans(List<Place> places) {
    Map<List<Object>, List<Place>> byTownship = new LinkedHashMap<>();
    for (Place place : places) {
      byTownship.computeIfAbsent(List.of(place.county(), place.township()), k -> new ArrayList<>()).add(place);
    }
    List<TownshipPlan> plans = new ArrayList<>();
    for (List<Place> listed : byTownship.values()) {
      CountyId county = listed.get(0).county();
      TownshipId id = listed.get(0).township();
      Map<VillageId, List<Unit>> villages = new LinkedHashMap<>();
      Map<DistrictId, List<GridId>> districts = new LinkedHashMap<>();
      Map<GridId, Place> grids = new LinkedHashMap<>();
      List<Grid> planned = new ArrayList<>();
      for (Place place : listed) {
        Place earlier = grids.putIfAbsent(place.grid(), place);
        if (earlier != null) {
          throw new IllegalArgumentException("places: grid " + place.grid() + " of township " + id + " of county "
              + county + " is listed twice");
        }
        UnitId unit = UnitId.of("U" + (planned.size() + 1));
        villages.computeIfAbsent(place.village(), v -> new ArrayList<>())
            .add(Unit.of(unit, place.grid().value(), 1));
        districts.computeIfAbsent(place.district(), d -> new ArrayList<>()).add(place.grid());
        planned.add(Grid.of(place.grid(), place.village(), List.of(unit)));
      }
      Township.Builder township = Township.builder(county, id, id.value());
      villages.forEach((village, units) -> township.village(Village.of(village, village.value(), units)));
      List<District> grouped = new ArrayList<>();
      districts.forEach((district, ids) -> grouped.add(District.of(district, ids)));
      plans.add(new TownshipPlan(township.build(), Plan.of(id, PartitionPolicy.defaults(), planned, grouped)));
    }
    return plans;
  }

  /**
   * A township and its current plan (乡镇及其划分方案), as {@link #townshipPlans()} makes them from the places.
   *
   * @param township the township, with its county
   * @param plan the plan
   */
  public record TownshipPlan(Township township, Plan plan) {
    /**
     * Checks the pair.
     *
     * @param township the township, with its county
     * @param plan the plan
     * @throws NullPointerException if an argument is null
     */
    public TownshipPlan {
      requireNonNull(township, "township");
      requireNonNull(plan, "plan");
    }
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
     * @param index the step's position, from 0
     * @param at when, not before the previous step
     * @param name the command's name in the file ({@code advance} for a clock advance)
     * @param expectedVersion the version named in the file, or null to use the request's current version
     * @param command builds the command from the expected version; null for a clock advance
     * @throws NullPointerException if {@code at} or {@code name} is null
     */
    public Step {
      requireNonNull(at, "at");
      requireNonNull(name, "name");
    }
  }
}
