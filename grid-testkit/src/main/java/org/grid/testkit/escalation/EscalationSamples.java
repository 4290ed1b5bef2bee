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
import org.grid.core.model.jurisdiction.CountyId;
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
    Office office = tier == Tier.DEPARTMENT ? Office.department(LAND) : Office.of(tier, place);
    return Actor.staff(staffId(office), "网格员", office);
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
    return Actor.staff(PersonId.of("staff-" + department), "科员", Office.department(department));
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
