package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.appliedRequest;
import static org.grid.testkit.escalation.EscalationSamples.at;
import static org.grid.testkit.escalation.EscalationSamples.reported;

import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Form;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.grid.escalation.model.CommandId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.Visibility;
import org.grid.escalation.port.out.RequestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RequestRepository}: every adapter's test extends this class and supplies an empty
 * repository.
 */
public abstract class AbstractRequestRepositoryContractTest {

  /** The repository under test, fresh for every test. */
  protected RequestRepository repository;

  /**
   * For the subclass that JUnit runs, which supplies the request repository under test through {@link
   * #newRepository()}.
   */
  protected AbstractRequestRepositoryContractTest() {}

  /**
   * Returns a new, empty repository.
   *
   * @return the repository
   */
  protected abstract RequestRepository newRepository();

  /** Creates the repository. */
  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static Request withdrawn(Request r) {
    return appliedRequest(
        r.withdraw(CommandId.of("w-" + r.id()), Actor.citizen(EscalationSamples.CITIZEN), "no longer needed",
            new RuleContext(at("2026-03-02T12:00"), EscalationSamples.CALENDAR, EscalationSamples.POLICY)));
  }

  @Test
  void a_saved_request_is_found_by_id_and_an_unknown_id_is_not() {
    Request r = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    assertThat(repository.save(r, 0)).isTrue();
    assertThat(repository.findById(RequestId.of("R1"))).hasValueSatisfying(found -> {
      assertThat(found.version()).isEqualTo(1);
      assertThat(found.history()).isEqualTo(r.history());
      assertThat(found.appliedCommands()).isEqualTo(r.appliedCommands());
    });
    assertThat(repository.findById(RequestId.of("R2"))).isEmpty();
    assertThat(repository.count()).isEqualTo(1);
  }

  @Test
  void a_save_on_a_stale_version_is_refused_and_changes_nothing() {
    Request r = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    assertThat(repository.save(r, 0)).isTrue();
    assertThat(repository.save(r, 0)).as("insert over an existing request").isFalse();
    Request w = withdrawn(r);
    assertThat(repository.save(w, 1)).isTrue();
    assertThat(repository.save(appliedRequest(r.withdraw(CommandId.of("other"),
        Actor.citizen(EscalationSamples.CITIZEN), "x",
        new RuleContext(at("2026-03-02T13:00"), EscalationSamples.CALENDAR, EscalationSamples.POLICY))), 1))
        .isFalse();
    assertThat(repository.findById(r.id())).hasValueSatisfying(found ->
        assertThat(found.appliedCommands().asMap()).containsKey(CommandId.of("w-R1")));
  }

  @Test
  void a_save_must_raise_the_version() {
    Request r = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    assertThatThrownBy(() -> repository.save(r, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void due_before_lists_open_requests_with_a_deadline_before_the_instant_earliest_first_up_to_the_limit() {
    Request early = reported("R2", PLACE_A, at("2026-03-02T09:00")); // due 2026-03-03T17:30
    Request late = reported("R1", PLACE_A, at("2026-03-03T09:00")); // due 2026-03-04T17:30
    Request tie = reported("R3", PLACE_B, at("2026-03-02T10:00")); // due 2026-03-03T17:30
    Request closed = withdrawn(reported("R4", PLACE_A, at("2026-03-02T09:00")));
    repository.save(late, 0);
    repository.save(early, 0);
    repository.save(tie, 0);
    repository.save(closed, 0);
    assertThat(repository.findDueBefore(at("2026-03-03T17:30"), 10)).isEmpty();
    assertThat(repository.findDueBefore(at("2026-03-03T17:31"), 10)).extracting(Request::id)
        .containsExactly(RequestId.of("R2"), RequestId.of("R3"));
    assertThat(repository.findDueBefore(at("2026-03-10T00:00"), 10)).extracting(Request::id)
        .containsExactly(RequestId.of("R2"), RequestId.of("R3"), RequestId.of("R1"));
    assertThat(repository.findDueBefore(at("2026-03-10T00:00"), 1)).extracting(Request::id)
        .containsExactly(RequestId.of("R2"));
    assertThatThrownBy(() -> repository.findDueBefore(at("2026-03-10T00:00"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void due_before_pages_after_a_cursor_of_deadline_and_id() {
    repository.save(reported("R1", PLACE_A, at("2026-03-02T09:00")), 0); // due 2026-03-03T17:30
    repository.save(reported("R2", PLACE_B, at("2026-03-02T10:00")), 0); // due 2026-03-03T17:30
    repository.save(reported("R3", PLACE_A, at("2026-03-03T09:00")), 0); // due 2026-03-04T17:30
    repository.save(reported("R4", PLACE_A, at("2026-03-05T09:00")), 0); // due 2026-03-06T17:30
    java.time.Instant before = at("2026-03-05T00:00");
    assertThat(repository.findDueBefore(before, at("2026-03-03T17:30"), RequestId.of("R1"), 10))
        .extracting(Request::id).containsExactly(RequestId.of("R2"), RequestId.of("R3"));
    assertThat(repository.findDueBefore(before, at("2026-03-03T17:30"), RequestId.of("R2"), 1))
        .extracting(Request::id).containsExactly(RequestId.of("R3"));
    assertThat(repository.findDueBefore(before, at("2026-03-04T17:30"), RequestId.of("R3"), 10)).isEmpty();
    assertThat(repository.findDueBefore(before, at("2026-03-06T00:00"), RequestId.of("R0"), 10)).isEmpty();
  }

  @Test
  void a_change_of_deadline_moves_the_request_in_the_index() {
    Request r = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    repository.save(r, 0);
    Request accepted = appliedRequest(r.accept(CommandId.of("a"), EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A),
        PersonId.of("h"), new RuleContext(at("2026-03-02T10:00"), EscalationSamples.CALENDAR,
            EscalationSamples.POLICY)));
    repository.save(accepted, 1);
    assertThat(repository.findDueBefore(at("2026-03-04T00:00"), 10)).isEmpty();
    assertThat(repository.findDueBefore(at("2026-03-06T00:00"), 10)).singleElement()
        .satisfies(found -> assertThat(found.version()).isEqualTo(2));
    repository.save(withdrawn(accepted), 2);
    assertThat(repository.findDueBefore(at("2027-01-01T00:00"), 10)).isEmpty();
  }

  @Test
  void requests_due_before_an_instant_are_counted_as_they_are_listed_up_to_the_limit() {
    repository.save(reported("R1", PLACE_A, at("2026-03-02T09:00")), 0); // due 2026-03-03T17:30
    repository.save(reported("R2", PLACE_B, at("2026-03-02T09:00")), 0);
    repository.save(withdrawn(reported("R3", PLACE_A, at("2026-03-02T09:00"))), 0);
    repository.save(reported("R4", PLACE_A, at("2026-03-03T09:00")), 0); // due 2026-03-04T17:30
    for (String instant : List.of("2026-03-03T17:30", "2026-03-03T17:31", "2026-03-05T00:00")) {
      for (int limit : List.of(1, 2, 10)) {
        assertThat(repository.countDueBefore(at(instant), limit)).as("before %s, up to %d", instant, limit)
            .isEqualTo(repository.findDueBefore(at(instant), limit).size());
      }
    }
    assertThat(repository.countDueBefore(at("2026-03-05T00:00"), 10)).isEqualTo(3);
    assertThat(repository.countDueBefore(at("2026-03-05T00:00"), 2)).isEqualTo(2);
    assertThat(repository.countDueBefore(at("2026-03-03T17:30"), 10)).as("the bound is exclusive").isZero();
    assertThatThrownBy(() -> repository.countDueBefore(at("2026-03-05T00:00"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void due_between_is_half_open() {
    repository.save(reported("R1", PLACE_A, at("2026-03-02T09:00")), 0); // due 2026-03-03T17:30
    assertThat(repository.findDueBetween(at("2026-03-03T17:30"), at("2026-03-03T17:31"), 5)).hasSize(1);
    assertThat(repository.findDueBetween(at("2026-03-03T17:00"), at("2026-03-03T17:30"), 5)).isEmpty();
    assertThat(repository.findDueBetween(at("2026-03-04T00:00"), at("2026-03-03T00:00"), 5)).isEmpty();
  }

  @Test
  void open_requests_are_listed_by_tier_and_grid_and_counted_by_state() {
    repository.save(reported("R1", PLACE_A, at("2026-03-02T09:00")), 0);
    repository.save(reported("R2", PLACE_B, at("2026-03-02T09:00")), 0);
    repository.save(withdrawn(reported("R3", PLACE_A, at("2026-03-02T09:00"))), 0);
    assertThat(repository.findOpen(Tier.VILLAGE_GRID, null)).extracting(Request::id)
        .containsExactly(RequestId.of("R1"), RequestId.of("R2"));
    assertThat(repository.findOpen(Tier.VILLAGE_GRID, PLACE_B.grid())).extracting(Request::id)
        .containsExactly(RequestId.of("R2"));
    assertThat(repository.findOpen(Tier.DISTRICT_GRID, null)).isEmpty();
    assertThat(repository.countByState())
        .containsEntry(RequestState.REPORTED, 2L)
        .containsEntry(RequestState.WITHDRAWN, 1L)
        .doesNotContainKey(RequestState.CLOSED);
    assertThat(repository.count()).isEqualTo(3);
  }

  @Test
  void open_requests_are_counted_by_tier_and_state_as_they_are_listed() {
    RuleContext later = new RuleContext(at("2026-03-02T10:00"), EscalationSamples.CALENDAR, EscalationSamples.POLICY);
    Request r1 = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    Request r2 = reported("R2", PLACE_B, at("2026-03-02T09:00"));
    Request r3 = reported("R3", PLACE_A, at("2026-03-02T09:00"));
    Request r4 = reported("R4", PLACE_B, at("2026-03-02T09:00"));
    repository.save(r1, 0);
    repository.save(r2, 0);
    repository.save(r3, 0);
    repository.save(r4, 0);
    assertThat(repository.save(appliedRequest(r2.accept(CommandId.of("a2"), EscalationSamples.staff(Tier.VILLAGE_GRID,
        PLACE_B), PersonId.of("h"), later)), 1)).isTrue();
    assertThat(repository.save(appliedRequest(r3.escalate(CommandId.of("e3"), EscalationSamples.staff(
        Tier.VILLAGE_GRID, PLACE_A), "beyond the village", later)), 1)).isTrue();
    assertThat(repository.save(withdrawn(r4), 1)).isTrue();

    Map<Tier, Map<RequestState, Long>> counts = repository.countOpenByTierAndState();
    assertThat(counts).isEqualTo(Map.of(
        Tier.VILLAGE_GRID, Map.of(RequestState.REPORTED, 1L, RequestState.ACCEPTED, 1L),
        Tier.DISTRICT_GRID, Map.of(RequestState.REPORTED, 1L)));
    for (Tier tier : Tier.values()) {
      Map<RequestState, Long> listed = new EnumMap<>(RequestState.class);
      repository.findOpen(tier, null).forEach(r -> listed.merge(r.state(), 1L, Long::sum));
      assertThat(counts.getOrDefault(tier, Map.of())).as("what findOpen lists at %s", tier).isEqualTo(listed);
    }
    assertThatThrownBy(() -> counts.put(Tier.COUNTY_OFFICE, Map.of())).isInstanceOf(
        UnsupportedOperationException.class);
  }

  @Test
  void erasing_a_reporters_free_text_keeps_the_shape_of_their_requests_and_touches_no_other() {
    Request mine = withdrawn(reported("R1", PLACE_A, at("2026-03-02T09:00")));
    Request otherReporter = EscalationSamples.appliedRequest(Request.report(RequestId.of("R3"), CommandId.of("r3"),
        Actor.citizen(PersonId.of("someone-else")), new Form.Report(PersonId.of("someone-else"), PLACE_A,
            EscalationSamples.LAND_CATEGORY, "my phone is 13812341234", Urgency.NORMAL, null, null),
        new RuleContext(at("2026-03-02T09:00"), EscalationSamples.CALENDAR, EscalationSamples.POLICY)));
    assertThat(repository.save(reported("R1", PLACE_A, at("2026-03-02T09:00")), 0)).isTrue();
    assertThat(repository.save(mine, 1)).isTrue();
    assertThat(repository.save(otherReporter, 0)).isTrue();
    Request inOtherTownship = reported("R4", new Place(PLACE_A.county(), TownshipId.of("T02"), PLACE_A.district(),
        PLACE_A.village(), PLACE_A.grid()), at("2026-03-02T09:00"));
    assertThat(repository.save(inOtherTownship, 0)).isTrue();

    assertThat(repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, "(erased)"))
        .isEqualTo(1);
    assertThat(repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, "(erased)"))
        .as("erasing again changes nothing").isZero();

    Request erased = repository.findById(mine.id()).orElseThrow();
    assertThat(erased.report().description()).isEqualTo("(erased)");
    assertThat(erased.history()).hasSameSizeAs(mine.history());
    for (int i = 0; i < mine.history().size(); i++) {
      HistoryEntry before = mine.history().get(i);
      HistoryEntry after = erased.history().get(i);
      assertThat(after.at()).isEqualTo(before.at());
      assertThat(after.kind()).isEqualTo(before.kind());
      assertThat(after.state()).isEqualTo(before.state());
      assertThat(after.holder()).isEqualTo(before.holder());
      assertThat(after.reason()).isEqualTo(before.reason() == null ? null : "(erased)");
    }
    assertThat(erased.version()).isEqualTo(mine.version());
    assertThat(erased.state()).isEqualTo(mine.state());
    assertThat(repository.findById(otherReporter.id()).orElseThrow().report().description())
        .isEqualTo("my phone is 13812341234");
    assertThat(repository.findById(inOtherTownship.id()).orElseThrow().report().description())
        .isEqualTo(inOtherTownship.report().description());
  }

  /**
   * A command's digest is a hash of its content, the free text included: kept after the erasure, it would confirm a
   * guess of the erased text (the masked digits of a phone number, say), in a clear export and as the answer to a
   * retry. The erasure keeps the command ids, so a retry is still a duplicate, and forgets the digests.
   */
  @Test
  void erasing_a_reporters_free_text_forgets_the_digests_of_the_commands_that_carried_it() {
    String reportDigest = "c28ca2f30c7140496879ef1c1ae6ac1d2d4f3f75911dbcfa30749fd261c574f9";
    String withdrawDigest = "d3e9f0d5e769a9804bd028c23c3a1a3bc763df51ca9efd2ccd4cf53a3336092e";
    Request reported = appliedRequest(Request.report(RequestId.of("R1"), CommandId.of("c1"),
        Actor.citizen(EscalationSamples.CITIZEN), new Form.Report(EscalationSamples.CITIZEN, PLACE_A,
            EscalationSamples.LAND_CATEGORY, "call me on 13812341234", Urgency.NORMAL, null, null),
        new RuleContext(at("2026-03-02T09:00"), EscalationSamples.CALENDAR, EscalationSamples.POLICY, reportDigest)));
    Request withdrawn = appliedRequest(reported.withdraw(CommandId.of("c2"), Actor.citizen(EscalationSamples.CITIZEN),
        "settled, 13812341234", new RuleContext(at("2026-03-02T12:00"), EscalationSamples.CALENDAR,
            EscalationSamples.POLICY, withdrawDigest)));
    assertThat(repository.save(reported, 0)).isTrue();
    assertThat(repository.save(withdrawn, 1)).isTrue();
    assertThat(repository.findById(withdrawn.id()).orElseThrow().appliedDigest(CommandId.of("c2")))
        .contains(withdrawDigest);

    assertThat(repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, "(erased)"))
        .isEqualTo(1);
    assertThat(repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, "(erased)"))
        .as("erasing again changes nothing").isZero();

    Request erased = repository.findById(withdrawn.id()).orElseThrow();
    assertThat(erased.appliedDigest(CommandId.of("c1"))).as("the id is kept, its digest forgotten").contains("");
    assertThat(erased.appliedDigest(CommandId.of("c2"))).as("the id is kept, its digest forgotten").contains("");
    assertThat(erased.version()).isEqualTo(withdrawn.version());
  }

  @Test
  void the_requests_active_in_a_range_are_those_with_a_history_entry_in_it() {
    Request early = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    repository.save(early, 0);
    repository.save(withdrawn(early), 1); // withdrawn at 2026-03-02T12:00
    repository.save(reported("R3", PLACE_B, at("2026-03-05T09:00")), 0);
    repository.save(reported("R2", PLACE_B, at("2026-03-05T10:00")), 0);
    Place elsewhere = new Place(CountyId.of("C2"), PLACE_A.township(), PLACE_A.district(), PLACE_A.village(),
        PLACE_A.grid());
    repository.save(reported("R4", elsewhere, at("2026-03-05T09:30")), 0);
    CountyId county = PLACE_A.county();

    assertThat(repository.findIdsActiveBetween(county, at("2026-03-01T00:00"), at("2026-04-01T00:00")))
        .as("ordered by id, each once, only the county's").containsExactly(
            RequestId.of("R1"), RequestId.of("R2"), RequestId.of("R3"));
    assertThat(repository.findIdsActiveBetween(county, at("2026-03-02T12:00"), at("2026-03-02T12:01")))
        .as("the start is included").containsExactly(RequestId.of("R1"));
    assertThat(repository.findIdsActiveBetween(county, at("2026-03-02T10:00"), at("2026-03-02T12:00")))
        .as("the end is excluded, and a gap between two entries is not activity").isEmpty();
    assertThat(repository.findIdsActiveBetween(county, at("2026-03-05T10:00"), at("2026-03-05T10:00")))
        .as("an empty range").isEmpty();
    assertThat(repository.findIdsActiveBetween(CountyId.of("C2"), at("2026-03-01T00:00"), at("2026-04-01T00:00")))
        .containsExactly(RequestId.of("R4"));
  }

  @Test
  void many_requests_load_at_once_in_id_order_skipping_unknown_ids() {
    Request r1 = reported("R1", PLACE_A, at("2026-03-02T09:00"));
    repository.save(r1, 0);
    repository.save(withdrawn(r1), 1);
    repository.save(reported("R2", PLACE_B, at("2026-03-05T10:00")), 0);

    List<Request> found = repository.findAllById(
        List.of(RequestId.of("R2"), RequestId.of("unknown"), RequestId.of("R1"), RequestId.of("R2")));

    assertThat(found).extracting(Request::id).containsExactly(RequestId.of("R1"), RequestId.of("R2"));
    assertThat(found.get(0).history()).isEqualTo(withdrawn(r1).history());
    assertThat(found.get(0).version()).isEqualTo(2);
    assertThat(repository.findAllById(List.of())).isEmpty();
    List<RequestId> many = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      many.add(RequestId.of("absent-" + i));
    }
    many.add(RequestId.of("R2"));
    assertThat(repository.findAllById(many)).as("more ids than one IN list binds")
        .extracting(Request::id).containsExactly(RequestId.of("R2"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Request lists (findPage): every page is the model's definition, RequestFilter.matches in PageCursor.ORDER

  private static Request reportedBy(String id, PersonId reporter, Place place, String at) {
    return appliedRequest(Request.report(RequestId.of(id), CommandId.of("report-" + id), Actor.citizen(reporter),
        new Form.Report(reporter, place, EscalationSamples.LAND_CATEGORY, "a request", Urgency.NORMAL, null, null),
        new RuleContext(at(at), EscalationSamples.CALENDAR, EscalationSamples.POLICY)));
  }

  /** Saves a mix of requests and returns each as last saved. */
  private List<Request> savedMix() {
    List<Request> saved = new ArrayList<>();
    Place otherCounty = new Place(CountyId.of("C2"), PLACE_A.township(), PLACE_A.district(), PLACE_A.village(),
        PLACE_A.grid());
    PersonId other = PersonId.of("citizen-2");
    List<Request> reported = List.of(
        reported("L1", PLACE_A, at("2026-03-02T09:00")),
        reported("L2", PLACE_B, at("2026-03-02T10:00")),
        reported("L3", EscalationSamples.PLACE_C, at("2026-03-02T10:00")),
        reported("L4", PLACE_A, at("2026-03-02T10:00")),
        reportedBy("L5", other, PLACE_B, "2026-03-03T09:00"),
        reported("L6", otherCounty, at("2026-03-04T09:00")),
        reportedBy("L7", other, PLACE_A, "2026-03-20T09:00"));
    for (Request r : reported) {
      assertThat(repository.save(r, 0)).isTrue();
      saved.add(r);
    }
    Request withdrawn = withdrawn(reported.get(1));
    assertThat(repository.save(withdrawn, 1)).isTrue();
    saved.set(1, withdrawn);
    Request accepted = appliedRequest(reported.get(0).accept(CommandId.of("accept-L1"),
        EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A), PersonId.of("staff-9"),
        new RuleContext(at("2026-03-02T11:00"), EscalationSamples.CALENDAR, EscalationSamples.POLICY)));
    assertThat(repository.save(accepted, 1)).isTrue();
    saved.set(0, accepted);
    return saved;
  }

  private List<RequestId> allPages(RequestFilter filter, int limit) {
    List<RequestId> ids = new ArrayList<>();
    PageCursor cursor = null;
    for (int pages = 0; pages < 50; pages++) {
      List<Request> page = repository.findPage(filter, cursor, limit);
      assertThat(page.size()).isLessThanOrEqualTo(limit);
      page.forEach(r -> ids.add(r.id()));
      if (page.size() < limit) {
        return ids;
      }
      cursor = PageCursor.after(page.get(page.size() - 1));
    }
    throw new AssertionError("more than 50 pages");
  }

  private static List<RequestId> expected(List<Request> saved, RequestFilter filter) {
    return saved.stream().filter(filter::matches).sorted(PageCursor.ORDER).map(Request::id).toList();
  }

  @Test
  void a_list_pages_through_what_each_viewer_may_see_newest_first_ties_by_id() {
    List<Request> saved = savedMix();
    List<Visibility> viewers = new ArrayList<>();
    for (Office office : EscalationSamples.offices()) {
      viewers.add(new Visibility(office, null));
    }
    viewers.add(new Visibility(Office.county(CountyId.of("C2")), null));
    viewers.add(Visibility.of(Actor.citizen(EscalationSamples.CITIZEN)));
    viewers.add(Visibility.of(Actor.citizen(PersonId.of("citizen-2"))));
    viewers.add(Visibility.of(Actor.citizen(PersonId.of("nobody"))));
    viewers.add(Visibility.of(Actor.SystemActor.SWEEP));
    for (Visibility viewer : viewers) {
      RequestFilter filter = RequestFilter.visibleTo(viewer);
      for (int limit : new int[] {1, 2, 3, 100}) {
        assertThat(allPages(filter, limit)).as(viewer + ", pages of " + limit)
            .isEqualTo(expected(saved, filter));
      }
    }
    assertThat(allPages(RequestFilter.visibleTo(Visibility.of(Actor.SystemActor.SWEEP)), 100))
        .as("newest first; L2, L3 and L4 share their report time and come by id, greatest first")
        .containsExactly(RequestId.of("L7"), RequestId.of("L6"), RequestId.of("L5"), RequestId.of("L4"),
            RequestId.of("L3"), RequestId.of("L2"), RequestId.of("L1"));
  }

  @Test
  void each_condition_of_a_list_narrows_it_as_the_filter_defines() {
    List<Request> saved = savedMix();
    Visibility county = new Visibility(Office.county(EscalationSamples.COUNTY), null);
    Office villageA = Office.of(Tier.VILLAGE_GRID, PLACE_A);
    List<RequestFilter> filters = List.of(
        new RequestFilter(county, Tier.VILLAGE_GRID, null, null, null, null, null, null, null),
        new RequestFilter(county, null, villageA, null, null, null, null, null, null),
        new RequestFilter(county, null, Office.of(Tier.VILLAGE_GRID, PLACE_B), null, null, null, null, null, null),
        new RequestFilter(county, Tier.DEPARTMENT, null, null, null, null, null, null, null),
        new RequestFilter(county, null, null, RequestState.WITHDRAWN, null, null, null, null, null),
        new RequestFilter(county, null, null, RequestState.ACCEPTED, null, null, null, null, null),
        new RequestFilter(county, null, null, null, EscalationSamples.LAND_CATEGORY, null, null, null, null),
        new RequestFilter(county, null, null, null, EscalationSamples.PENSION_CATEGORY, null, null, null, null),
        new RequestFilter(county, null, null, null, null, at("2026-04-01T00:00"), null, null, null),
        new RequestFilter(county, null, null, null, null, at("2026-03-05T00:00"), null, null, null),
        new RequestFilter(county, null, null, null, null, null, PersonId.of("citizen-2"), null, null),
        new RequestFilter(county, null, null, null, null, null, null, at("2026-03-02T10:00"), at("2026-03-03T09:00")),
        new RequestFilter(county, null, null, null, null, null, null, at("2026-03-02T10:00"), at("2026-03-02T10:00")),
        new RequestFilter(county, null, null, null, null, null, null, null, at("2026-03-02T10:00")),
        new RequestFilter(new Visibility(villageA, null), Tier.VILLAGE_GRID, villageA, RequestState.ACCEPTED,
            EscalationSamples.LAND_CATEGORY, at("2026-04-01T00:00"), EscalationSamples.CITIZEN,
            at("2026-03-01T00:00"), at("2026-03-03T00:00")));
    for (RequestFilter filter : filters) {
      for (int limit : new int[] {1, 2, 100}) {
        assertThat(allPages(filter, limit)).as(filter + ", pages of " + limit).isEqualTo(expected(saved, filter));
      }
    }
    assertThat(expected(saved, filters.get(4))).as("closed requests are listed").containsExactly(RequestId.of("L2"));
    assertThat(expected(saved, filters.get(filters.size() - 1))).containsExactly(RequestId.of("L1"));
  }

  @Test
  void a_list_page_has_at_least_one_request() {
    RequestFilter all = RequestFilter.visibleTo(Visibility.of(Actor.SystemActor.SWEEP));
    assertThatThrownBy(() -> repository.findPage(all, null, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.findPage(all, null, 5)).isEmpty();
    assertThat(repository.findPage(all, new PageCursor(at("2026-03-02T09:00"), RequestId.of("R1")), 5)).isEmpty();
  }
}
