package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.escalation.model.Fixtures.DISTRICT;
import static org.grid.escalation.model.Fixtures.LAND_CATEGORY;
import static org.grid.escalation.model.Fixtures.OTHER_PLACE;
import static org.grid.escalation.model.Fixtures.PLACE;
import static org.grid.escalation.model.Fixtures.REPORTER;
import static org.grid.escalation.model.Fixtures.VILLAGE;
import static org.grid.escalation.model.Fixtures.at;
import static org.grid.escalation.model.Fixtures.ctx;
import static org.grid.escalation.model.Fixtures.nextCommand;
import static org.grid.escalation.model.Fixtures.staff;
import static org.grid.escalation.model.RequestTest.accepted;
import static org.grid.escalation.model.RequestTest.applied;
import static org.grid.escalation.model.RequestTest.feedbackGiven;
import static org.grid.escalation.model.RequestTest.kinds;
import static org.grid.escalation.model.RequestTest.refused;
import static org.grid.escalation.model.RequestTest.reported;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.CommandOutcome.Applied;
import org.grid.escalation.model.RequestEvent.RequestClosedAsDuplicate;
import org.grid.escalation.model.RequestEvent.RequestRecategorized;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two corrections the holding office makes: the category (改类) and a duplicate (重复件). */
class CorrectionTest {

  private static final Category PENSION = Category.of("pension");
  private static final RequestId ORIGINAL = RequestId.of("R0");
  private static final PersonId HANDLER = PersonId.of("handler");

  /** Requests in every state, each brought there by the rules; keyed by the state. */
  private static Map<RequestState, Supplier<Request>> everyState() {
    Map<RequestState, Supplier<Request>> states = new LinkedHashMap<>();
    states.put(RequestState.REPORTED, RequestTest::reported);
    states.put(RequestState.ACCEPTED, RequestTest::accepted);
    states.put(RequestState.SUSPENDED,
        () -> applied(accepted().suspend(nextCommand(), VILLAGE, "missing papers", ctx("2026-03-02T11:00"))));
    states.put(RequestState.RESOLVED,
        () -> applied(accepted().resolve(nextCommand(), VILLAGE, "moved", ctx("2026-03-02T11:00"))));
    states.put(RequestState.FEEDBACK_GIVEN, RequestTest::feedbackGiven);
    states.put(RequestState.CLOSED,
        () -> applied(feedbackGiven().rate(nextCommand(), REPORTER, Rating.SATISFIED, ctx("2026-03-04T09:00"))));
    states.put(RequestState.WITHDRAWN,
        () -> applied(reported().withdraw(nextCommand(), REPORTER, "settled", ctx("2026-03-02T10:00"))));
    states.put(RequestState.DUPLICATE,
        () -> applied(reported().closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same wall",
            ctx("2026-03-02T10:00"))));
    return states;
  }

  private static final List<RequestState> BEFORE_RESOLUTION =
      List.of(RequestState.REPORTED, RequestState.ACCEPTED, RequestState.SUSPENDED);

  private static HistoryEntry last(Request r) {
    return r.history().get(r.history().size() - 1);
  }

  @Nested
  class Recategorize {

    @Test
    void the_holder_corrects_the_category_and_the_report_form_keeps_the_reporters() {
      Request before = accepted();
      Applied outcome = (Applied) before.recategorize(nextCommand(), VILLAGE, PENSION, "it is about a pension",
          ctx("2026-03-02T11:00"));
      Request r = outcome.request();

      assertThat(r.category()).isEqualTo(PENSION);
      assertThat(r.report().category()).isEqualTo(LAND_CATEGORY);
      assertThat(r.report()).isEqualTo(before.report());
      assertThat(r.version()).isEqualTo(before.version() + 1);
      HistoryEntry entry = last(r);
      assertThat(entry.kind()).isEqualTo(TransitionKind.RECATEGORIZED);
      assertThat(entry.category()).isEqualTo(PENSION);
      assertThat(entry.duplicateOf()).isNull();
      assertThat(entry.reason()).isEqualTo("it is about a pension");
      assertThat(entry.actor()).isEqualTo(VILLAGE);
      assertThat(entry.state()).isEqualTo(RequestState.ACCEPTED);
      assertThat(entry.holder()).isEqualTo(before.holder());
      assertThat(entry.form()).isNull();
      assertThat(outcome.events()).containsExactly(new RequestRecategorized(r.id(), r.version(),
          at("2026-03-02T11:00"), before.holder(), LAND_CATEGORY, PENSION, "it is about a pension",
          RequestFacts.of(r.snapshot())));
      assertThat(outcome.events().get(0).facts().category()).isEqualTo(PENSION);
    }

    @Test
    void the_state_the_holder_the_assignee_and_every_deadline_stay() {
      Request before = applied(accepted().suspend(nextCommand(), VILLAGE, "papers", ctx("2026-03-02T11:00")));
      Request r = applied(before.recategorize(nextCommand(), VILLAGE, PENSION, "pension", ctx("2026-03-02T12:00")));

      RequestRecord b = before.snapshot();
      RequestRecord a = r.snapshot();
      assertThat(a.state()).isEqualTo(b.state());
      assertThat(a.holder()).isEqualTo(b.holder());
      assertThat(a.assignee()).isEqualTo(b.assignee());
      assertThat(a.step()).isEqualTo(b.step());
      assertThat(a.suspension()).isEqualTo(b.suspension());
      assertThat(a.onSite()).isEqualTo(b.onSite());
      assertThat(r.nextDeadline()).isEqualTo(before.nextDeadline());
    }

    @Test
    void it_applies_until_the_request_is_resolved_and_is_refused_afterwards() {
      everyState().forEach((state, made) -> {
        Request r = made.get();
        assertThat(r.state()).isEqualTo(state);
        CommandOutcome outcome = r.recategorize(nextCommand(), VILLAGE, PENSION, "pension", ctx("2026-03-05T09:00"));
        if (BEFORE_RESOLUTION.contains(state)) {
          assertThat(applied(outcome).category()).as("%s", state).isEqualTo(PENSION);
        } else {
          assertThat(refused(outcome, RefusalReason.WRONG_STATE).message()).as("%s", state).contains(state.name());
        }
      });
    }

    @Test
    void the_current_category_is_refused_and_the_reporters_may_come_back() {
      Request r = reported();
      refused(r.recategorize(nextCommand(), VILLAGE, LAND_CATEGORY, "no change", ctx("2026-03-02T10:00")),
          RefusalReason.SAME_CATEGORY);
      Request pension = applied(r.recategorize(nextCommand(), VILLAGE, PENSION, "pension", ctx("2026-03-02T10:00")));
      refused(pension.recategorize(nextCommand(), VILLAGE, PENSION, "again", ctx("2026-03-02T10:30")),
          RefusalReason.SAME_CATEGORY);

      Request back = applied(pension.recategorize(nextCommand(), VILLAGE, LAND_CATEGORY, "land after all",
          ctx("2026-03-02T11:00")));

      assertThat(back.category()).isEqualTo(LAND_CATEGORY);
      assertThat(kinds(back)).containsExactly(TransitionKind.REPORTED, TransitionKind.RECATEGORIZED,
          TransitionKind.RECATEGORIZED);
    }

    /** Walking the history from the report gives the category before and after each correction. */
    @Test
    void the_previous_category_of_each_correction_is_recovered_from_the_history() {
      Category roads = Category.of("roads");
      Request r = applied(reported().recategorize(nextCommand(), VILLAGE, PENSION, "a", ctx("2026-03-02T10:00")));
      r = applied(r.recategorize(nextCommand(), VILLAGE, roads, "b", ctx("2026-03-02T10:30")));

      List<String> changes = new ArrayList<>();
      Category current = r.report().category();
      for (HistoryEntry e : r.history()) {
        if (e.kind() == TransitionKind.RECATEGORIZED) {
          changes.add(current + "->" + e.category());
          current = e.category();
        }
      }

      assertThat(changes).containsExactly("land->pension", "pension->roads");
      assertThat(current).isEqualTo(r.category());
    }

    @Test
    void only_the_holding_office_corrects_it() {
      Request r = reported();
      refused(r.recategorize(nextCommand(), DISTRICT, PENSION, "x", ctx("2026-03-02T10:00")),
          RefusalReason.WRONG_TIER);
      refused(r.recategorize(nextCommand(), staff("o", Tier.VILLAGE_GRID, OTHER_PLACE), PENSION, "x",
          ctx("2026-03-02T10:00")), RefusalReason.OUTSIDE_JURISDICTION);
      refused(r.recategorize(nextCommand(), REPORTER, PENSION, "x", ctx("2026-03-02T10:00")),
          RefusalReason.WRONG_TIER);
    }

    @Test
    void a_blank_reason_or_no_category_is_a_broken_precondition() {
      Request r = reported();
      assertThatThrownBy(() -> r.recategorize(nextCommand(), VILLAGE, PENSION, " ", ctx("2026-03-02T10:00")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
      assertThatThrownBy(() -> r.recategorize(nextCommand(), VILLAGE, null, "x", ctx("2026-03-02T10:00")))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("category");
    }

    /**
     * The time limits of the steps after a correction are the new category's: the district accepts the request with
     * the resolve limit the policy sets for pensions, not the one for land.
     */
    @Test
    void later_steps_run_on_the_limits_of_the_current_category() {
      EscalationPolicy policy = EscalationPolicy.defaults().withOverrides(Map.of(
          new LimitKey(Tier.DISTRICT_GRID, PENSION, Urgency.NORMAL), StepLimits.workingDays(2, 1, 1)));
      RuleContext monday = new RuleContext(at("2026-03-02T10:00"), Fixtures.CALENDAR, policy);
      Request r = applied(reported().recategorize(nextCommand(), VILLAGE, PENSION, "pension", monday));
      r = applied(r.escalate(nextCommand(), VILLAGE, "for the district", monday));
      // accept within 2 working days (pension at the district), not the default 1
      assertThat(r.nextDeadline()).contains(at("2026-03-04T17:30"));

      Request acceptedThere = applied(r.accept(nextCommand(), DISTRICT, HANDLER, monday));

      // resolve within 1 working day, not the default 5
      assertThat(acceptedThere.nextDeadline()).contains(at("2026-03-03T17:30"));
    }
  }

  @Nested
  class CloseAsDuplicate {

    @Test
    void the_holder_closes_it_naming_the_original_and_no_deadline_remains() {
      Request before = accepted();
      Applied outcome = (Applied) before.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "the same wall",
          ctx("2026-03-02T11:00"));
      Request r = outcome.request();

      assertThat(r.state()).isEqualTo(RequestState.DUPLICATE);
      assertThat(r.state().isOpen()).isFalse();
      assertThat(r.duplicateOf()).contains(ORIGINAL);
      assertThat(r.nextDeadline()).isEmpty();
      assertThat(r.stepKind()).isEmpty();
      assertThat(r.holder()).isEqualTo(before.holder());
      assertThat(r.finalRating()).isEmpty();
      HistoryEntry entry = last(r);
      assertThat(entry.kind()).isEqualTo(TransitionKind.CLOSED_AS_DUPLICATE);
      assertThat(entry.duplicateOf()).isEqualTo(ORIGINAL);
      assertThat(entry.category()).isNull();
      assertThat(entry.state()).isEqualTo(RequestState.DUPLICATE);
      assertThat(entry.reason()).isEqualTo("the same wall");
      assertThat(outcome.events()).containsExactly(new RequestClosedAsDuplicate(r.id(), r.version(),
          at("2026-03-02T11:00"), before.holder(), ORIGINAL, "the same wall",
          RequestFacts.of(r.snapshot())));
      assertThat(outcome.events().get(0).facts().state()).isEqualTo(RequestState.DUPLICATE);
      assertThat(outcome.events().get(0).facts().step()).isNull();
      // The sweep never touches it again, however late.
      assertThat(r.isDue(Instant.MAX)).isFalse();
      assertThat(r.onDeadlines(ctx("2027-03-02T11:00"), null)).isEmpty();
    }

    @Test
    void it_applies_until_the_request_is_resolved_and_is_refused_afterwards() {
      everyState().forEach((state, made) -> {
        Request r = made.get();
        CommandOutcome outcome = r.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same", ctx("2026-03-05T09:00"));
        if (BEFORE_RESOLUTION.contains(state)) {
          assertThat(applied(outcome).state()).as("%s", state).isEqualTo(RequestState.DUPLICATE);
        } else {
          assertThat(refused(outcome, RefusalReason.WRONG_STATE).message()).as("%s", state).contains(state.name());
        }
      });
    }

    @Test
    void a_suspended_request_keeps_its_suspension_and_a_must_attend_one_stops_its_on_site_clock() {
      Request suspended = applied(accepted().suspend(nextCommand(), VILLAGE, "papers", ctx("2026-03-02T11:00")));
      Request closed = applied(suspended.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same",
          ctx("2026-03-02T12:00")));
      assertThat(closed.snapshot().suspension()).isEqualTo(suspended.snapshot().suspension());
      assertThat(closed.snapshot().step()).isNull();

      Request emergency = RequestTest.MustAttend.emergency();
      assertThat(emergency.onSiteDeadline()).isPresent();
      Request closedEmergency = applied(emergency.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same flood",
          ctx("2026-03-02T09:30")));
      assertThat(closedEmergency.onSiteDeadline()).isEmpty();
      assertThat(closedEmergency.nextDeadline()).isEmpty();
    }

    @Test
    void a_request_is_not_a_duplicate_of_itself() {
      Request r = reported();
      refused(r.closeAsDuplicate(nextCommand(), VILLAGE, r.id(), "same", ctx("2026-03-02T10:00")),
          RefusalReason.INVALID_ORIGINAL);
    }

    @Test
    void a_duplicate_takes_no_command_any_more() {
      Request r = applied(reported().closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same",
          ctx("2026-03-02T10:00")));
      RuleContext later = ctx("2026-03-02T11:00");
      refused(r.accept(nextCommand(), VILLAGE, HANDLER, later), RefusalReason.WRONG_STATE);
      refused(r.withdraw(nextCommand(), REPORTER, "x", later), RefusalReason.WRONG_STATE);
      refused(r.recategorize(nextCommand(), VILLAGE, PENSION, "x", later), RefusalReason.WRONG_STATE);
      refused(r.closeAsDuplicate(nextCommand(), VILLAGE, RequestId.of("R7"), "x", later), RefusalReason.WRONG_STATE);
    }

    @Test
    void only_the_holding_office_closes_it() {
      Request r = reported();
      refused(r.closeAsDuplicate(nextCommand(), DISTRICT, ORIGINAL, "x", ctx("2026-03-02T10:00")),
          RefusalReason.WRONG_TIER);
      refused(r.closeAsDuplicate(nextCommand(), staff("o", Tier.VILLAGE_GRID, OTHER_PLACE), ORIGINAL, "x",
          ctx("2026-03-02T10:00")), RefusalReason.OUTSIDE_JURISDICTION);
      refused(r.closeAsDuplicate(nextCommand(), REPORTER, ORIGINAL, "x", ctx("2026-03-02T10:00")),
          RefusalReason.WRONG_TIER);
      assertThatThrownBy(() -> r.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "", ctx("2026-03-02T10:00")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
  }

  @Nested
  class Entries {

    @Test
    void a_category_or_an_original_belongs_to_its_kind_of_entry_only() {
      Instant now = at("2026-03-02T10:00");
      Office holder = Office.of(Tier.VILLAGE_GRID, PLACE);
      assertThatThrownBy(() -> new HistoryEntry(now, VILLAGE, TransitionKind.RECATEGORIZED, RequestState.REPORTED,
          holder, null, "x", null, null, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category");
      assertThatThrownBy(() -> new HistoryEntry(now, VILLAGE, TransitionKind.ACCEPTED, RequestState.ACCEPTED,
          holder, null, null, null, PENSION, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category");
      assertThatThrownBy(() -> HistoryEntry.of(now, VILLAGE, TransitionKind.CLOSED_AS_DUPLICATE,
          RequestState.DUPLICATE, holder, null, "x", null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duplicateOf");
      assertThatThrownBy(() -> new HistoryEntry(now, VILLAGE, TransitionKind.CLOSED, RequestState.CLOSED,
          holder, null, null, null, null, ORIGINAL))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duplicateOf");
    }

    @Test
    void an_entry_prints_its_category_and_original_but_masks_its_reason() {
      Request r = applied(reported().recategorize(nextCommand(), VILLAGE, PENSION, "call 13812345678",
          ctx("2026-03-02T10:00")));
      r = applied(r.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "call 13812345678", ctx("2026-03-02T11:00")));

      String recategorized = r.history().get(1).toString();
      String duplicate = r.history().get(2).toString();

      assertThat(recategorized).contains("category=pension").doesNotContain("13812345678");
      assertThat(duplicate).contains("duplicateOf=R0").doesNotContain("13812345678");
    }

    @Test
    void a_stored_request_closed_as_a_duplicate_of_itself_is_not_restored() {
      Request r = applied(reported().closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same",
          ctx("2026-03-02T11:00")));
      RequestRecord record = r.snapshot();
      HistoryEntry e = record.history().get(1);
      HistoryEntry itself = new HistoryEntry(e.at(), e.actor(), e.kind(), e.state(), e.holder(), e.form(), e.reason(),
          e.chargedTo(), e.category(), r.id());
      RequestRecord tampered = record.withLog(record.version(),
          ImmutableList.of(record.history().get(0), itself), record.appliedCommands());

      assertThatThrownBy(() -> Request.restore(tampered))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("history[1].duplicateOf closes the request as a duplicate of itself");
    }

    @Test
    void erasing_the_free_text_keeps_the_category_and_the_original() {
      Request r = applied(reported().recategorize(nextCommand(), VILLAGE, PENSION, "a pension",
          ctx("2026-03-02T10:00")));
      r = applied(r.closeAsDuplicate(nextCommand(), VILLAGE, ORIGINAL, "same", ctx("2026-03-02T11:00")));

      RequestRecord erased = r.snapshot().withFreeTextErased("[erased]");

      assertThat(erased.category()).isEqualTo(PENSION);
      assertThat(erased.history().get(1).category()).isEqualTo(PENSION);
      assertThat(erased.history().get(1).reason()).isEqualTo("[erased]");
      assertThat(erased.history().get(2).duplicateOf()).isEqualTo(ORIGINAL);
      assertThat(Request.restore(erased).duplicateOf()).contains(ORIGINAL);
    }
  }
}
