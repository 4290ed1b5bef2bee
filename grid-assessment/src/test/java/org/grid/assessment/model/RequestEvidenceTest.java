package org.grid.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.WorkCalendar;
import org.junit.jupiter.api.Test;

class RequestEvidenceTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Place PLACE = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
      VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));
  static final WorkCalendar CALENDAR = WorkCalendar.of(ZONE, LocalTime.of(17, 30),
      List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of());
  static final PersonId CITIZEN = PersonId.of("citizen-1");
  static final Actor REPORTER = Actor.citizen(CITIZEN);
  static final Actor VILLAGE = Actor.staff(PersonId.of("v-officer"), "网格员", Office.of(Tier.VILLAGE_GRID, PLACE));
  static final Actor DISTRICT = Actor.staff(PersonId.of("d-head"), "片长", Office.of(Tier.DISTRICT_GRID, PLACE));
  static final String VILLAGE_SUBJECT = "VILLAGE_GRID:T01-V04-N1";
  static final String DISTRICT_SUBJECT = "DISTRICT_GRID:T01-D1";
  private static int commands;

  static RuleContext ctx(String localDateTime) {
    return new RuleContext(at(localDateTime), CALENDAR, EscalationPolicy.defaults());
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  static CommandId next() {
    return CommandId.of("cmd-" + (++commands));
  }

  static Request applied(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    return ((CommandOutcome.Applied) outcome).request();
  }

  static Request sweep(Request r, String localDateTime) {
    return r.onDeadlines(ctx(localDateTime), null).orElseThrow().request();
  }

  /** Reported on Monday 2 March 2026 at 09:00: accept by 3 March 17:30. */
  static Request reported(String id) {
    return applied(Request.report(RequestId.of(id), next(), REPORTER,
        new Form.Report(CITIZEN, PLACE, Category.of("land"), "fence on my field", Urgency.NORMAL, null, null),
        ctx("2026-03-02T09:00")));
  }

  /** Accepted on 2 March 10:00 by the village grid: resolve by Thursday 5 March 17:30. */
  static Request accepted(String id) {
    return applied(reported(id).accept(next(), VILLAGE, PersonId.of("handler"), ctx("2026-03-02T10:00")));
  }

  static Request ratedAfterResolving(Request accepted, Actor office, String resolvedAt, Rating rating) {
    Request r = applied(accepted.resolve(next(), office, "fence moved", ctx(resolvedAt)));
    r = applied(r.deliverFeedback(next(), office, "the fence was moved back", ctx(resolvedAt)));
    return applied(r.rate(next(), REPORTER, rating, ctx(resolvedAt)));
  }

  /** Reported, passed up tier by tier to the county office, and routed by its staff to a department. */
  static Request routedBy(String id, String department) {
    Request r = reported(id);
    for (Tier tier : List.of(Tier.VILLAGE_GRID, Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE)) {
      Actor staff = Actor.staff(PersonId.of("s-" + tier), "网格员", Office.of(tier, PLACE));
      r = applied(r.escalate(next(), staff, "beyond this tier", ctx("2026-03-02T11:00")));
    }
    Actor county = Actor.staff(PersonId.of("c-office"), "网格员", Office.of(Tier.COUNTY_OFFICE, PLACE));
    return applied(r.route(next(), county, DepartmentId.of(department), null, ctx("2026-03-02T12:00")));
  }

  /**
   * The evidence of what was done to a request: all its evidence but the pieces every request yields for its
   * holders and its reporting grid ({@link TwoWayAssessment#HELD}, {@link TwoWayAssessment#FILED}).
   */
  static List<Evidence> acts(Request r) {
    return RequestEvidence.of(r, ZONE).stream()
        .filter(e -> !e.type().equals(TwoWayAssessment.HELD) && !e.type().equals(TwoWayAssessment.FILED))
        .toList();
  }

  static List<Evidence> ofSubject(List<Evidence> evidence, String subject) {
    return evidence.stream().filter(e -> e.subject().value().equals(subject)).toList();
  }

  static List<String> typesFor(List<Evidence> evidence, String subject) {
    return evidence.stream().filter(e -> e.subject().value().equals(subject)).map(Evidence::type).toList();
  }

  @Test
  void aRequestResolvedOnTimeAndRatedSatisfiedYieldsOnlyCreditsForTheVillageGrid() {
    Request r = ratedAfterResolving(accepted("R1"), VILLAGE, "2026-03-03T10:00", Rating.SATISFIED);

    List<Evidence> all = acts(r);
    List<Evidence> evidence = ofSubject(all, VILLAGE_SUBJECT);

    assertThat(evidence).extracting(e -> e.id().value()).containsExactly(
        "R1/1/request.accepted-on-time", "R1/2/request.resolved-on-time", "R1/4/request.rated");
    assertThat(all).extracting(e -> e.subject().value()).containsOnly(VILLAGE_SUBJECT, "v-officer", "handler");
    assertThat(evidence).allSatisfy(e -> {
      assertThat(e.subject().value()).isEqualTo(VILLAGE_SUBJECT);
      assertThat(e.attributes()).containsEntry("request", "R1").containsEntry("category", "land")
          .containsEntry("tier", "VILLAGE_GRID");
    });
    assertThat(evidence.get(2).attributes()).containsEntry("rating", "satisfied");
    assertThat(evidence.get(1).date()).isEqualTo(LocalDate.parse("2026-03-03"));
  }

  @Test
  void anAcceptanceAfterAnAcceptReminderIsLate() {
    // The accept deadline 3 March 17:30 passed; the sweep on 4 March 09:00 issues a reminder.
    Request r = sweep(reported("R2"), "2026-03-04T09:00");
    r = applied(r.accept(next(), VILLAGE, PersonId.of("handler"), ctx("2026-03-04T10:00")));

    List<Evidence> evidence = acts(r);
    assertThat(typesFor(evidence, VILLAGE_SUBJECT))
        .containsExactly(TwoWayAssessment.REMINDED, TwoWayAssessment.ACCEPTED_LATE);
    assertThat(ofSubject(evidence, VILLAGE_SUBJECT).get(0).attributes()).containsEntry("missed", "accept");
    assertThat(typesFor(evidence, "v-officer")).as("the officer who accepted").containsExactly(
        TwoWayAssessment.ACCEPTED_LATE);
  }

  @Test
  void aLapsedGracePeriodIsAnEscalationChargedToTheVillageGridAndTheDistrictStartsAfresh() {
    Request r = sweep(reported("R3"), "2026-03-04T09:00");   // reminder, grace until 5 March 17:30
    r = sweep(r, "2026-03-06T09:00");                          // grace passed: auto-escalated to the district
    r = applied(r.accept(next(), DISTRICT, PersonId.of("d-handler"), ctx("2026-03-06T10:00")));

    List<Evidence> evidence = acts(r);

    assertThat(typesFor(evidence, VILLAGE_SUBJECT))
        .containsExactly(TwoWayAssessment.REMINDED, TwoWayAssessment.ESCALATION_CAUSED);
    assertThat(evidence).filteredOn(e -> e.type().equals(TwoWayAssessment.ESCALATION_CAUSED))
        .singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("via", "auto-escalated"));
    assertThat(typesFor(evidence, DISTRICT_SUBJECT)).containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME);
  }

  @Test
  void aResolutionAfterTheAssignmentsDueByIsLateEvenWithoutAReminder() {
    Request r = applied(accepted("R4").resolve(next(), VILLAGE, "fence moved", ctx("2026-03-06T10:00")));

    assertThat(typesFor(acts(r), VILLAGE_SUBJECT))
        .containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.RESOLVED_LATE);
  }

  @Test
  void aSuspensionChargesTheReportingGridAndMovesTheDeadlineSoTheResolutionIsNotJudgedByDueBy() {
    Request r = applied(accepted("R5").suspend(next(), VILLAGE, "land certificate missing", ctx("2026-03-03T10:00")));
    r = applied(r.resume(next(), VILLAGE, ctx("2026-03-05T10:00")));
    r = applied(r.resolve(next(), VILLAGE, "fence moved", ctx("2026-03-06T10:00")));

    List<Evidence> evidence = acts(r);

    assertThat(typesFor(evidence, "T01-V04-N1")).containsExactly(TwoWayAssessment.INFORMATION_MISSING);
    assertThat(evidence).filteredOn(e -> e.subject().value().equals("T01-V04-N1")).singleElement()
        .satisfies(e -> assertThat(e.attributes()).containsEntry("reported-by", "citizen")
            .containsEntry("reason", "land certificate missing"));
    assertThat(typesFor(evidence, VILLAGE_SUBJECT))
        .containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.RESOLVED_ON_TIME);
  }

  @Test
  void aDissatisfiedRatingReopensAndIsCountedAsARatingAndAReopening() {
    Request r = ratedAfterResolving(accepted("R6"), VILLAGE, "2026-03-03T10:00", Rating.DISSATISFIED);

    List<Evidence> evidence = acts(r);

    assertThat(typesFor(evidence, VILLAGE_SUBJECT)).containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME,
        TwoWayAssessment.RESOLVED_ON_TIME, TwoWayAssessment.RATED, TwoWayAssessment.REOPENED);
    assertThat(ofSubject(evidence, VILLAGE_SUBJECT)).filteredOn(e -> e.type().equals(TwoWayAssessment.RATED))
        .singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("rating", "dissatisfied"));
    assertThat(ofSubject(evidence, "handler")).as("the assignee's rating").singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(TwoWayAssessment.RATED);
      assertThat(e.id().value()).isEqualTo("R6/4/request.rated/by");
      assertThat(e.attributes()).containsEntry("rating", "dissatisfied").containsEntry("office", VILLAGE_SUBJECT);
    });
  }

  @Test
  void routingByTheCountyOfficesStaffIsItsAcceptanceAndAVoluntaryPassUpChargesNobody() {
    Request r = routedBy("R8", "natural-resources");

    List<Evidence> evidence = acts(r);

    assertThat(evidence).extracting(e -> e.subject().value() + " " + e.type()).containsExactly(
        "COUNTY_OFFICE:C1 " + TwoWayAssessment.ACCEPTED_ON_TIME, "c-office " + TwoWayAssessment.ACCEPTED_ON_TIME);
  }

  @Test
  void everyOfficeARequestReachesIsNamedEachTimeItReachesItAndTheReportingGridOnce() {
    Request r = routedBy("R10", "natural-resources");

    List<Evidence> all = RequestEvidence.of(r, ZONE);

    List<String> holders = new java.util.ArrayList<>();
    Office before = null;
    for (int i = 0; i < r.history().size(); i++) {
      Office holder = r.history().get(i).holder();
      if (!holder.equals(before)) {
        holders.add("R10/" + i + "/request.held " + RequestEvidence.subjectOf(holder).value());
      }
      before = holder;
    }
    assertThat(holders).as("reported to the village grid, passed up three times, routed to the department")
        .hasSize(5);
    assertThat(all).filteredOn(e -> e.type().equals(TwoWayAssessment.HELD))
        .extracting(e -> e.id().value() + " " + e.subject().value()).containsExactlyElementsOf(holders);
    assertThat(all).filteredOn(e -> e.type().equals(TwoWayAssessment.FILED))
        .extracting(e -> e.id().value() + " " + e.subject().value() + " " + e.date())
        .containsExactly("R10/0/report.filed T01-V04-N1 2026-03-02");
  }

  @Test
  void evidenceIsTheSameEveryTimeAndItsIdsAreUniqueAndScoreable() {
    Request r = ratedAfterResolving(accepted("R7"), VILLAGE, "2026-03-03T10:00", Rating.DISSATISFIED);
    r = ratedAfterResolving(r, VILLAGE, "2026-03-04T10:00", Rating.BASICALLY_SATISFIED);

    List<Evidence> first = RequestEvidence.of(r, ZONE);

    assertThat(RequestEvidence.of(r, ZONE)).isEqualTo(first);
    assertThat(first).extracting(Evidence::id).doesNotHaveDuplicates();
    assertThat(typesFor(first, VILLAGE_SUBJECT)).filteredOn(TwoWayAssessment.RATED::equals).hasSize(2);
  }

  @Test
  void evidenceOfSomeSidesAndTypesIsExactlyThatPartOfAllTheEvidence() {
    Request r = ratedAfterResolving(accepted("R12"), VILLAGE, "2026-03-03T10:00", Rating.DISSATISFIED);
    Request rated = ratedAfterResolving(r, VILLAGE, "2026-03-04T10:00", Rating.SATISFIED);
    List<Evidence> all = RequestEvidence.of(rated, ZONE);

    for (Set<String> sides : List.of(Set.of(RequestEvidence.HANDLER), Set.of(RequestEvidence.STAFF),
        Set.of(RequestEvidence.REPORTER, RequestEvidence.HANDLER), Set.<String>of())) {
      Set<String> types = Set.of(TwoWayAssessment.RATED, TwoWayAssessment.REOPENED);
      assertThat(RequestEvidence.of(rated, ZONE, sides, types::contains)).as("%s", sides)
          .containsExactlyElementsOf(all.stream()
              .filter(e -> sides.contains(e.attributes().get(RequestEvidence.SIDE)) && types.contains(e.type()))
              .toList());
      assertThat(RequestEvidence.of(rated, ZONE, sides)).containsExactlyElementsOf(all.stream()
          .filter(e -> sides.contains(e.attributes().get(RequestEvidence.SIDE))).toList());
    }
    assertThatThrownBy(() -> RequestEvidence.of(rated, ZONE, Set.of("office")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("side must be one of [handler, reporter, staff], was 'office'");
  }

  @Test
  void aReturnChargesTheDepartmentAndTheCountyOfficeThatMisroutedIt() {
    Request r = routedBy("R9", "water");
    Actor water = Actor.staff(PersonId.of("w-clerk"), "科员", Office.department(PLACE.county(),
        DepartmentId.of("water")));
    r = applied(r.returnToCounty(next(), water, "not ours", ctx("2026-03-02T14:00")));

    List<Evidence> evidence = acts(r);

    assertThat(typesFor(evidence, "DEPARTMENT:water")).containsExactly(TwoWayAssessment.RETURNED);
    assertThat(typesFor(evidence, "COUNTY_OFFICE:C1"))
        .containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.MISROUTED);
  }

  @Test
  void aWithdrawalIsRecordedForTheHolderAndTheReportingGridWithoutItsReason() {
    Request r = applied(accepted("R10").withdraw(next(), REPORTER, "my neighbour fixed it, call 13812345678",
        ctx("2026-03-03T09:00")));

    List<Evidence> evidence = acts(r);

    assertThat(typesFor(evidence, VILLAGE_SUBJECT))
        .containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.WITHDRAWN);
    assertThat(ofSubject(evidence, "T01-V04-N1")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(TwoWayAssessment.REPORT_WITHDRAWN);
      assertThat(e.attributes()).containsEntry("by", "citizen").doesNotContainKey("reason");
    });
  }

  @Test
  void aReportWrittenByStaffCountsItsQualityForThatStaffMemberToo() {
    Request r = applied(Request.report(RequestId.of("R11"), next(), VILLAGE,
        new Form.Report(CITIZEN, PLACE, Category.of("land"), "fence", Urgency.NORMAL, null, null),
        ctx("2026-03-02T09:00")));
    r = applied(r.accept(next(), VILLAGE, PersonId.of("handler"), ctx("2026-03-02T10:00")));
    r = applied(r.suspend(next(), VILLAGE, "certificate missing", ctx("2026-03-02T11:00")));

    List<Evidence> evidence = acts(r);

    assertThat(typesFor(evidence, "T01-V04-N1")).containsExactly(TwoWayAssessment.INFORMATION_MISSING);
    assertThat(typesFor(evidence, "v-officer"))
        .containsExactly(TwoWayAssessment.ACCEPTED_ON_TIME, TwoWayAssessment.INFORMATION_MISSING);
    assertThat(ofSubject(evidence, "T01-V04-N1").get(0).attributes()).containsEntry("reported-by", "staff");
  }

  @Test
  void aCorrectedCategoryCountsAgainstTheReportingGridAndLaterEvidenceCarriesTheCorrectOne() {
    Request r = applied(reported("R12").recategorize(next(), VILLAGE, Category.of("roads"), "it is the road",
        ctx("2026-03-02T09:30")));
    r = applied(r.accept(next(), VILLAGE, PersonId.of("handler"), ctx("2026-03-02T10:00")));

    List<Evidence> evidence = acts(r);

    assertThat(ofSubject(evidence, "T01-V04-N1")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(TwoWayAssessment.CATEGORY_CHANGED);
      assertThat(e.id().value()).isEqualTo("R12/1/report.category-changed");
      assertThat(e.attributes()).containsEntry("from", "land").containsEntry("to", "roads")
          .containsEntry(RequestEvidence.SIDE, RequestEvidence.REPORTER).doesNotContainKey("reason");
    });
    assertThat(evidence).allSatisfy(e -> assertThat(e.attributes()).containsEntry("category", "roads"));
  }

  @Test
  void aDuplicateCountsAgainstTheReportingGridAndNamesTheOriginal() {
    Request r = applied(reported("R13").closeAsDuplicate(next(), VILLAGE, RequestId.of("R1"), "same fence",
        ctx("2026-03-02T09:30")));

    List<Evidence> evidence = acts(r);

    assertThat(evidence).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(TwoWayAssessment.DUPLICATE);
      assertThat(e.subject().value()).isEqualTo("T01-V04-N1");
      assertThat(e.attributes()).containsEntry("original", "R1");
    });
  }
}
