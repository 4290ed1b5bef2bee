package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.grid.escalation.model.Fixtures.COUNTY;
import static org.grid.escalation.model.Fixtures.DISTRICT;
import static org.grid.escalation.model.Fixtures.LAND;
import static org.grid.escalation.model.Fixtures.LAND_DEPT;
import static org.grid.escalation.model.Fixtures.OTHER_PLACE;
import static org.grid.escalation.model.Fixtures.PLACE;
import static org.grid.escalation.model.Fixtures.REPORTER;
import static org.grid.escalation.model.Fixtures.SOCIAL;
import static org.grid.escalation.model.Fixtures.SOCIAL_DEPT;
import static org.grid.escalation.model.Fixtures.TOWNSHIP;
import static org.grid.escalation.model.Fixtures.VILLAGE;
import static org.grid.escalation.model.Fixtures.at;
import static org.grid.escalation.model.Fixtures.ctx;
import static org.grid.escalation.model.Fixtures.nextCommand;
import static org.grid.escalation.model.Fixtures.reportForm;
import static org.grid.escalation.model.Fixtures.staff;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.CommandOutcome.Refused;
import org.grid.escalation.model.RequestEvent.RequestEscalated;
import org.grid.escalation.model.RequestEvent.SupervisionAlerted;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;

class RequestTest {

  private static final RequestId ID = RequestId.of("R1");
  private static final PersonId HANDLER = PersonId.of("handler");

  static Request applied(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(Applied.class);
    return ((Applied) outcome).request();
  }

  static Refused refused(CommandOutcome outcome, RefusalReason reason) {
    assertThat(outcome).isInstanceOf(Refused.class);
    Refused refused = (Refused) outcome;
    assertThat(refused.reason()).isEqualTo(reason);
    return refused;
  }

  /** Reported on Monday 2 March 2026 at 09:00 at the village grid. */
  static Request reported() {
    return applied(Request.report(ID, nextCommand(), REPORTER, reportForm(), ctx("2026-03-02T09:00")));
  }

  static Request accepted() {
    return applied(reported().accept(nextCommand(), VILLAGE, HANDLER, ctx("2026-03-02T10:00")));
  }

  static Request feedbackGiven() {
    Request r = applied(accepted().resolve(nextCommand(), VILLAGE, "fence moved", ctx("2026-03-03T10:00")));
    return applied(r.deliverFeedback(nextCommand(), VILLAGE, "the fence was moved back", ctx("2026-03-03T11:00")));
  }

  static List<TransitionKind> kinds(Request r) {
    return r.history().stream().map(HistoryEntry::kind).toList();
  }

  @Nested
  class Intake {
    @Test
    void a_report_enters_at_the_village_grid_with_an_accept_deadline_of_one_working_day() {
      Request r = reported();
      assertThat(r.state()).isEqualTo(RequestState.REPORTED);
      assertThat(r.holder()).isEqualTo(Office.of(Tier.VILLAGE_GRID, PLACE));
      assertThat(r.version()).isEqualTo(1);
      assertThat(r.stepKind()).contains(DeadlineKind.ACCEPT);
      assertThat(r.nextDeadline()).contains(at("2026-03-03T17:30"));
      assertThat(r.history()).singleElement().satisfies(e -> assertThat(e.form()).isInstanceOf(Form.Report.class));
    }

    @Test
    void a_report_on_a_grid_with_an_80_character_id_is_held_and_accepted_at_that_grid_and_can_lapse_from_it() {
      String grid = "T01-V04-" + "N".repeat(GridId.MAX_LENGTH - 8);
      Place place = new Place(PLACE.county(), PLACE.township(), PLACE.district(), PLACE.village(), GridId.of(grid));
      Form.Report form = new Form.Report(Fixtures.CITIZEN, place, Fixtures.LAND_CATEGORY, "fence", Urgency.NORMAL,
          null, null);

      Request r = applied(Request.report(ID, nextCommand(), REPORTER, form, ctx("2026-03-02T09:00")));

      assertThat(r.holder()).isEqualTo(Office.of(Tier.VILLAGE_GRID, place));
      Request lapsed = r.onDeadlines(ctx("2026-03-03T18:00"), null).orElseThrow().request()
          .onDeadlines(ctx("2026-03-04T17:31"), null).orElseThrow().request();
      assertThat(lapsed.history().get(2).chargedTo()).isEqualTo(Office.of(Tier.VILLAGE_GRID, place));
      Actor gridStaff = staff("grid-officer", Tier.VILLAGE_GRID, place);
      assertThat(applied(r.accept(nextCommand(), gridStaff, HANDLER, ctx("2026-03-02T10:00"))).state())
          .isEqualTo(RequestState.ACCEPTED);
    }

    @Test
    void a_citizen_cannot_report_for_someone_else() {
      Form.Report form = reportForm();
      refused(
          Request.report(ID, nextCommand(), Actor.citizen(PersonId.of("x")), form, ctx("2026-03-02T09:00")),
          RefusalReason.NOT_REPORTER);
    }

    @Test
    void staff_may_report_only_for_a_place_their_office_covers() {
      Actor other = staff("o", Tier.VILLAGE_GRID, OTHER_PLACE);
      refused(
          Request.report(ID, nextCommand(), other, reportForm(), ctx("2026-03-02T09:00")),
          RefusalReason.OUTSIDE_JURISDICTION);
      assertThat(applied(Request.report(ID, nextCommand(), VILLAGE, reportForm(), ctx("2026-03-02T09:00"))).tier())
          .isEqualTo(Tier.VILLAGE_GRID);
    }

    @Test
    void a_complaint_about_a_village_team_member_enters_at_the_district_grid() {
      Form.Report complaint =
          new Form.Report(
              Fixtures.CITIZEN, PLACE, Category.of("conduct"), "rude cadre", Urgency.NORMAL, null,
              Office.of(Tier.VILLAGE_GRID, PLACE));
      Request r = applied(Request.report(ID, nextCommand(), REPORTER, complaint, ctx("2026-03-02T09:00")));
      assertThat(r.holder()).isEqualTo(Office.of(Tier.DISTRICT_GRID, PLACE));
    }

    @Test
    void a_complaint_about_a_township_team_member_enters_at_the_county_office() {
      Form.Report complaint =
          new Form.Report(
              Fixtures.CITIZEN, PLACE, Category.of("conduct"), "rude cadre", Urgency.NORMAL, null,
              Office.of(Tier.TOWNSHIP_OFFICE, PLACE));
      Request r = applied(Request.report(ID, nextCommand(), REPORTER, complaint, ctx("2026-03-02T09:00")));
      assertThat(r.tier()).isEqualTo(Tier.COUNTY_OFFICE);
    }

    @Test
    void a_complaint_must_concern_a_grid_team_of_the_place() {
      Form.Report aboutCounty =
          new Form.Report(
              Fixtures.CITIZEN, PLACE, Category.of("conduct"), "x", Urgency.NORMAL, null,
              Office.of(Tier.COUNTY_OFFICE, PLACE));
      refused(
          Request.report(ID, nextCommand(), REPORTER, aboutCounty, ctx("2026-03-02T09:00")),
          RefusalReason.INVALID_COMPLAINT_TARGET);
      Form.Report aboutOtherGrid =
          new Form.Report(
              Fixtures.CITIZEN, PLACE, Category.of("conduct"), "x", Urgency.NORMAL, null,
              Office.of(Tier.VILLAGE_GRID, OTHER_PLACE));
      refused(
          Request.report(ID, nextCommand(), REPORTER, aboutOtherGrid, ctx("2026-03-02T09:00")),
          RefusalReason.INVALID_COMPLAINT_TARGET);
    }
  }

  @Nested
  class MainPath {
    @Test
    void accept_assigns_and_sets_the_resolve_deadline_of_the_tier() {
      Request r = accepted();
      assertThat(r.state()).isEqualTo(RequestState.ACCEPTED);
      assertThat(r.assignee()).contains(HANDLER);
      // village grid: 3 working days after Monday: Thursday 5 March.
      assertThat(r.nextDeadline()).contains(at("2026-03-05T17:30"));
      HistoryEntry last = r.history().get(r.history().size() - 1);
      assertThat(last.form()).isEqualTo(new Form.Assignment(r.holder(), HANDLER, at("2026-03-05T17:30")));
      assertThat(r.version()).isEqualTo(2);
    }

    @Test
    void resolve_feedback_and_a_satisfied_rating_close_the_request() {
      Request r = feedbackGiven();
      assertThat(r.state()).isEqualTo(RequestState.FEEDBACK_GIVEN);
      assertThat(r.stepKind()).contains(DeadlineKind.RATING);
      assertThat(r.nextDeadline()).contains(at("2026-03-06T17:30"));
      CommandOutcome outcome = r.rate(nextCommand(), REPORTER, Rating.SATISFIED, ctx("2026-03-04T09:00"));
      Request closed = applied(outcome);
      assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
      assertThat(closed.nextDeadline()).isEmpty();
      assertThat(closed.finalRating()).contains(Rating.SATISFIED);
      assertThat(kinds(closed))
          .containsExactly(
              TransitionKind.REPORTED, TransitionKind.ACCEPTED, TransitionKind.RESOLVED,
              TransitionKind.FEEDBACK_DELIVERED, TransitionKind.RATED, TransitionKind.CLOSED);
      assertThat(((Applied) outcome).events())
          .hasSize(2)
          .last()
          .isEqualTo(new RequestEvent.RequestClosed(ID, closed.version(), at("2026-03-04T09:00"), Rating.SATISFIED,
              RequestFacts.of(closed.snapshot())));
    }

    @Test
    void basically_satisfied_closes_too() {
      Request closed = applied(feedbackGiven().rate(nextCommand(), REPORTER, Rating.BASICALLY_SATISFIED,
          ctx("2026-03-04T09:00")));
      assertThat(closed.finalRating()).contains(Rating.BASICALLY_SATISFIED);
    }

    @Test
    void no_rating_within_three_working_days_is_recorded_as_no_rating_not_satisfied() {
      Request r = feedbackGiven();
      assertThat(r.onDeadlines(ctx("2026-03-06T17:00"), null)).isEmpty();
      Request closed = r.onDeadlines(ctx("2026-03-06T18:00"), null).orElseThrow().request();
      assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
      assertThat(closed.finalRating()).contains(Rating.NO_RATING);
    }

    @Test
    void rating_with_no_rating_is_a_broken_precondition() {
      assertThatThrownBy(() -> feedbackGiven().rate(nextCommand(), REPORTER, Rating.NO_RATING, ctx("2026-03-04T09:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rating");
    }

    @Test
    void only_the_reporter_rates() {
      refused(
          feedbackGiven().rate(nextCommand(), Actor.citizen(PersonId.of("neighbour")), Rating.SATISFIED,
              ctx("2026-03-04T09:00")),
          RefusalReason.NOT_REPORTER);
      refused(
          feedbackGiven().rate(nextCommand(), VILLAGE, Rating.SATISFIED, ctx("2026-03-04T09:00")),
          RefusalReason.NOT_REPORTER);
    }

    @Test
    void feedback_before_resolution_is_refused() {
      refused(accepted().deliverFeedback(nextCommand(), VILLAGE, "x", ctx("2026-03-02T11:00")),
          RefusalReason.WRONG_STATE);
    }
  }

  @Nested
  class Dissatisfaction {
    @Test
    void a_dissatisfied_rating_reopens_at_the_same_tier_once_and_escalates_the_second_time() {
      Request reopened =
          applied(feedbackGiven().rate(nextCommand(), REPORTER, Rating.DISSATISFIED, ctx("2026-03-04T09:00")));
      assertThat(reopened.state()).isEqualTo(RequestState.ACCEPTED);
      assertThat(reopened.tier()).isEqualTo(Tier.VILLAGE_GRID);
      assertThat(reopened.nextDeadline()).contains(at("2026-03-09T17:30"));
      Request again = applied(reopened.resolve(nextCommand(), VILLAGE, "again", ctx("2026-03-05T09:00")));
      again = applied(again.deliverFeedback(nextCommand(), VILLAGE, "done again", ctx("2026-03-05T10:00")));
      Request escalated = applied(again.rate(nextCommand(), REPORTER, Rating.DISSATISFIED, ctx("2026-03-05T11:00")));
      assertThat(escalated.tier()).isEqualTo(Tier.DISTRICT_GRID);
      assertThat(escalated.state()).isEqualTo(RequestState.REPORTED);
      assertThat(kinds(escalated)).endsWith(TransitionKind.RATED, TransitionKind.ESCALATED);
    }

    @Test
    void after_escalation_the_new_tier_may_reopen_once_again() {
      Request r = feedbackGiven();
      r = applied(r.rate(nextCommand(), REPORTER, Rating.DISSATISFIED, ctx("2026-03-04T09:00")));
      r = applied(r.resolve(nextCommand(), VILLAGE, "again", ctx("2026-03-04T10:00")));
      r = applied(r.deliverFeedback(nextCommand(), VILLAGE, "again", ctx("2026-03-04T10:30")));
      r = applied(r.rate(nextCommand(), REPORTER, Rating.DISSATISFIED, ctx("2026-03-04T11:00")));
      r = applied(r.accept(nextCommand(), DISTRICT, HANDLER, ctx("2026-03-04T12:00")));
      r = applied(r.resolve(nextCommand(), DISTRICT, "district fix", ctx("2026-03-04T13:00")));
      r = applied(r.deliverFeedback(nextCommand(), DISTRICT, "district fix", ctx("2026-03-04T14:00")));
      r = applied(r.rate(nextCommand(), REPORTER, Rating.DISSATISFIED, ctx("2026-03-04T15:00")));
      assertThat(r.tier()).isEqualTo(Tier.DISTRICT_GRID);
      assertThat(r.state()).isEqualTo(RequestState.ACCEPTED);
    }
  }

  @Nested
  class Escalation {
    @Test
    void a_tier_may_pass_a_request_up_voluntarily_with_a_reason_without_a_charge() {
      CommandOutcome outcome = accepted().escalate(nextCommand(), VILLAGE, "needs township funds", ctx("2026-03-02T11:00"));
      Request r = applied(outcome);
      assertThat(r.holder()).isEqualTo(Office.of(Tier.DISTRICT_GRID, PLACE));
      assertThat(r.assignee()).isEmpty();
      HistoryEntry last = r.history().get(r.history().size() - 1);
      assertThat(last.reason()).isEqualTo("needs township funds");
      assertThat(last.chargedTo()).isNull();
      assertThat(((Applied) outcome).events().get(0)).isInstanceOfSatisfying(RequestEscalated.class,
          e -> assertThat(e.automatic()).isFalse());
    }

    @Test
    void the_escalation_event_carries_its_reason_masked_as_every_event_leaving_grid_does() {
      String reason = "citizen 110101199003077774 phone 13912345678 needs township funds";
      CommandOutcome outcome = accepted().escalate(nextCommand(), VILLAGE, reason, ctx("2026-03-02T11:00"));

      Request r = applied(outcome);
      assertThat(r.history().get(r.history().size() - 1).reason()).as("the request keeps its text").isEqualTo(reason);
      assertThat(((Applied) outcome).events().get(0)).isInstanceOfSatisfying(RequestEscalated.class, e -> {
        assertThat(e.reason()).isEqualTo("citizen 1101**********7774 phone 139****5678 needs township funds");
        assertThat(e.toString()).doesNotContain("110101199003077774", "13912345678");
      });
    }

    @Test
    void a_passed_deadline_issues_a_reminder_and_a_passed_grace_period_escalates_charged_to_the_lapsed_tier() {
      Request r = reported();
      Applied reminded = r.onDeadlines(ctx("2026-03-03T18:00"), null).orElseThrow();
      assertThat(reminded.request().reminded()).isTrue();
      assertThat(reminded.request().tier()).isEqualTo(Tier.VILLAGE_GRID);
      HistoryEntry reminder = reminded.request().history().get(1);
      assertThat(reminder.kind()).isEqualTo(TransitionKind.REMINDED);
      assertThat(reminder.form()).isEqualTo(
          new Form.Reminder(r.holder(), DeadlineKind.ACCEPT, at("2026-03-03T17:30"), at("2026-03-04T17:30")));
      assertThat(reminded.request().nextDeadline()).contains(at("2026-03-04T17:30"));

      Applied escalated = reminded.request().onDeadlines(ctx("2026-03-04T17:31"), null).orElseThrow();
      Request e = escalated.request();
      assertThat(e.holder()).isEqualTo(Office.of(Tier.DISTRICT_GRID, PLACE));
      assertThat(e.state()).isEqualTo(RequestState.REPORTED);
      assertThat(e.reminded()).isFalse();
      assertThat(e.history().get(2).kind()).isEqualTo(TransitionKind.AUTO_ESCALATED);
      assertThat(e.history().get(2).chargedTo()).isEqualTo(Office.of(Tier.VILLAGE_GRID, PLACE));
      assertThat(escalated.events()).singleElement().isInstanceOfSatisfying(RequestEscalated.class,
          ev -> assertThat(ev.automatic()).isTrue());
    }

    @Test
    void the_sweep_is_idempotent_at_the_same_instant() {
      Request r = reported();
      Request once = r.onDeadlines(ctx("2026-03-20T09:00"), null).orElseThrow().request();
      assertThat(once.onDeadlines(ctx("2026-03-20T09:00"), null)).isEmpty();
      assertThat(once.nextDeadline().orElseThrow()).isAfter(at("2026-03-20T09:00"));
    }

    @Test
    void a_department_cannot_escalate_further() {
      Request atDept = atDepartment(LAND);
      refused(atDept.escalate(nextCommand(), LAND_DEPT, "no", ctx("2026-03-10T09:00")), RefusalReason.TOP_TIER);
    }

    @Test
    void at_the_top_a_lapse_alerts_the_county_office_charges_the_department_and_runs_a_fresh_deadline() {
      Request r = atDepartment(LAND);
      r = applied(r.accept(nextCommand(), LAND_DEPT, HANDLER, ctx("2026-03-09T09:00")));
      // department resolve limit: 10 working days -> Monday 23 March; grace 2 working days -> Wednesday 25 March.
      assertThat(r.nextDeadline()).contains(at("2026-03-23T17:30"));
      r = r.onDeadlines(ctx("2026-03-23T18:00"), LAND).orElseThrow().request();
      assertThat(r.nextDeadline()).contains(at("2026-03-25T17:30"));
      Applied supervised = r.onDeadlines(ctx("2026-03-25T18:00"), LAND).orElseThrow();
      Request s = supervised.request();
      assertThat(s.holder()).isEqualTo(Office.department(PLACE.county(), LAND));
      assertThat(s.state()).isEqualTo(RequestState.ACCEPTED);
      assertThat(s.reminded()).isFalse();
      assertThat(s.nextDeadline()).contains(at("2026-04-08T17:30"));
      assertThat(s.history().get(s.history().size() - 1).chargedTo()).isEqualTo(Office.department(PLACE.county(), LAND));
      assertThat(supervised.events()).singleElement().isInstanceOf(SupervisionAlerted.class);
    }

    @Test
    void a_lapse_at_the_county_office_routes_by_the_table_charged_to_the_office() {
      Request r = atCountyOffice();
      r = r.onDeadlines(ctx("2026-03-05T18:00"), LAND).orElseThrow().request();
      r = r.onDeadlines(ctx("2026-03-06T18:00"), LAND).orElseThrow().request();
      assertThat(r.holder()).isEqualTo(Office.department(PLACE.county(), LAND));
      assertThat(r.history())
          .anySatisfy(e -> assertThat(e.chargedTo()).isEqualTo(Office.of(Tier.COUNTY_OFFICE, PLACE)));
    }
  }

  @Nested
  class Routing {
    @Test
    void the_county_office_routes_by_the_table_or_refuses_without_a_route() {
      Request r = atCountyOffice();
      refused(r.route(nextCommand(), COUNTY, null, null, ctx("2026-03-05T09:00")), RefusalReason.NO_ROUTE);
      refused(r.accept(nextCommand(), COUNTY, HANDLER, ctx("2026-03-05T09:00")), RefusalReason.WRONG_STATE);
      Request routed = applied(r.route(nextCommand(), COUNTY, null, LAND, ctx("2026-03-05T09:00")));
      assertThat(routed.holder()).isEqualTo(Office.department(PLACE.county(), LAND));
      assertThat(routed.state()).isEqualTo(RequestState.REPORTED);
    }

    @Test
    void a_department_returns_a_misrouted_request_once_and_never_holds_it_again() {
      Request r = atDepartment(LAND);
      Request returned = applied(r.returnToCounty(nextCommand(), LAND_DEPT, "not land: pension", ctx("2026-03-09T09:00")));
      assertThat(returned.holder()).isEqualTo(Office.of(Tier.COUNTY_OFFICE, PLACE));
      assertThat(returned.returnedBy()).containsExactly(LAND);
      refused(returned.route(nextCommand(), COUNTY, LAND, LAND, ctx("2026-03-09T10:00")),
          RefusalReason.DEPARTMENT_RETURNED);
      refused(returned.route(nextCommand(), COUNTY, null, LAND, ctx("2026-03-09T10:00")),
          RefusalReason.DEPARTMENT_RETURNED);
      Request rerouted = applied(returned.route(nextCommand(), COUNTY, SOCIAL, LAND, ctx("2026-03-09T10:00")));
      assertThat(rerouted.holder()).isEqualTo(Office.department(PLACE.county(), SOCIAL));
    }

    @Test
    void a_lapse_at_the_county_office_never_routes_back_to_a_returning_department() {
      Request r = applied(atDepartment(LAND).returnToCounty(nextCommand(), LAND_DEPT, "misrouted", ctx("2026-03-09T09:00")));
      r = r.onDeadlines(ctx("2026-03-10T18:00"), LAND).orElseThrow().request();
      r = r.onDeadlines(ctx("2026-03-11T18:00"), LAND).orElseThrow().request();
      assertThat(r.holder()).isEqualTo(Office.of(Tier.COUNTY_OFFICE, PLACE));
      assertThat(r.history().get(r.history().size() - 1).kind()).isEqualTo(TransitionKind.SUPERVISED);
    }

    @Test
    void only_a_department_returns() {
      refused(accepted().returnToCounty(nextCommand(), VILLAGE, "x", ctx("2026-03-02T11:00")),
          RefusalReason.WRONG_STATE);
    }
  }

  @Nested
  class Authorization {
    @Test
    void an_actor_of_another_tier_is_refused_and_the_request_is_unchanged() {
      Request r = reported();
      Refused refused = refused(r.accept(nextCommand(), DISTRICT, HANDLER, ctx("2026-03-02T10:00")), RefusalReason.WRONG_TIER);
      assertThat(refused.requestId()).isEqualTo(ID);
      assertThat(r.version()).isEqualTo(1);
      assertThat(r.state()).isEqualTo(RequestState.REPORTED);
    }

    @Test
    void an_actor_of_another_grid_at_the_same_tier_is_refused() {
      refused(reported().accept(nextCommand(), staff("x", Tier.VILLAGE_GRID, OTHER_PLACE), HANDLER,
          ctx("2026-03-02T10:00")), RefusalReason.OUTSIDE_JURISDICTION);
    }

    @Test
    void a_citizen_cannot_act_for_an_office() {
      refused(reported().accept(nextCommand(), REPORTER, HANDLER, ctx("2026-03-02T10:00")), RefusalReason.WRONG_TIER);
    }

    @Test
    void a_department_acts_only_on_requests_routed_to_it() {
      refused(atDepartment(LAND).accept(nextCommand(), SOCIAL_DEPT, HANDLER, ctx("2026-03-09T10:00")),
          RefusalReason.OUTSIDE_JURISDICTION);
    }
  }

  @Nested
  class Withdrawal {
    @Test
    void the_reporter_withdraws_and_the_request_is_kept() {
      Request w = applied(accepted().withdraw(nextCommand(), REPORTER, "solved myself", ctx("2026-03-02T12:00")));
      assertThat(w.state()).isEqualTo(RequestState.WITHDRAWN);
      assertThat(w.nextDeadline()).isEmpty();
      assertThat(w.history()).hasSize(3);
      refused(w.withdraw(nextCommand(), REPORTER, "again", ctx("2026-03-02T12:00")), RefusalReason.WRONG_STATE);
      refused(w.accept(nextCommand(), VILLAGE, HANDLER, ctx("2026-03-02T12:00")), RefusalReason.WRONG_STATE);
    }

    @Test
    void nobody_else_withdraws() {
      refused(accepted().withdraw(nextCommand(), VILLAGE, "x", ctx("2026-03-02T12:00")), RefusalReason.NOT_REPORTER);
    }
  }

  @Nested
  class Suspension {
    @Test
    void a_suspension_pauses_the_clock_and_moves_the_deadline_by_the_working_days_paused() {
      Request r = accepted(); // resolve by Thursday 5 March
      Request s = applied(r.suspend(nextCommand(), VILLAGE, "waiting for land certificate", ctx("2026-03-02T15:00")));
      assertThat(s.state()).isEqualTo(RequestState.SUSPENDED);
      // the allowance of 5 working days ends on Monday 9 March.
      assertThat(s.nextDeadline()).contains(at("2026-03-09T17:30"));
      Request resumed = applied(s.resume(nextCommand(), VILLAGE, ctx("2026-03-04T09:00")));
      assertThat(resumed.state()).isEqualTo(RequestState.ACCEPTED);
      assertThat(resumed.suspendedDays()).isEqualTo(2);
      assertThat(resumed.nextDeadline()).contains(at("2026-03-09T17:30"));
    }

    @Test
    void a_suspension_resumed_in_a_far_year_counts_no_more_days_than_the_allowance_in_bounded_time() {
      Request s = applied(accepted().suspend(nextCommand(), VILLAGE, "missing material", ctx("2026-03-02T15:00")));
      // Counting every working day from 2026 to a year near the end of the time line took hours.
      RuleContext far = new RuleContext(
          LocalDateTime.of(999_999_000, 1, 4, 9, 0).atZone(Fixtures.ZONE).toInstant(), Fixtures.CALENDAR,
          Fixtures.POLICY);
      Request resumed = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> applied(s.resume(nextCommand(), VILLAGE, far)));
      Request swept = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> s.onDeadlines(far, null).orElseThrow().request());
      assertThat(resumed.suspendedDays()).isEqualTo(5);
      assertThat(resumed.nextDeadline()).contains(at("2026-03-12T17:30"));
      assertThat(swept.suspendedDays()).isEqualTo(5);
      // The resolve deadline moved to 12 March 2026 has passed as well: the sweep issues its reminder.
      assertThat(swept.reminded()).isTrue();
      assertThat(swept.nextDeadline().orElseThrow()).isAfter(far.now());
    }

    @Test
    void a_suspension_resumes_by_itself_when_the_allowance_runs_out_and_cannot_start_again() {
      Request s = applied(accepted().suspend(nextCommand(), VILLAGE, "missing material", ctx("2026-03-02T15:00")));
      Request resumed = s.onDeadlines(ctx("2026-03-09T18:00"), null).orElseThrow().request();
      assertThat(resumed.state()).isEqualTo(RequestState.ACCEPTED);
      assertThat(resumed.suspendedDays()).isEqualTo(5);
      // Thursday 5 March moved by 5 working days: Thursday 12 March.
      assertThat(resumed.nextDeadline()).contains(at("2026-03-12T17:30"));
      assertThat(resumed.history().get(resumed.history().size() - 1).kind()).isEqualTo(TransitionKind.RESUMED);
      refused(resumed.suspend(nextCommand(), VILLAGE, "again", ctx("2026-03-10T09:00")),
          RefusalReason.SUSPENSION_EXHAUSTED);
    }

    @Test
    void only_an_accepted_request_is_suspended() {
      refused(reported().suspend(nextCommand(), VILLAGE, "x", ctx("2026-03-02T10:00")), RefusalReason.WRONG_STATE);
    }
  }

  @Nested
  class MustAttend {
    static Request emergency() {
      Form.Report form =
          new Form.Report(Fixtures.CITIZEN, PLACE, Category.of("flood"), "water rising", Urgency.URGENT,
              MustAttendType.EMERGENCY, null);
      return applied(Request.report(ID, nextCommand(), REPORTER, form, ctx("2026-03-02T09:00")));
    }

    @Test
    void a_must_attend_request_carries_its_on_site_limit_in_clock_hours() {
      Request r = emergency();
      assertThat(r.onSiteDeadline()).contains(at("2026-03-02T11:00"));
      assertThat(r.nextDeadline()).contains(at("2026-03-02T11:00"));
    }

    @Test
    void a_missed_on_site_limit_issues_a_reminder_charged_to_the_holder() {
      Applied lapsed = emergency().onDeadlines(ctx("2026-03-02T11:01"), null).orElseThrow();
      Request r = lapsed.request();
      assertThat(r.onSiteDeadline()).isEmpty();
      HistoryEntry last = r.history().get(r.history().size() - 1);
      assertThat(last.kind()).isEqualTo(TransitionKind.ON_SITE_LAPSED);
      assertThat(last.chargedTo()).isEqualTo(Office.of(Tier.VILLAGE_GRID, PLACE));
      assertThat(r.nextDeadline()).contains(at("2026-03-03T17:30"));
    }

    @Test
    void arrival_on_site_stops_the_on_site_clock() {
      Request r = applied(emergency().recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T10:00")));
      assertThat(r.onSiteDeadline()).isEmpty();
      refused(r.recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T10:30")), RefusalReason.WRONG_STATE);
    }

    @Test
    void an_arrival_after_the_lapse_is_recorded_as_late() {
      Request lapsed = emergency().onDeadlines(ctx("2026-03-02T11:01"), null).orElseThrow().request();

      Request r = applied(lapsed.recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T13:00")));

      HistoryEntry last = r.history().get(r.history().size() - 1);
      assertThat(last.kind()).isEqualTo(TransitionKind.ON_SITE_ARRIVED_LATE);
      assertThat(last.at()).isEqualTo(at("2026-03-02T13:00"));
      assertThat(r.history()).extracting(HistoryEntry::kind)
          .containsSubsequence(TransitionKind.ON_SITE_LAPSED, TransitionKind.ON_SITE_ARRIVED_LATE);
      assertThat(r.onSiteDeadline()).isEmpty();
      refused(r.recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T14:00")), RefusalReason.WRONG_STATE);
    }

    @Test
    void an_arrival_in_time_is_not_late() {
      Request r = applied(emergency().recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T11:00")));
      assertThat(r.history().get(r.history().size() - 1).kind()).isEqualTo(TransitionKind.ON_SITE_ARRIVED);
    }

    @Test
    void a_request_that_is_not_must_attend_has_no_arrival_to_record() {
      refused(reported().recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T10:00")),
          RefusalReason.NOT_MUST_ATTEND);
    }
  }

  @Test
  void the_policy_may_set_limits_per_tier_category_and_urgency() {
    EscalationPolicy policy =
        EscalationPolicy.defaults()
            .withOverrides(Map.of(new LimitKey(Tier.VILLAGE_GRID, Fixtures.LAND_CATEGORY, Urgency.NORMAL),
                StepLimits.workingDays(2, 6, 1)));
    RuleContext ctx = new RuleContext(at("2026-03-02T09:00"), Fixtures.CALENDAR, policy);
    Request r = applied(Request.report(ID, nextCommand(), REPORTER, reportForm(), ctx));
    assertThat(r.nextDeadline()).contains(at("2026-03-04T17:30"));
    assertThat(policy.limits(Tier.VILLAGE_GRID, Category.of("other"), Urgency.NORMAL).acceptDays()).isEqualTo(1);
    assertThat(policy.onSiteLimit(MustAttendType.PETITION)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void deadlines_cross_the_national_day_holiday_and_count_the_make_up_working_day() {
    Request r = applied(Request.report(ID, nextCommand(), REPORTER, reportForm(), ctx("2026-09-30T10:00")));
    // 1 working day after Wednesday 30 September: 1-7 October are holidays, so Thursday 8 October.
    assertThat(r.nextDeadline()).contains(at("2026-10-08T17:30"));
    r = applied(r.accept(nextCommand(), VILLAGE, HANDLER, ctx("2026-10-08T09:00")));
    // 3 working days after 8 October: Friday 9, Saturday 10 (make-up day), Monday 12.
    assertThat(r.nextDeadline()).contains(at("2026-10-12T17:30"));
  }

  static Request atCountyOffice() {
    Request r = applied(accepted().escalate(nextCommand(), VILLAGE, "beyond the village", ctx("2026-03-02T11:00")));
    r = applied(r.escalate(nextCommand(), DISTRICT, "beyond the district", ctx("2026-03-03T09:00")));
    r = applied(r.escalate(nextCommand(), TOWNSHIP, "county matter", ctx("2026-03-04T09:00")));
    assertThat(r.holder()).isEqualTo(Office.of(Tier.COUNTY_OFFICE, PLACE));
    return r;
  }

  static Request atDepartment(DepartmentId department) {
    return applied(atCountyOffice().route(nextCommand(), COUNTY, department, null, ctx("2026-03-05T09:00")));
  }

  @Nested
  class Storage {
    @Test
    void a_restored_snapshot_is_the_same_request_and_behaves_the_same() {
      Request suspended =
          applied(accepted().suspend(nextCommand(), VILLAGE, "missing material", ctx("2026-03-02T15:00")));
      Request restored = Request.restore(suspended.snapshot());
      assertThat(restored.snapshot()).isEqualTo(suspended.snapshot());
      CommandId resume = nextCommand();
      assertThat(applied(restored.resume(resume, VILLAGE, ctx("2026-03-04T09:00"))).snapshot())
          .isEqualTo(applied(suspended.resume(resume, VILLAGE, ctx("2026-03-04T09:00"))).snapshot());
    }

    @Test
    void a_record_that_disagrees_with_its_history_is_not_restored() {
      RequestRecord accepted = accepted().snapshot();
      ImmutableList<HistoryEntry> history = accepted.history();

      assertThatThrownBy(() -> Request.restore(accepted.with(RequestState.RESOLVED, accepted.step())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("state is RESOLVED, but the last history entry (ACCEPTED) leaves the request ACCEPTED");
      assertThatThrownBy(() -> Request.restore(accepted.heldBy(Office.of(Tier.DISTRICT_GRID, PLACE))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("holder is " + Office.of(Tier.DISTRICT_GRID, PLACE))
          .hasMessageContaining("leaves the request at " + Office.of(Tier.VILLAGE_GRID, PLACE));
      assertThatThrownBy(() -> Request.restore(
              accepted.withLog(history.size() + 1, history, accepted.appliedCommands())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("version is 3, but the history holds 2 entries, and each version adds at least one");

      HistoryEntry report = history.get(0);
      HistoryEntry acceptance = history.get(1);
      assertThatThrownBy(() -> Request.restore(
              accepted.withLog(2, ImmutableList.of(acceptance, report), accepted.appliedCommands())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("history[0].kind must be REPORTED, was ACCEPTED");
      assertThatThrownBy(() -> Request.restore(
              accepted.withLog(2, ImmutableList.of(report, report, acceptance), accepted.appliedCommands())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("history[1].kind is REPORTED, but only the first entry is");
      // Clocks of several machines differ: an entry a little before the one it follows is restored.
      HistoryEntry early = new HistoryEntry(report.at().minusSeconds(60), acceptance.actor(), acceptance.kind(),
          acceptance.state(), acceptance.holder(), acceptance.form(), acceptance.reason(), acceptance.chargedTo(),
          acceptance.category(), acceptance.duplicateOf());
      assertThat(Request.restore(accepted.withLog(2, ImmutableList.of(report, early), accepted.appliedCommands()))
          .history()).containsExactly(report, early);

      // At the bound it is restored: as many versions as entries.
      assertThat(Request.restore(accepted.withLog(2, history, accepted.appliedCommands())).version()).isEqualTo(2);
    }

    @Test
    void the_record_holds_each_named_part_exactly_while_it_applies() {
      Request accepted = accepted();
      RequestRecord.Step resolving = accepted.snapshot().step();
      assertThat(resolving.kind()).isEqualTo(DeadlineKind.RESOLVE);
      assertThat(resolving.reminded()).isFalse();
      assertThat(accepted.snapshot().suspension()).isNull();
      assertThat(accepted.snapshot().onSite()).isNull();

      Request suspended =
          applied(accepted.suspend(nextCommand(), VILLAGE, "missing material", ctx("2026-03-02T15:00")));
      assertThat(suspended.snapshot().suspension())
          .isEqualTo(new RequestRecord.Suspension(RequestState.ACCEPTED, resolving, at("2026-03-02T15:00")));
      assertThat(suspended.snapshot().step().kind()).isEqualTo(DeadlineKind.SUSPENSION_END);
      assertThat(suspended.stepKind()).contains(DeadlineKind.SUSPENSION_END);

      Request resumedSameDay = applied(suspended.resume(nextCommand(), VILLAGE, ctx("2026-03-02T16:00")));
      assertThat(resumedSameDay.snapshot().suspension()).isNull();
      assertThat(resumedSameDay.snapshot().step()).isEqualTo(resolving);

      Request withdrawn = applied(suspended.withdraw(nextCommand(), REPORTER, "settled", ctx("2026-03-02T16:00")));
      assertThat(withdrawn.snapshot().step()).isNull();
      assertThat(withdrawn.snapshot().suspension()).isEqualTo(suspended.snapshot().suspension());
      assertThat(withdrawn.stepKind()).isEmpty();
      assertThat(withdrawn.reminded()).isFalse();
      assertThat(withdrawn.nextDeadline()).isEmpty();
    }

    @Test
    void the_on_site_clock_runs_from_the_report_until_the_team_is_on_site() {
      Request emergency = MustAttend.emergency();
      RequestRecord.OnSiteClock clock = emergency.snapshot().onSite();
      assertThat(clock).isNotNull();
      assertThat(emergency.onSiteDeadline()).contains(clock.deadline());
      assertThat(emergency.nextDeadlineOrNull()).isEqualTo(clock.deadline());
      Request onSite = applied(emergency.recordOnSite(nextCommand(), VILLAGE, ctx("2026-03-02T09:30")));
      assertThat(onSite.snapshot().onSite()).isNull();
      assertThat(onSite.nextDeadlineOrNull()).isEqualTo(onSite.snapshot().step().deadline());
    }

    @Test
    void a_snapshot_that_breaks_an_invariant_is_refused_naming_the_field() {
      RequestRecord s = feedbackGiven().snapshot();
      assertThatThrownBy(() -> new RequestRecord(s.id(), 0, s.report(), s.category(), s.state(), s.holder(),
              s.assignee(), s.step(), s.onSite(), s.suspension(), s.suspendedDays(), s.returnedBy(),
              s.reopenedAtTier(), s.result(), s.history(), s.appliedCommands()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("version");
      assertThatThrownBy(() -> s.withCategory(null))
          .isInstanceOf(NullPointerException.class).hasMessageStartingWith("category");
      assertThatThrownBy(() -> s.with(RequestState.CLOSED, s.step()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("step");
      assertThatThrownBy(() -> s.with(RequestState.SUSPENDED, s.step()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("suspension");
    }
  }
}
