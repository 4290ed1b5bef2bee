package org.grid.escalation.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.partition.GridId;

/** Shared test data: one place, its offices and actors, a calendar with the 2026 National Day holiday. */
final class Fixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Place PLACE =
      new Place(
          CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"), VillageId.of("T01-V04"),
          GridId.of("T01-V04-N1"));
  static final Place OTHER_PLACE =
      new Place(
          CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D2"), VillageId.of("T01-V09"),
          GridId.of("T01-V09-N1"));
  static final WorkCalendar CALENDAR =
      WorkCalendar.of(
          ZONE,
          LocalTime.of(17, 30),
          List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
          List.of(
              LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
              LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
          List.of(LocalDate.parse("2026-10-10")));
  static final EscalationPolicy POLICY = EscalationPolicy.defaults();

  static final PersonId CITIZEN = PersonId.of("citizen-1");
  static final Actor.Citizen REPORTER = Actor.citizen(CITIZEN);
  static final Actor VILLAGE = staff("v-officer", Tier.VILLAGE_GRID, PLACE);
  static final Actor DISTRICT = staff("d-head", Tier.DISTRICT_GRID, PLACE);
  static final Actor TOWNSHIP = staff("t-office", Tier.TOWNSHIP_OFFICE, PLACE);
  static final Actor COUNTY = staff("c-office", Tier.COUNTY_OFFICE, PLACE);
  static final DepartmentId LAND = DepartmentId.of("natural-resources");
  static final DepartmentId SOCIAL = DepartmentId.of("hr-social-security");
  static final Actor LAND_DEPT = Actor.staff(PersonId.of("land-clerk"), "科员", Office.department(PLACE.county(), LAND));
  static final Actor SOCIAL_DEPT = Actor.staff(PersonId.of("hr-clerk"), "科员", Office.department(PLACE.county(), SOCIAL));
  static final Category LAND_CATEGORY = Category.of("land");

  private static int commands;

  private Fixtures() {}

  static Actor staff(String person, Tier tier, Place place) {
    return Actor.staff(PersonId.of(person), "网格员", Office.of(tier, place));
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  static RuleContext ctx(String localDateTime) {
    return new RuleContext(at(localDateTime), CALENDAR, POLICY);
  }

  static CommandId nextCommand() {
    return CommandId.of("cmd-" + (++commands));
  }

  static Form.Report reportForm() {
    return new Form.Report(CITIZEN, PLACE, LAND_CATEGORY, "fence on my field", Urgency.NORMAL, null, null);
  }
}
