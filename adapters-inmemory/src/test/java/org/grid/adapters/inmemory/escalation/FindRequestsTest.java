package org.grid.adapters.inmemory.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.COUNTY;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.at;

import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RefusalReason;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.QueryOutcome;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.RequestPage;
import org.grid.escalation.port.in.RequestQuery;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * The engine's request queries (FindRequestsUseCase): the list and the single read see exactly what the commands
 * may act on, confirm a staff viewer as a command does, and page by cursor.
 */
class FindRequestsTest {

  private final MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), ZONE);
  private RequestService service;

  @BeforeEach
  void createService() {
    service = new RequestService(new InMemoryRequestRepository(),
        new InMemoryRoutingTable().put(COUNTY, LAND_CATEGORY, LAND), InMemoryWorkCalendars.everywhere(CALENDAR),
        new RecordingRequestEventPublisher(), InMemoryUnitOfWork.create(), clock, POLICY,
        Validation.buildDefaultValidatorFactory().getValidator(), RequestServiceTest.sampleAuthorization());
  }

  private void report(String id, Place place) {
    assertThat(service.handle(new RequestCommand.Report(CommandId.of("c-" + id), RequestId.of(id),
        Actor.citizen(CITIZEN), CITIZEN, place, LAND_CATEGORY, "fence", Urgency.NORMAL, null, null)))
        .isInstanceOf(CommandOutcome.Applied.class);
    clock.add(java.time.Duration.ofMinutes(1));
  }

  private List<RequestId> everything(Actor viewer, int limit) {
    List<RequestId> ids = new ArrayList<>();
    PageCursor cursor = null;
    do {
      QueryOutcome<RequestPage> outcome = service.find(RequestQuery.everything(viewer, limit).from(cursor));
      RequestPage page = ((QueryOutcome.Answered<RequestPage>) outcome).value();
      assertThat(page.requests()).hasSizeLessThanOrEqualTo(limit);
      page.requests().forEach(r -> ids.add(r.id()));
      cursor = page.next().orElse(null);
    } while (cursor != null);
    return ids;
  }

  @Test
  void every_viewer_lists_exactly_the_requests_its_commands_may_act_on() {
    for (int i = 1; i <= 4; i++) {
      report("R" + i, i % 2 == 0 ? PLACE_B : PLACE_A);
    }
    List<Actor> viewers = new ArrayList<>();
    for (Office office : EscalationSamples.offices()) {
      viewers.add(Actor.staff(EscalationSamples.staffId(office), EscalationSamples.roleOf(office.tier()), office));
    }
    viewers.add(Actor.citizen(CITIZEN));
    viewers.add(Actor.citizen(PersonId.of("citizen-2")));
    for (Actor viewer : viewers) {
      List<RequestId> listed = everything(viewer, 1);
      for (int i = 1; i <= 4; i++) {
        RequestId id = RequestId.of("R" + i);
        QueryOutcome<Request> one = service.findOne(viewer, id);
        // A command by the same actor is refused as NOT_FOUND exactly when the request is not visible.
        CommandOutcome resume = service.handle(new RequestCommand.Resume(CommandId.of("probe"), id, 1, viewer));
        boolean notFound = resume instanceof CommandOutcome.Refused r && r.reason() == RefusalReason.NOT_FOUND;
        assertThat(listed.contains(id)).as(viewer + " lists " + id).isEqualTo(!notFound);
        assertThat(one instanceof QueryOutcome.Answered).as(viewer + " reads " + id).isEqualTo(!notFound);
      }
      assertThat(everything(viewer, 200)).isEqualTo(listed);
    }
    assertThat(everything(Actor.citizen(CITIZEN), 3))
        .containsExactly(RequestId.of("R4"), RequestId.of("R3"), RequestId.of("R2"), RequestId.of("R1"));
    assertThat(everything(EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A), 3))
        .containsExactly(RequestId.of("R3"), RequestId.of("R1"));
  }

  @Test
  void a_staff_viewer_the_directory_does_not_confirm_is_refused() {
    report("R1", PLACE_A);
    Office village = Office.of(Tier.VILLAGE_GRID, PLACE_A);
    Actor stranger = Actor.staff(PersonId.of("stranger"), "leader", village);
    Actor wrongRole = Actor.staff(EscalationSamples.staffId(village), "member", village);
    assertThat(service.find(RequestQuery.everything(stranger, 10)))
        .isInstanceOfSatisfying(QueryOutcome.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_APPOINTED));
    assertThat(service.findOne(wrongRole, RequestId.of("R1")))
        .isInstanceOfSatisfying(QueryOutcome.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.ROLE_NOT_CONFIRMED));
    assertThat(service.findOne(Actor.citizen(CITIZEN), RequestId.of("R9")))
        .isInstanceOfSatisfying(QueryOutcome.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_FOUND));
  }

  @Test
  void a_query_checks_its_page_size_and_its_conditions() {
    Actor citizen = Actor.citizen(CITIZEN);
    assertThatThrownBy(() -> RequestQuery.everything(citizen, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> RequestQuery.everything(citizen, RequestQuery.MAX_LIMIT + 1))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new RequestQuery(citizen, Tier.DISTRICT_GRID, Office.of(Tier.VILLAGE_GRID, PLACE_A),
        null, null, null, null, null, null, null, 10)).hasMessageContaining("tier");
    assertThatThrownBy(() -> new RequestQuery(citizen, null, null, null, null, null, null, at("2026-03-02T09:00"),
        at("2026-03-01T09:00"), null, 10)).hasMessageContaining("reportedUntil");
  }

  @Test
  void a_cursor_reads_back_and_an_altered_one_is_refused_without_echoing_it() {
    PageCursor cursor = new PageCursor(at("2026-03-02T09:00").plusNanos(7), RequestId.of("R/网格:1"));
    assertThat(PageCursor.parse(cursor.encode())).isEqualTo(cursor);
    String text = cursor.encode();
    for (int i = 0; i < text.length(); i++) {
      char replaced = text.charAt(i) == 'A' ? 'B' : 'A';
      String altered = text.substring(0, i) + replaced + text.substring(i + 1);
      try {
        PageCursor parsed = PageCursor.parse(altered);
        // A change in the last character may only flip padding bits Base64 ignores: the same cursor.
        assertThat(parsed).as(altered).isEqualTo(cursor);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).startsWith("cursor").doesNotContain(altered);
      }
    }
    for (String bad : List.of("", "!!!", "MTox", "a".repeat(500))) {
      assertThatThrownBy(() -> PageCursor.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
