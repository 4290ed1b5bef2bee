package org.grid.testkit.escalation;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import java.util.Set;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.model.Actor;
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

/**
 * Sample data of the request engine for contract tests and properties: a county with two grids, a work calendar
 * of the township with the 2026 National Day holiday and a make-up Saturday (an example, not an official
 * calendar), staff actors and ready-made requests.
 */
public final class EscalationSamples {

  /** The township's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The county. */
  public static final CountyId COUNTY = CountyId.of("C1");

  /** The township. */
  public static final TownshipId TOWNSHIP = TownshipId.of("T01");

  /** A place in the first grid. */
  public static final Place PLACE_A =
      new Place(COUNTY, TOWNSHIP, DistrictId.of("T01-D1"), VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));

  /** A place in the second grid, of another district. */
  public static final Place PLACE_B =
      new Place(COUNTY, TOWNSHIP, DistrictId.of("T01-D2"), VillageId.of("T01-V09"), GridId.of("T01-V09-N1"));

  /**
   * A place in a third grid, of the first district, whose grid id has the greatest length a {@link GridId} allows
   * (80 characters, Chinese ones among them), so that every store holds such ids wherever a grid or an office
   * unit goes.
   */
  public static final Place PLACE_C = new Place(COUNTY, TOWNSHIP, DistrictId.of("T01-D1"), VillageId.of("T01-V30"),
      GridId.of("T01-V30-" + "网格".repeat((GridId.MAX_LENGTH - 8) / 2)));

  /** The land category, routed to {@link #LAND}. */
  public static final Category LAND_CATEGORY = Category.of("land");

  /** The pension category, routed to {@link #SOCIAL}. */
  public static final Category PENSION_CATEGORY = Category.of("pension");

  /** The natural resources department. */
  public static final DepartmentId LAND = DepartmentId.of("natural-resources");

  /** The human resources and social security department. */
  public static final DepartmentId SOCIAL = DepartmentId.of("hr-social-security");

  /** The reporting citizen of the samples. */
  public static final PersonId CITIZEN = PersonId.of("citizen-1");

  /** When the sample appointments start: 1 January 2020 in the township's zone. */
  public static final Instant SINCE = LocalDateTime.parse("2020-01-01T00:00").atZone(ZONE).toInstant();

  /** When the term of {@link Intruder#TERM_ENDED} ended: 1 January 2025 in the township's zone. */
  public static final Instant TERM_ENDED = LocalDateTime.parse("2025-01-01T00:00").atZone(ZONE).toInstant();

  /** The default permission table of the rulebook. */
  public static final AuthorizationPolicy AUTHORIZATION = AuthorizationPolicy.defaults();

  /** The default policy of the rulebook. */
  public static final EscalationPolicy POLICY = EscalationPolicy.defaults();

  /** An example calendar: Saturday and Sunday off, 1-2 and 5-7 October 2026 holidays, 10 October worked. */
  public static final WorkCalendar CALENDAR =
      WorkCalendar.of(
          ZONE,
          LocalTime.of(17, 30),
          List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
          List.of(
              LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
              LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
          List.of(LocalDate.parse("2026-10-10")));

  private EscalationSamples() {}

  /**
   * Returns an instant from a local date-time in the township's zone.
   *
   * @param localDateTime e.g. {@code 2026-03-02T09:00}
   * @return the instant
   */
  public static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  /**
   * Returns a staff actor of the office of a tier for a place (a department for {@link Tier#DEPARTMENT}: the
   * land department).
   *
   * @param tier the tier
   * @param place the place
   * @return the actor
   */
  public static Actor staff(Tier tier, Place place) {
    Office office = tier == Tier.DEPARTMENT ? Office.department(place.county(), LAND) : Office.of(tier, place);
    return Actor.staff(staffId(office), roleOf(tier), office);
  }

  /**
   * Returns the role the sample staff member of an office of a tier holds: the team leader at the grid tiers and
   * the township office, the county office's staff, a department's staff ({@link AuthorizationPolicy}).
   *
   * @param tier the tier
   * @return the role
   */
  public static String roleOf(Tier tier) {
    return switch (tier) {
      case VILLAGE_GRID, DISTRICT_GRID, TOWNSHIP_OFFICE -> AuthorizationPolicy.LEADER;
      case COUNTY_OFFICE -> AuthorizationPolicy.COUNTY_OFFICE_STAFF;
      case DEPARTMENT -> AuthorizationPolicy.DEPARTMENT_STAFF;
    };
  }

  /**
   * Returns the offices of the samples: each office of {@link #PLACE_A}, {@link #PLACE_B} and {@link #PLACE_C}
   * from the village grid to the county office, and both departments.
   *
   * @return the offices, without repeats
   */
  public static List<Office> offices() {
    Set<Office> offices = new LinkedHashSet<>();
    for (Place place : List.of(PLACE_A, PLACE_B, PLACE_C)) {
      for (Tier tier : List.of(Tier.VILLAGE_GRID, Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE, Tier.COUNTY_OFFICE)) {
        offices.add(Office.of(tier, place));
      }
    }
    offices.add(Office.department(COUNTY, LAND));
    offices.add(Office.department(COUNTY, SOCIAL));
    return List.copyOf(offices);
  }

  /**
   * Returns the appointments of the samples: for each of {@link #offices()}, its sample staff member ({@link
   * #staffId}) in the role of its tier ({@link #roleOf}), from 2020 on. Save them in a staff directory so that the
   * sample actors ({@link #staff}, {@link #departmentStaff}) are confirmed.
   *
   * @return the appointments
   */
  public static List<Appointment> appointments() {
    List<Appointment> appointments = new ArrayList<>();
    for (Office office : offices()) {
      appointments.add(new Appointment(staffId(office), office, roleOf(office.tier()), SINCE, null));
    }
    return appointments;
  }

  /**
   * Returns the appointments that make the {@link Intruder}s real: each intruder from elsewhere serves their own
   * office (for every sample office, the office {@link Intruder} names) in every role of {@link #AUTHORIZATION};
   * {@link Intruder#TERM_ENDED} served every sample office in every role until {@link #TERM_ENDED}. Save them beside
   * {@link #appointments()}.
   *
   * @return the appointments
   */
  public static List<Appointment> intruderAppointments() {
    Set<Appointment> appointments = new LinkedHashSet<>();
    for (String role : AUTHORIZATION.permissions().keySet()) {
      for (Intruder intruder : Intruder.values()) {
        for (Office office : intruder.offices()) {
          appointments.add(new Appointment(intruder.person(), office, role, SINCE, null));
        }
      }
      for (Office office : offices()) {
        appointments.add(new Appointment(Intruder.TERM_ENDED.person(), office, role, SINCE, TERM_ENDED));
      }
    }
    return List.copyOf(appointments);
  }

  /**
   * Returns the sample places: {@link #PLACE_A}, {@link #PLACE_B} and {@link #PLACE_C}.
   *
   * @return the places
   */
  public static List<Place> places() {
    return List.of(PLACE_A, PLACE_B, PLACE_C);
  }

  /**
   * Returns the sample township {@link #TOWNSHIP} of county {@link #COUNTY}: one village of one unit for each
   * sample place.
   *
   * @return the township
   */
  public static Township township() {
    Township.Builder builder = Township.builder(COUNTY, TOWNSHIP, "示范乡");
    for (Place place : places()) {
      builder.village(Village.of(place.village(), "村",
          List.of(Unit.of(UnitId.of(place.village().value() + "-G1"), "一组", 150))));
    }
    return builder.build();
  }

  /**
   * Returns the sample township's plan: each sample place's grid, of its village's one unit, listed by its
   * district. Adopt it in a place directory ({@code PlaceDirectory.adopt(township(), plan())}) so that the sample
   * places are known.
   *
   * @return the plan
   */
  public static Plan plan() {
    List<Grid> grids = new ArrayList<>();
    Map<DistrictId, List<GridId>> districts = new LinkedHashMap<>();
    for (Place place : places()) {
      grids.add(Grid.of(place.grid(), place.village(), List.of(UnitId.of(place.village().value() + "-G1"))));
      districts.computeIfAbsent(place.district(), d -> new ArrayList<>()).add(place.grid());
    }
    List<District> list = new ArrayList<>();
    districts.forEach((id, ids) -> list.add(District.of(id, ids)));
    return Plan.of(TOWNSHIP, PartitionPolicy.defaults(), grids, list);
  }

  /**
   * Returns the id of the sample staff member of an office: {@code staff-} and the office's unit, or, where that
   * would pass the 64 characters a person id allows (a grid id may have 80), the unit's first 41 characters, a
   * hyphen and 16 hex digits of its SHA-256, so that different offices still have different staff.
   *
   * @param office the office
   * @return the person id
   */
  public static PersonId staffId(Office office) {
    String id = "staff-" + office.unit();
    if (id.length() <= Ids.MAX_LENGTH) {
      return PersonId.of(id);
    }
    String hash = Hashing.sha256().hashString(office.unit(), StandardCharsets.UTF_8).toString().substring(0, 16);
    return PersonId.of(id.substring(0, Ids.MAX_LENGTH - 17) + "-" + hash);
  }

  /**
   * Returns the staff actor of a department.
   *
   * @param department the department
   * @return the actor
   */
  public static Actor departmentStaff(DepartmentId department) {
    Office office = Office.department(COUNTY, department);
    return Actor.staff(staffId(office), AuthorizationPolicy.DEPARTMENT_STAFF, office);
  }

  /**
   * Returns a report form of the sample citizen.
   *
   * @param place the place
   * @param category the category
   * @return the form
   */
  public static Form.Report reportForm(Place place, Category category) {
    return new Form.Report(CITIZEN, place, category, "sample request", Urgency.NORMAL, null, null);
  }

  /**
   * Returns a request just reported at the village grid of a place.
   *
   * @param id the request id
   * @param place the place
   * @param at when it was reported
   * @return the request, at version 1
   */
  public static Request reported(String id, Place place, Instant at) {
    CommandOutcome outcome =
        Request.report(
            RequestId.of(id), CommandId.of("report-" + id), Actor.citizen(CITIZEN),
            reportForm(place, LAND_CATEGORY), new RuleContext(at, CALENDAR, POLICY));
    return ((CommandOutcome.Applied) outcome).request();
  }

  /**
   * Returns the request after the next applied change, failing when the outcome is not applied.
   *
   * @param outcome an outcome expected to be applied
   * @return the changed request
   * @throws IllegalStateException if the outcome is not applied
   */
  public static Request appliedRequest(CommandOutcome outcome) {
    if (outcome instanceof CommandOutcome.Applied applied) {
      return applied.request();
    }
    throw new IllegalStateException("expected an applied outcome, got " + outcome);
  }
}
