package org.grid.adapters.jdbc.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.grid.escalation.model.WorkCalendar;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.escalation.port.out.WorkCalendars;
import org.grid.testkit.escalation.AbstractRequestEventPublisherContractTest;
import org.grid.testkit.escalation.AbstractRequestRepositoryContractTest;
import org.grid.testkit.escalation.AbstractRoutingTableContractTest;
import org.grid.testkit.escalation.AbstractWorkCalendarsContractTest;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The request engine's JDBC adapters on one database: the grid-testkit contracts of every port, and what the
 * adapter adds to them: strings round-trip unchanged, rows that do not map are named, a change and its events are
 * stored together, the relay delivers at least once in order, and a fault at any statement of a command leaves the
 * stored state as it was while a retry succeeds once.
 */
abstract class AbstractEscalationStorageTest extends AbstractDatabaseTest {

  static final List<String> NASTY = List.of(
      "O'Brien", "\"quoted\"", "五都村", "🌾🏔️ emoji", "'; DROP TABLE grid_request; --", "back\\slash", "%_wild%",
      "tab\tand\nnewline\r\n", "null", " leading and trailing ", "key=value\\n", "TIER:unit");


  /** Returns another fresh, empty database of the same kind (closed by the caller). */
  abstract TestDatabase freshDatabase();

  @BeforeEach
  void empty() {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
  }

  private static RuleContext ctx(Instant at) {
    return new RuleContext(at, CALENDAR, POLICY);
  }

  private static Request applied(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
    return ((CommandOutcome.Applied) outcome).request();
  }

  private static List<OutgoingEvent> drain() {
    return Outbox.drain(database.dataSource());
  }

  // ---------------------------------------------------------------------------------------------------------
  // The contracts of grid-testkit

  @Nested
  class RequestRepositoryContract extends AbstractRequestRepositoryContractTest {
    @Override
    protected RequestRepository newRepository() {
      database.deleteAll(TestDatabase.ESCALATION_TABLES);
      return new JdbcRequestRepository(database.dataSource());
    }
  }

  @Nested
  class RoutingTableContract extends AbstractRoutingTableContractTest {
    @Override
    protected RoutingTable sampleTable() {
      database.deleteAll(TestDatabase.ESCALATION_TABLES);
      return new JdbcRoutingTable(database.dataSource())
          .put(CountyId.of("C1"), Category.of("land"), DepartmentId.of("natural-resources"))
          .put(CountyId.of("C1"), Category.of("pension"), DepartmentId.of("hr-social-security"));
    }
  }

  @Nested
  class WorkCalendarsContract extends AbstractWorkCalendarsContractTest {
    @Override
    protected WorkCalendars sampleCalendars() {
      database.deleteAll(TestDatabase.ESCALATION_TABLES);
      return new JdbcWorkCalendars(database.dataSource()).put(TownshipId.of("T01"), CALENDAR);
    }
  }

  @Nested
  class EventPublisherContract extends AbstractRequestEventPublisherContractTest {
    /** What was published, by the JSON it is stored as: the read-back maps each delivered document to its event. */
    private final Map<String, RequestEvent> sent = new LinkedHashMap<>();

    @Override
    protected RequestEventPublisher newPublisher() {
      database.deleteAll(TestDatabase.ESCALATION_TABLES);
      sent.clear();
      RequestEventPublisher publisher = publishingEachInItsOwnUnit();
      return events -> {
        publisher.publish(events);
        List<OutgoingEvent> encoded = Outbox.encodedCall(events);
        for (int i = 0; i < events.size(); i++) {
          sent.put(encoded.get(i).json(), events.get(i));
        }
      };
    }

    @Override
    protected List<RequestEvent> published(RequestEventPublisher publisher) {
      return drain().stream().map(e -> sent.get(e.json())).toList();
    }
  }

  /** The outbox publisher, each call in a unit of work of its own (it refuses to write outside one). */
  private RequestEventPublisher publishingEachInItsOwnUnit() {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    JdbcRequestEventPublisher publisher = new JdbcRequestEventPublisher(unitOfWork);
    return events -> unitOfWork.inTransaction(() -> {
      publisher.publish(events);
      return null;
    });
  }

  @Test
  void events_are_never_written_apart_from_a_unit_of_work() {
    RequestEvent event = ((CommandOutcome.Applied) Request.report(RequestId.of("R-apart"), CommandId.of("c-apart"),
        Actor.citizen(PersonId.of("citizen")), new Form.Report(PersonId.of("citizen"), PLACE_A, Category.of("land"),
            "围墙挡住了水渠", Urgency.NORMAL, null, null), ctx(at("2026-03-02T09:00")))).events().get(0);
    JdbcRequestEventPublisher publisher = new JdbcRequestEventPublisher(database.dataSource());

    assertThatThrownBy(() -> publisher.publish(List.of(event)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a unit of work");
    assertThat(drain()).isEmpty();
  }

  /**
   * Calendars parsed once are kept by the text of their rows: a calendar changed since, by this node or another,
   * is read afresh, and a row spoiled since is refused naming its column, never answered from what was kept.
   */
  @Test
  void a_calendar_changed_or_spoiled_since_it_was_read_is_read_afresh() throws SQLException {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    JdbcWorkCalendars calendars = new JdbcWorkCalendars(database.dataSource()).put(TownshipId.of("T01"), CALENDAR);
    assertThat(calendars.forTownship(TownshipId.of("T01"))).contains(CALENDAR);

    WorkCalendar later = WorkCalendar.of(CALENDAR.zone(), LocalTime.of(18, 0), CALENDAR.restDays(),
        List.of(LocalDate.parse("2026-10-01")), List.of());
    new JdbcWorkCalendars(database.dataSource()).put(TownshipId.of("T01"), later); // as another node would
    assertThat(calendars.forTownship(TownshipId.of("T01"))).contains(later);

    execute("UPDATE grid_work_calendar_day SET kind = 'FEAST' WHERE township_id = 'T01'");
    assertThatThrownBy(() -> calendars.forTownship(TownshipId.of("T01")))
        .isInstanceOf(RowMappingException.class)
        .hasMessageContaining("grid_work_calendar_day").hasMessageContaining("kind")
        .hasMessageContaining("'FEAST' is not HOLIDAY or MAKE_UP");
    execute("UPDATE grid_work_calendar_day SET kind = 'HOLIDAY' WHERE township_id = 'T01'");
    execute("UPDATE grid_work_calendar SET end_of_working_day = '25:00' WHERE township_id = 'T01'");
    assertThatThrownBy(() -> calendars.forTownship(TownshipId.of("T01")))
        .isInstanceOf(RowMappingException.class).hasMessageContaining("end_of_working_day");
    execute("UPDATE grid_work_calendar SET end_of_working_day = '18:00' WHERE township_id = 'T01'");
    assertThat(calendars.forTownship(TownshipId.of("T01"))).contains(later);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Strings, mapping, migrations

  @Test
  void every_string_field_round_trips_unchanged_in_requests_and_events() {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    RequestEventPublisher publisher = publishingEachInItsOwnUnit();
    List<RequestEvent> expectedEvents = new ArrayList<>();
    for (int i = 0; i < NASTY.size(); i++) {
      String text = NASTY.get(i);
      String id = (text.strip().replaceAll("\\p{Cntrl}", " ") + "-" + i);
      Place place = new Place(CountyId.of("C-" + id), TownshipId.of("T-" + id), DistrictId.of("D-" + id),
          VillageId.of("V-" + id), GridId.of("G-" + id));
      Office village = Office.of(Tier.VILLAGE_GRID, place);
      // a role is a name: its control characters (refused by the model) become spaces
      Actor staff = Actor.staff(PersonId.of("P-" + id), text.replaceAll("\\p{Cntrl}", " "), village);
      Actor citizen = Actor.citizen(PersonId.of("citizen-" + id));
      Form.Report form = new Form.Report(PersonId.of("citizen-" + id), place, Category.of("cat-" + id), text,
          Urgency.URGENT, MustAttendType.PETITION, null);
      List<CommandOutcome> outcomes = new ArrayList<>();
      CommandOutcome o = Request.report(RequestId.of("R-" + id), CommandId.of("c1-" + id), citizen, form,
          ctx(at("2026-03-02T09:00")));
      outcomes.add(o);
      Request r = applied(o);
      outcomes.add(o = applied(outcomes.get(0)).accept(CommandId.of("c2-" + id), staff, PersonId.of("H-" + id),
          ctx(at("2026-03-02T10:00"))));
      r = applied(o);
      outcomes.add(o = r.recategorize(CommandId.of("c2b-" + id), staff, Category.of("re-" + id), text,
          ctx(at("2026-03-02T10:30"))));
      r = applied(o);
      outcomes.add(o = r.suspend(CommandId.of("c3-" + id), staff, text, ctx(at("2026-03-02T11:00"))));
      r = applied(o);
      outcomes.add(o = r.resume(CommandId.of("c4-" + id), staff, ctx(at("2026-03-03T11:00"))));
      r = applied(o);
      outcomes.add(o = r.resolve(CommandId.of("c5-" + id), staff, text, ctx(at("2026-03-03T12:00"))));
      r = applied(o);
      outcomes.add(o = r.deliverFeedback(CommandId.of("c6-" + id), staff, text, ctx(at("2026-03-03T13:00"))));
      r = applied(o);
      outcomes.add(o = r.rate(CommandId.of("c7-" + id), citizen, Rating.DISSATISFIED, ctx(at("2026-03-03T14:00"))));
      r = applied(o);
      outcomes.add(o = r.escalate(CommandId.of("c8-" + id), staff, text, ctx(at("2026-03-03T15:00"))));
      r = applied(o);
      outcomes.add(o = r.withdraw(CommandId.of("c9-" + id), citizen, text, ctx(at("2026-03-03T16:00"))));
      long version = 0;
      for (CommandOutcome outcome : outcomes) {
        CommandOutcome.Applied a = (CommandOutcome.Applied) outcome;
        assertThat(repository.save(a.request(), version)).isTrue();
        publisher.publish(a.events());
        expectedEvents.addAll(a.events());
        version = a.request().version();
        Request stored = repository.findById(a.request().id()).orElseThrow();
        assertThat(stored.snapshot()).as(text).isEqualTo(a.request().snapshot());
      }
    }
    assertThat(drain()).containsExactlyElementsOf(Outbox.encoded(expectedEvents));
  }

  /**
   * A grid id may be 80 characters, and at the village grid an office's unit is the grid id (V7 widened the columns
   * from 64). One request is held, accepted, reminded and escalated at such a grid, so the grid, the holder, the
   * actor's office, both forms' office and the charged office are all 80 characters; a second is a complaint about
   * that grid's team. Chinese characters make each id 240 bytes in UTF-8.
   */
  @Test
  void a_request_on_a_grid_with_an_80_character_id_round_trips_with_every_office_unit_of_80_characters() {
    String gridId = "T01-V04-" + "网".repeat(GridId.MAX_LENGTH - 9) + "N";
    Place place = new Place(PLACE_A.county(), PLACE_A.township(), PLACE_A.district(), PLACE_A.village(),
        GridId.of(gridId));
    Office grid = Office.of(Tier.VILLAGE_GRID, place);
    assertThat(grid.unit()).hasSize(80);
    Actor citizen = Actor.citizen(PersonId.of("citizen-80"));
    Actor gridStaff = Actor.staff(PersonId.of("grid-officer"), "网格员", grid);
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    RequestEventPublisher publisher = publishingEachInItsOwnUnit();
    List<RequestEvent> expectedEvents = new ArrayList<>();

    List<CommandOutcome.Applied> held = new ArrayList<>();
    held.add((CommandOutcome.Applied) Request.report(RequestId.of("R80"), CommandId.of("r80-1"), citizen,
        new Form.Report(PersonId.of("citizen-80"), place, Category.of("land"), "围墙挡住了水渠", Urgency.NORMAL,
            null, null),
        ctx(at("2026-03-02T09:00"))));
    held.add((CommandOutcome.Applied) held.get(0).request().accept(CommandId.of("r80-2"), gridStaff,
        PersonId.of("handler"), ctx(at("2026-03-02T10:00"))));
    Request accepted = held.get(1).request();
    held.add(accepted.onDeadlines(ctx(accepted.nextDeadline().orElseThrow().plusSeconds(60)), null).orElseThrow());
    Request reminded = held.get(2).request();
    held.add(reminded.onDeadlines(ctx(reminded.nextDeadline().orElseThrow().plusSeconds(60)), null).orElseThrow());
    expectedEvents.addAll(storeEach(repository, publisher, held, saved -> {
      if (saved.tier() == Tier.VILLAGE_GRID) {
        assertThat(repository.findOpen(Tier.VILLAGE_GRID, GridId.of(gridId))).extracting(Request::id)
            .containsExactly(RequestId.of("R80"));
      }
    }));
    Request escalated = held.get(3).request();
    assertThat(escalated.tier()).isEqualTo(Tier.DISTRICT_GRID);
    List<Office> formOffices = new ArrayList<>();
    for (HistoryEntry entry : escalated.history()) {
      if (entry.form() instanceof Form.Assignment assignment) {
        formOffices.add(assignment.office());
      } else if (entry.form() instanceof Form.Reminder reminder) {
        formOffices.add(reminder.office());
      }
    }
    assertThat(formOffices).containsExactly(grid, grid);
    assertThat(escalated.history()).extracting(HistoryEntry::actor).contains(gridStaff);
    assertThat(escalated.history()).extracting(HistoryEntry::chargedTo).contains(grid);

    CommandOutcome.Applied complaint = (CommandOutcome.Applied) Request.report(RequestId.of("R80-complaint"),
        CommandId.of("c80-1"), citizen, new Form.Report(PersonId.of("citizen-80"), place, Category.of("conduct"),
            "网格员态度差", Urgency.NORMAL, null, grid),
        ctx(at("2026-03-02T11:00")));
    assertThat(repository.save(complaint.request(), 0)).isTrue();
    publisher.publish(complaint.events());
    expectedEvents.addAll(complaint.events());
    Request storedComplaint = repository.findById(complaint.request().id()).orElseThrow();
    assertThat(storedComplaint.report().complaintAgainst()).isEqualTo(grid);
    assertThat(storedComplaint.snapshot()).isEqualTo(complaint.request().snapshot());

    assertThat(repository.findOpen(Tier.VILLAGE_GRID, GridId.of(gridId))).isEmpty();
    assertThat(repository.findOpen(Tier.DISTRICT_GRID, GridId.of(gridId))).extracting(Request::id)
        .containsExactlyInAnyOrder(RequestId.of("R80"), RequestId.of("R80-complaint"));
    assertThat(drain()).containsExactlyElementsOf(Outbox.encoded(expectedEvents));
  }

  /**
   * V10 keeps the digest of each applied command's content beside its id, so that a retry is recognised by both. A
   * command applied without a digest, and every row stored before V10 (digest NULL), reads back with the empty
   * digest: none known.
   */
  @Test
  void command_digests_round_trip_and_a_row_without_one_reads_back_with_the_empty_digest() throws SQLException {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    Engines.Node node = Engines.node(database.dataSource(), clock);
    for (RequestCommand command : Engines.lifecycle("R1", PLACE_A).subList(0, 2)) {
      clock.add(Duration.ofSeconds(600));
      assertThat(node.unitOfWork().inTransaction(() -> node.engine().handle(command)))
          .isInstanceOf(CommandOutcome.Applied.class);
    }
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    Request stored = repository.findById(RequestId.of("R1")).orElseThrow();
    assertThat(stored.appliedCommands().asMap()).containsOnlyKeys(CommandId.of("R1-report"), CommandId.of("R1-accept"));
    assertThat(stored.appliedCommands().asMap().values()).allSatisfy(digest -> assertThat(digest).matches("[0-9a-f]{64}"))
        .doesNotHaveDuplicates();

    // Given by hand, of the greatest length, or none at all: each reads back as it was given.
    Request given = applied(Request.report(RequestId.of("R2"), CommandId.of("R2-report"),
        Actor.citizen(EscalationSamples.CITIZEN), EscalationSamples.reportForm(PLACE_A, Category.of("land")),
        new RuleContext(at("2026-03-02T09:00"), CALENDAR, POLICY, "摘要".repeat(32))));
    Request none = applied(given.withdraw(CommandId.of("R2-withdraw"), Actor.citizen(EscalationSamples.CITIZEN),
        "settled", ctx(at("2026-03-02T10:00"))));
    assertThat(repository.save(given, 0)).isTrue();
    assertThat(repository.save(none, 1)).isTrue();
    assertThat(repository.findById(RequestId.of("R2")).orElseThrow().appliedCommands().asMap())
        .containsExactly(Map.entry(CommandId.of("R2-report"), "摘要".repeat(32)),
            Map.entry(CommandId.of("R2-withdraw"), ""));

    execute("UPDATE grid_request_command SET digest = NULL WHERE request_id = 'R1'");
    assertThat(repository.findById(RequestId.of("R1")).orElseThrow().appliedCommands().asMap())
        .containsOnlyKeys(stored.appliedCommands().asMap().keySet())
        .allSatisfy((id, digest) -> assertThat(digest).isEmpty());
  }

  /**
   * An office is its whole path: requests of two counties whose townships, districts, villages and grids have the
   * same ids are held by different offices, stored with their (tier, unit) beside their own place, and published
   * with their whole path.
   */
  @Test
  void offices_of_the_same_units_in_two_counties_are_stored_and_published_apart() {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    RequestEventPublisher publisher = publishingEachInItsOwnUnit();
    List<RequestEvent> expectedEvents = new ArrayList<>();
    Place inC2 = new Place(CountyId.of("C2"), PLACE_A.township(), PLACE_A.district(), PLACE_A.village(),
        PLACE_A.grid());
    List<Office> holders = new ArrayList<>();
    for (Place place : List.of(PLACE_A, inC2)) {
      String id = "R-" + place.county().value();
      List<CommandOutcome.Applied> changes = new ArrayList<>();
      changes.add((CommandOutcome.Applied) Request.report(RequestId.of(id), CommandId.of(id + "-report"),
          Actor.citizen(EscalationSamples.CITIZEN), new Form.Report(EscalationSamples.CITIZEN, place,
              Category.of("conduct"), "网格员态度差", Urgency.NORMAL, null, Office.of(Tier.VILLAGE_GRID, place)),
          ctx(at("2026-03-02T09:00"))));
      Request reported = changes.get(0).request();
      Actor holderStaff = Actor.staff(EscalationSamples.staffId(reported.holder()),
          EscalationSamples.roleOf(reported.holder().tier()), reported.holder());
      changes.add((CommandOutcome.Applied) reported.escalate(CommandId.of(id + "-escalate"), holderStaff,
          "beyond this tier", ctx(at("2026-03-02T10:00"))));
      expectedEvents.addAll(storeEach(repository, publisher, changes, saved -> { }));
      Request stored = repository.findById(RequestId.of(id)).orElseThrow();
      assertThat(stored.holder().county()).isEqualTo(place.county());
      assertThat(stored.history()).allSatisfy(entry -> assertThat(entry.holder().county()).isEqualTo(place.county()));
      holders.add(stored.holder());
    }
    assertThat(holders.get(0).unit()).isEqualTo(holders.get(1).unit());
    assertThat(holders.get(0)).isNotEqualTo(holders.get(1));
    assertThat(drain()).containsExactlyElementsOf(Outbox.encoded(expectedEvents));
  }

  /**
   * U+0000 in free text is refused by the command's validation before anything is stored, the same on every
   * database: PostgreSQL cannot store it in text while H2 and MariaDB can, so a refusal left to the database would
   * differ between adapters (and come mid-command). Escape and bell are refused alike, and an unpaired surrogate
   * (which PostgreSQL's and MariaDB's drivers would store as {@code ?}); tab and line breaks are not.
   */
  @Test
  void free_text_with_u0000_or_escape_is_refused_by_validation_and_nothing_is_stored() {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    Engines.Node node = Engines.node(database.dataSource(), clock);
    RequestCommand.Report report = (RequestCommand.Report) Engines.lifecycle("R-nul", PLACE_A).get(0);
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    drain();

    for (String description : List.of("fence\u0000moved", "fence \u001b[31mmoved", "bell\u0007", "half \ud83c")) {
      RequestCommand.Report bad = new RequestCommand.Report(report.commandId(), report.requestId(), report.actor(),
          report.reporter(), report.place(), report.category(), description, report.urgency(), null, null);

      assertThatThrownBy(() -> node.unitOfWork().inTransaction(() -> node.engine().handle(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid Report: description must not contain control characters other than tab and line "
              + "breaks (such as U+0000), unpaired surrogates or U+FFFE and U+FFFF");
      assertThat(repository.findById(report.requestId())).isEmpty();
    }
    assertThat(drain()).isEmpty();

    RequestCommand.Report multiline = new RequestCommand.Report(report.commandId(), report.requestId(),
        report.actor(), report.reporter(), report.place(), report.category(), "line one\r\n\tline two",
        report.urgency(), null, null);
    assertThat(node.unitOfWork().inTransaction(() -> node.engine().handle(multiline)))
        .isInstanceOf(CommandOutcome.Applied.class);
    assertThat(repository.findById(report.requestId()).orElseThrow().report().description())
        .isEqualTo("line one\r\n\tline two");
  }

  /**
   * Erasing a reporter's free text reaches every column that holds it: the description, the result, each history
   * row's reason and each feedback form's result; what loads afterwards is exactly the model's erased record.
   */
  @Test
  void erasing_a_reporters_free_text_stores_exactly_the_models_erased_record() {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    Engines.Node node = Engines.node(database.dataSource(), clock);
    for (RequestCommand command : Engines.lifecycle("R1", PLACE_A)) {
      clock.add(Duration.ofSeconds(600));
      assertThat(node.unitOfWork().inTransaction(() -> node.engine().handle(command)))
          .isInstanceOf(CommandOutcome.Applied.class);
    }
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    RequestRecord before = repository.findById(RequestId.of("R1")).orElseThrow().snapshot();
    assertThat(before.history()).anySatisfy(e -> assertThat(e.form()).isInstanceOf(Form.Feedback.class));
    assertThat(before.result()).isNotNull();

    assertThat(repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, "(已删除)"))
        .isEqualTo(1);

    RequestRecord after = repository.findById(RequestId.of("R1")).orElseThrow().snapshot();
    assertThat(after).isEqualTo(before.withFreeTextErased("(已删除)"));
    assertThat(repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, "(已删除)")).isZero();
    assertThatThrownBy(() -> repository.eraseFreeText(EscalationSamples.TOWNSHIP, EscalationSamples.CITIZEN, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_hand_edited_appointment_row_is_named_with_table_and_column() throws SQLException {
    JdbcStaffDirectory staff = new JdbcStaffDirectory(database.dataSource());
    Office office = Office.of(Tier.VILLAGE_GRID, PLACE_A);
    Instant from = at("2026-03-02T09:00");
    staff.save(new Appointment(PersonId.of("wang"), office, "leader", from, null));

    execute("UPDATE grid_appointment SET role = ' leader'");
    assertThatThrownBy(() -> staff.appointmentsAt(PersonId.of("wang"), office, from))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_appointment");
          assertThat(e.column()).isEqualTo("role");
          assertThat(e.rowId()).startsWith("wang/");
        });
    execute("UPDATE grid_appointment SET role = 'leader', person_id = ' wang'");
    assertThatThrownBy(() -> staff.servingAt(office, from))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("person_id"));
    // A term that ends before it starts cannot be stored at all.
    assertThatThrownBy(() -> execute("UPDATE grid_appointment SET term_until = term_from"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void the_directories_join_the_transaction_of_a_unit_of_work() {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    JdbcStaffDirectory staff = new JdbcStaffDirectory(unitOfWork);
    JdbcPlaceDirectory places = new JdbcPlaceDirectory(unitOfWork);
    Appointment appointment = EscalationSamples.appointments().get(0);
    Instant now = at("2026-03-02T09:00");

    assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
      staff.save(appointment);
      places.adopt(EscalationSamples.township(), EscalationSamples.plan());
      assertThat(staff.servingAt(appointment.office(), now)).containsExactly(appointment);
      assertThat(places.contains(PLACE_A)).isTrue();
      throw new IllegalStateException("the use case fails after the writes");
    })).hasMessage("the use case fails after the writes");

    assertThat(new JdbcStaffDirectory(database.dataSource()).servingAt(appointment.office(), now)).isEmpty();
    assertThat(new JdbcPlaceDirectory(database.dataSource()).contains(PLACE_A)).isFalse();
  }

  /** A plan of more grids than one multi-row insert carries is adopted whole, and replaced whole. */
  @Test
  void a_plan_of_hundreds_of_grids_is_adopted_and_replaced_whole() {
    int count = 450;
    List<org.grid.core.model.jurisdiction.Unit> units = new ArrayList<>();
    List<org.grid.core.model.partition.Grid> grids = new ArrayList<>();
    List<GridId> gridIds = new ArrayList<>();
    VillageId village = VillageId.of("T01-V01");
    for (int i = 0; i < count; i++) {
      org.grid.core.model.jurisdiction.UnitId unit = org.grid.core.model.jurisdiction.UnitId.of("U" + i);
      units.add(org.grid.core.model.jurisdiction.Unit.of(unit, "组" + i, 10));
      GridId grid = GridId.of("T01-V01-网格" + i);
      gridIds.add(grid);
      grids.add(org.grid.core.model.partition.Grid.of(grid, village, List.of(unit)));
    }
    org.grid.core.model.jurisdiction.Township township = org.grid.core.model.jurisdiction.Township
        .builder(EscalationSamples.COUNTY, EscalationSamples.TOWNSHIP, "大乡")
        .village(org.grid.core.model.jurisdiction.Village.of(village, "村", units))
        .build();
    DistrictId district = DistrictId.of("T01-D1");
    org.grid.core.model.partition.Plan plan = org.grid.core.model.partition.Plan.of(EscalationSamples.TOWNSHIP,
        org.grid.core.model.partition.PartitionPolicy.defaults(), grids,
        List.of(org.grid.core.model.partition.District.of(district, gridIds)));
    JdbcPlaceDirectory places = new JdbcPlaceDirectory(database.dataSource());

    places.adopt(township, plan);
    assertThat(gridIds).allSatisfy(grid -> assertThat(places.contains(
        new Place(EscalationSamples.COUNTY, EscalationSamples.TOWNSHIP, district, village, grid))).isTrue());

    places.adopt(EscalationSamples.township(), EscalationSamples.plan());
    assertThat(places.contains(PLACE_A)).isTrue();
    assertThat(gridIds).noneSatisfy(grid -> assertThat(places.contains(
        new Place(EscalationSamples.COUNTY, EscalationSamples.TOWNSHIP, district, village, grid))).isTrue());
  }

  @Test
  void a_hand_edited_request_row_is_named_with_table_id_and_column() throws SQLException {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    repository.save(EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00")), 0);
    execute("UPDATE grid_request SET state = 'LOST' WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request");
          assertThat(e.rowId()).isEqualTo("R1");
          assertThat(e.column()).isEqualTo("state");
        })
        .hasMessageContaining("'LOST' is not a RequestState");
    assertThatThrownBy(() -> repository.countByState()).isInstanceOf(RowMappingException.class);
  }

  /**
   * A stored command id or category that is a national ID number (stored before ids refused one) no longer loads:
   * the error names the table and the column, and the number is masked in its message.
   */
  @Test
  void a_stored_command_id_or_category_that_is_a_national_id_number_is_named_by_column_and_masked()
      throws SQLException {
    String number = "110101199003077774";
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    repository.save(EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00")), 0);
    execute("UPDATE grid_request_command SET command_id = '" + number + "' WHERE request_id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request_command");
          assertThat(e.column()).isEqualTo("command_id");
        })
        .hasMessageContaining("commandId must not be a national ID number")
        .hasMessageNotContaining(number);
    execute("UPDATE grid_request_command SET command_id = 'c1' WHERE request_id = 'R1'");
    execute("UPDATE grid_request SET current_category = '" + number + "' WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request");
          assertThat(e.rowId()).isEqualTo("R1");
          assertThat(e.column()).isEqualTo("current_category");
        })
        .hasMessageContaining("category must not be a national ID number")
        .hasMessageNotContaining(number);
  }

  @Test
  void a_hand_edited_history_row_or_a_wrong_count_is_named() throws SQLException {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    repository.save(EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00")), 0);
    execute("UPDATE grid_request_history SET actor_kind = 'ALIEN' WHERE request_id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request_history");
          assertThat(e.rowId()).isEqualTo("R1/0");
          assertThat(e.column()).isEqualTo("actor_kind");
        });
    execute("UPDATE grid_request_history SET actor_kind = 'CITIZEN' WHERE request_id = 'R1'");
    execute("UPDATE grid_request SET history_size = 2 WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request");
          assertThat(e.column()).isEqualTo("history_size");
        });
    execute("UPDATE grid_request SET history_size = 1, next_deadline = next_deadline + 1 WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("next_deadline"));
    execute("UPDATE grid_request SET next_deadline = next_deadline - 1, step_kind = NULL WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("step_kind"));
  }

  @Test
  void a_request_row_that_disagrees_with_its_history_is_named_by_column() throws SQLException {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A);
    RuleContext monday = new RuleContext(at("2026-03-02T10:00"), CALENDAR, POLICY);
    Request reported = EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00"));
    assertThat(repository.save(reported, 0)).isTrue();
    assertThat(repository.save(EscalationSamples.appliedRequest(
        reported.accept(CommandId.of("accept"), village, PersonId.of("handler"), monday)), 1)).isTrue();

    execute("UPDATE grid_request SET state = 'RESOLVED' WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request");
          assertThat(e.rowId()).isEqualTo("R1");
          assertThat(e.column()).isEqualTo("state");
        })
        .hasMessageContaining("state is RESOLVED, but the last history entry (ACCEPTED) leaves the request ACCEPTED");
    execute("UPDATE grid_request SET state = 'ACCEPTED', tier = 'TOWNSHIP_OFFICE', holder_unit = '"
        + PLACE_A.township().value() + "' WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("holder_unit"))
        .hasMessageContaining("leaves the request at " + Office.of(Tier.VILLAGE_GRID, PLACE_A));
    execute("UPDATE grid_request SET tier = 'VILLAGE_GRID', holder_unit = '" + PLACE_A.grid().value()
        + "', version = 7 WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("version"))
        .hasMessageContaining("version is 7, but the history holds 2 entries");
    execute("UPDATE grid_request SET version = 2 WHERE id = 'R1'");
    assertThat(repository.findById(RequestId.of("R1")).orElseThrow().version()).isEqualTo(2);

    execute("UPDATE grid_request_history SET kind = 'REPORTED' WHERE request_id = 'R1' AND seq = 1");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request_history");
          assertThat(e.rowId()).isEqualTo("R1/1");
          assertThat(e.column()).isEqualTo("kind");
        })
        .hasMessageContaining("only the first entry is");

    // A value edited to hold a name and a line break is neither quoted nor able to forge a log line.
    execute("UPDATE grid_request_history SET kind = 'ACCEPTED' WHERE request_id = 'R1' AND seq = 1");
    execute("UPDATE grid_request_history SET actor_person = CONCAT(' 王小明', CHR(10), '2026-12-06 ERROR forged') "
        + "WHERE request_id = 'R1' AND seq = 1");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("actor_person"))
        .hasMessageContaining("personId must not start or end with whitespace")
        .hasMessageNotContainingAny("王小明", "\n", "forged");
  }

  @Test
  void a_suspension_is_stored_in_its_columns_and_a_hand_edited_one_is_named_by_column() throws SQLException {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A);
    RuleContext monday = new RuleContext(at("2026-03-02T10:00"), CALENDAR, POLICY);
    Request reported = EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00"));
    Request accepted = EscalationSamples.appliedRequest(
        reported.accept(CommandId.of("accept"), village, PersonId.of("handler"), monday));
    Request suspended = EscalationSamples.appliedRequest(
        accepted.suspend(CommandId.of("suspend"), village, "missing material", monday));
    assertThat(repository.save(reported, 0)).isTrue();
    assertThat(repository.save(accepted, 1)).isTrue();
    assertThat(repository.save(suspended, 2)).isTrue();
    RequestRecord stored = repository.findById(RequestId.of("R1")).orElseThrow().snapshot();
    assertThat(stored).isEqualTo(suspended.snapshot());
    assertThat(stored.suspension().pausedState()).isEqualTo(RequestState.ACCEPTED);
    assertThat(stored.suspension().pausedStep().kind()).isEqualTo(DeadlineKind.RESOLVE);

    execute("UPDATE grid_request SET paused_kind = NULL WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request");
          assertThat(e.rowId()).isEqualTo("R1");
          assertThat(e.column()).isEqualTo("paused_kind");
        });
    execute("UPDATE grid_request SET paused_state = NULL, paused_deadline = NULL, suspended_at = NULL "
        + "WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("paused_state"))
        .hasMessageContaining("suspended");
    execute("UPDATE grid_request SET step_deadline = NULL WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("step_deadline"));
  }

  @Test
  void a_request_withdrawn_while_suspended_keeps_its_suspension_and_no_step() {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A);
    RuleContext monday = new RuleContext(at("2026-03-02T10:00"), CALENDAR, POLICY);
    Request reported = EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00"));
    Request suspended = EscalationSamples.appliedRequest(EscalationSamples.appliedRequest(
            reported.accept(CommandId.of("accept"), village, PersonId.of("handler"), monday))
        .suspend(CommandId.of("suspend"), village, "missing material", monday));
    Request withdrawn = EscalationSamples.appliedRequest(suspended.withdraw(
        CommandId.of("withdraw"), Actor.citizen(EscalationSamples.CITIZEN), "settled", monday));
    assertThat(repository.save(reported, 0)).isTrue();
    assertThat(repository.save(withdrawn, 1)).isTrue();
    RequestRecord stored = repository.findById(RequestId.of("R1")).orElseThrow().snapshot();
    assertThat(stored).isEqualTo(withdrawn.snapshot());
    assertThat(stored.step()).isNull();
    assertThat(stored.suspension()).isEqualTo(suspended.snapshot().suspension());
    assertThat(repository.findDueBefore(at("2030-01-01T00:00"), 10)).isEmpty();
  }

  /**
   * V12: the current category in grid_request beside the report's, and each history row's category and original. A
   * request recategorized twice and closed as a duplicate while suspended round-trips after every change, with its
   * events through the outbox; once a duplicate it is due never again and counted in its own state.
   */
  @Test
  void a_recategorized_request_closed_as_a_duplicate_round_trips_with_its_entries_and_events() throws SQLException {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    RequestEventPublisher publisher = publishingEachInItsOwnUnit();
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A);
    List<CommandOutcome.Applied> changes = new ArrayList<>();
    changes.add((CommandOutcome.Applied) Request.report(RequestId.of("R1"), CommandId.of("r1-1"),
        Actor.citizen(EscalationSamples.CITIZEN), EscalationSamples.reportForm(PLACE_A, Category.of("land")),
        ctx(at("2026-03-02T09:00"))));
    changes.add((CommandOutcome.Applied) changes.get(0).request().recategorize(CommandId.of("r1-2"), village,
        Category.of("pension"), "养老金, call 13812345678", ctx(at("2026-03-02T10:00"))));
    changes.add((CommandOutcome.Applied) changes.get(1).request().accept(CommandId.of("r1-3"), village,
        PersonId.of("handler"), ctx(at("2026-03-02T10:30"))));
    changes.add((CommandOutcome.Applied) changes.get(2).request().recategorize(CommandId.of("r1-4"), village,
        Category.of("roads"), "a road after all", ctx(at("2026-03-02T11:00"))));
    changes.add((CommandOutcome.Applied) changes.get(3).request().suspend(CommandId.of("r1-5"), village,
        "waiting", ctx(at("2026-03-02T11:30"))));
    changes.add((CommandOutcome.Applied) changes.get(4).request().closeAsDuplicate(CommandId.of("r1-6"), village,
        RequestId.of("R0"), "the same wall as R0", ctx(at("2026-03-02T12:00"))));

    List<RequestEvent> events = storeEach(repository, publisher, changes, saved -> { });

    Request stored = repository.findById(RequestId.of("R1")).orElseThrow();
    assertThat(stored.state()).isEqualTo(RequestState.DUPLICATE);
    assertThat(stored.category()).isEqualTo(Category.of("roads"));
    assertThat(stored.report().category()).isEqualTo(Category.of("land"));
    assertThat(stored.duplicateOf()).contains(RequestId.of("R0"));
    assertThat(stored.history()).extracting(HistoryEntry::category)
        .containsExactly(null, Category.of("pension"), null, Category.of("roads"), null, null);
    assertThat(stored.snapshot().suspension()).isNotNull();
    assertThat(repository.findDueBefore(at("2030-01-01T00:00"), 10)).isEmpty();
    assertThat(repository.countByState()).containsEntry(RequestState.DUPLICATE, 1L);
    assertThat(drain()).containsExactlyElementsOf(Outbox.encoded(events));
    assertThat(events).hasAtLeastOneElementOfType(RequestEvent.RequestRecategorized.class)
        .hasAtLeastOneElementOfType(RequestEvent.RequestClosedAsDuplicate.class);
  }

  /**
   * A must-attend request whose on-site limit lapsed, with the late arrival recorded after it: the history kind
   * ON_SITE_ARRIVED_LATE fits grid_request_history.kind (VARCHAR(24)) and reads back; no migration was needed.
   */
  @Test
  void a_late_arrival_on_site_after_the_lapse_round_trips() {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    RequestEventPublisher publisher = publishingEachInItsOwnUnit();
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A);
    List<CommandOutcome.Applied> changes = new ArrayList<>();
    changes.add((CommandOutcome.Applied) Request.report(RequestId.of("R-late"), CommandId.of("late-1"),
        Actor.citizen(EscalationSamples.CITIZEN), new Form.Report(EscalationSamples.CITIZEN, PLACE_A,
            Category.of("flood"), "水漫进院子", Urgency.URGENT, MustAttendType.EMERGENCY, null),
        ctx(at("2026-03-02T09:00"))));
    Request reported = changes.get(0).request();
    changes.add(reported.onDeadlines(ctx(reported.onSiteDeadline().orElseThrow().plusSeconds(60)), null)
        .orElseThrow());
    changes.add((CommandOutcome.Applied) changes.get(1).request().recordOnSite(CommandId.of("late-2"), village,
        ctx(at("2026-03-02T13:00"))));

    List<RequestEvent> events = storeEach(repository, publisher, changes, saved -> { });

    Request stored = repository.findById(RequestId.of("R-late")).orElseThrow();
    assertThat(stored.history()).extracting(HistoryEntry::kind).containsExactly(TransitionKind.REPORTED,
        TransitionKind.ON_SITE_LAPSED, TransitionKind.ON_SITE_ARRIVED_LATE);
    assertThat(stored.snapshot()).isEqualTo(changes.get(2).request().snapshot());
    assertThat(drain()).containsExactlyElementsOf(Outbox.encoded(events));
    assertThat(events).hasAtLeastOneElementOfType(RequestEvent.OnSiteArrived.class);
  }

  @Test
  void a_hand_edited_category_or_original_is_named_by_column() throws SQLException {
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    Actor village = EscalationSamples.staff(Tier.VILLAGE_GRID, PLACE_A);
    Request reported = EscalationSamples.reported("R1", PLACE_A, at("2026-03-02T09:00"));
    Request recategorized = applied(reported.recategorize(CommandId.of("c2"), village, Category.of("pension"),
        "pension", ctx(at("2026-03-02T10:00"))));
    Request duplicate = applied(recategorized.closeAsDuplicate(CommandId.of("c3"), village, RequestId.of("R0"),
        "same", ctx(at("2026-03-02T11:00"))));
    assertThat(repository.save(reported, 0)).isTrue();
    assertThat(repository.save(recategorized, 1)).isTrue();
    assertThat(repository.save(duplicate, 2)).isTrue();

    execute("UPDATE grid_request SET current_category = 'land' WHERE id = 'R1'");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request");
          assertThat(e.column()).isEqualTo("current_category");
        })
        .hasMessageContaining("pension");
    execute("UPDATE grid_request SET current_category = 'pension' WHERE id = 'R1'");
    execute("UPDATE grid_request_history SET category = 'land' WHERE request_id = 'R1' AND seq = 0");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_request_history");
          assertThat(e.rowId()).isEqualTo("R1/0");
          assertThat(e.column()).isEqualTo("category");
        })
        .hasMessageContaining("REPORTED");
    execute("UPDATE grid_request_history SET category = NULL WHERE request_id = 'R1' AND seq = 0");
    execute("UPDATE grid_request_history SET duplicate_of = NULL WHERE request_id = 'R1' AND seq = 2");
    assertThatThrownBy(() -> repository.findById(RequestId.of("R1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.rowId()).isEqualTo("R1/2");
          assertThat(e.column()).isEqualTo("duplicate_of");
        });
    execute("UPDATE grid_request_history SET duplicate_of = 'R0' WHERE request_id = 'R1' AND seq = 2");
    assertThat(repository.findById(RequestId.of("R1")).orElseThrow().snapshot()).isEqualTo(duplicate.snapshot());
  }

  /** A hand-edited row would fail every claim and stop the outbox: it moves to the dead letters, named, unread. */
  @Test
  void a_hand_edited_outbox_row_is_named_and_moved_to_the_dead_letters() throws SQLException {
    execute("INSERT INTO grid_outbox (event_id, aggregate_id, event_type, source, subject, county, occurred_at, "
        + "payload, attempts, next_attempt_at) VALUES ('e1', 'request/R1', ' ', '/counties/C1', 'R1', 'C1', 0, "
        + "'{}', 0, 0)");
    OutboxRelay relay = new OutboxRelay(database.dataSource(), events -> List.of());

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(0, 0, 0, 1, false));
    assertThat(Outbox.pending(database.dataSource())).isZero();
    assertThat(new org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor(database.dataSource(), java.time.Clock.systemUTC())
        .deadLetters(10))
        .singleElement().satisfies(letter -> {
          assertThat(letter.eventId()).isEqualTo("e1");
          assertThat(letter.error()).contains("grid_outbox row", "column event_type:");
        });
  }

  @Test
  void migrating_again_changes_nothing_and_a_version_1_schema_is_brought_up_to_date() {
    assertThat(GridSchema.migrate(database.dataSource())).isZero();
    try (TestDatabase old = freshDatabase()) {
      assertThat(GridSchema.migrateTo(old.dataSource(), "1")).isEqualTo(1);
      assertThatThrownBy(() -> new JdbcRequestRepository(old.dataSource()).count())
          .isInstanceOf(JdbcAdapterException.class);
      // V2 (the request engine) and every later migration are applied.
      assertThat(GridSchema.migrate(old.dataSource())).isGreaterThanOrEqualTo(1);
      assertThat(new JdbcRequestRepository(old.dataSource()).count()).isZero();
      assertThat(Outbox.pending(old.dataSource())).isZero();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // The outbox

  @Test
  void a_command_stores_its_events_with_the_change_and_the_relay_delivers_them_once_in_order() {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    Engines.Node node = Engines.node(database.dataSource(), clock);
    List<RequestEvent> expected = new ArrayList<>();
    for (String id : List.of("R1", "R2")) {
      for (RequestCommand command : Engines.lifecycle(id, PLACE_A)) {
        clock.add(Duration.ofSeconds(600));
        CommandOutcome outcome = node.unitOfWork().inTransaction(() -> node.engine().handle(command));
        expected.addAll(((CommandOutcome.Applied) outcome).events());
      }
    }
    List<OutgoingEvent> delivered = drain();
    assertThat(delivered).containsExactlyElementsOf(Outbox.encoded(expected));
    assertThat(delivered).extracting(OutgoingEvent::id).doesNotHaveDuplicates()
        .contains("request/R1/1/0", "request/R2/5/1");
    assertThat(drain()).isEmpty();
  }

  @Test
  void a_crash_between_commit_and_delivery_loses_nothing_and_duplicates_carry_the_same_id() {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    Engines.Node node = Engines.node(database.dataSource(), clock);
    List<RequestEvent> expected = new ArrayList<>();
    for (RequestCommand command : Engines.lifecycle("R1", PLACE_A)) {
      clock.add(Duration.ofSeconds(600));
      expected.addAll(((CommandOutcome.Applied) node.unitOfWork().inTransaction(
          () -> node.engine().handle(command))).events());
    }
    // The consumer goes down before it took the events: nothing counts, everything is released.
    MutableClock relayClock = MutableClock.of(at("2026-04-01T09:00"), EscalationSamples.ZONE);
    OutboxRelay.Settings settings = OutboxRelay.Settings.defaults().withBatchSize(100);
    OutboxRelay down = new OutboxRelay(database.dataSource(), events -> {
      throw new EventSink.SinkUnavailableException("consumer unreachable", null);
    }, relayClock, settings);
    assertThat(down.relayOnce().sinkUnavailable()).isTrue();
    // The consumer took them, but the relay's node dies before it could mark them delivered.
    List<OutgoingEvent> seen = new ArrayList<>();
    relayClock.add(Duration.ofHours(1));
    OutboxRelay dying = new OutboxRelay(
        FaultyDataSource.failingWhen(database.dataSource(),
            sql -> sql.startsWith("UPDATE grid_outbox SET delivered_at")),
        Outbox.recording(seen), relayClock, settings);
    assertThatThrownBy(dying::relayOnce).isInstanceOf(JdbcAdapterException.class);
    // The request's first event and those that follow it, in rounds of the one pass.
    int first = Math.min(expected.size(), 1 + OutboxRelay.FOLLOWERS_PER_HEAD);
    assertThat(seen).hasSize(first);
    // Until the dead node's lease runs out, no other relay delivers the request's events.
    OutboxRelay next = new OutboxRelay(database.dataSource(), Outbox.recording(seen), relayClock, settings);
    assertThat(next.relayOnce().claimed()).isZero();
    // Then a relay delivers everything again; the consumer drops what it saw by event id.
    relayClock.add(settings.lease());
    next.drain();
    Map<String, OutgoingEvent> unique = new LinkedHashMap<>();
    seen.forEach(e -> unique.putIfAbsent(e.id(), e));
    assertThat(seen).hasSize(expected.size() + first);
    assertThat(seen.subList(first, 2 * first)).isEqualTo(seen.subList(0, first));
    assertThat(unique.values()).containsExactlyElementsOf(Outbox.encoded(expected));
    assertThat(Outbox.pending(database.dataSource())).isZero();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Faults

  /** Everything stored about requests and the outbox, to compare before and after a failed command. */
  private static List<Object> storedState(JdbcRequestRepository repository) {
    List<Object> state = new ArrayList<>(repository.findById(RequestId.of("R1")).map(Request::snapshot).stream()
        .toList());
    state.add(repository.count());
    state.add(Outbox.pending(database.dataSource()));
    return state;
  }

  @Test
  void a_fault_at_any_statement_of_a_command_leaves_the_stored_state_as_it_was_and_a_retry_succeeds_once() {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE);
    Engines.Node healthy = Engines.node(database.dataSource(), clock);
    int faults = 0;
    for (RequestCommand command : Engines.lifecycle("R1", PLACE_A)) {
      clock.add(Duration.ofSeconds(600));
      boolean applied = false;
      // Fail statement 1, 2, 3, ... of the command (once keeping the connection, once dropping it) until the
      // command runs to its end before the fault: that run is the retry that succeeds.
      for (int n = 1; !applied; n++) {
        for (boolean drop : List.of(true, false)) {
          List<Object> before = storedState(healthy.repository());
          FaultyDataSource faulty = FaultyDataSource.failingNth(database.dataSource(), n, drop);
          Engines.Node node = Engines.node(faulty, clock);
          CommandOutcome outcome;
          try {
            outcome = node.unitOfWork().inTransaction(() -> node.engine().handle(command));
          } catch (JdbcAdapterException e) {
            faults++;
            assertThat(storedState(healthy.repository()))
                .as("after a fault at statement %d (drop %s) of %s", n, drop, command).isEqualTo(before);
            continue;
          }
          assertThat(faulty.executed()).isLessThan(n);
          assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
          assertThat(healthy.unitOfWork().inTransaction(() -> healthy.engine().handle(command)))
              .as("the same command again").isInstanceOf(CommandOutcome.Duplicate.class);
          applied = true;
          break;
        }
      }
    }
    assertThat(faults).isGreaterThan(10);
    assertThat(healthy.repository().findById(RequestId.of("R1")).orElseThrow().version()).isEqualTo(5);
  }

  @Test
  void a_fault_at_any_statement_of_a_sweep_leaves_every_request_as_it_was_and_a_retry_sweeps_once() {
    Engines.seed(database.dataSource());
    JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
    List<RequestId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Request r = EscalationSamples.reported("R" + i, PLACE_A, at("2026-03-02T09:00").plusSeconds(i));
      repository.save(r, 0);
      ids.add(r.id());
    }
    Instant now = at("2026-03-04T09:00");
    MutableClock clock = MutableClock.of(now, EscalationSamples.ZONE);
    int faults = 0;
    for (int n = 1; ; n++) {
      List<Object> before = new ArrayList<>();
      ids.forEach(id -> before.add(repository.findById(id).orElseThrow().snapshot()));
      before.add(Outbox.pending(database.dataSource()));
      FaultyDataSource faulty = FaultyDataSource.failingNth(database.dataSource(), n, n % 2 == 0);
      Engines.Node node = Engines.node(faulty, clock);
      org.grid.escalation.port.in.SweepResult result;
      try {
        result = node.unitOfWork().claimingDue(() -> node.engine().processDue(now));
      } catch (JdbcAdapterException e) {
        faults++;
        List<Object> after = new ArrayList<>();
        ids.forEach(id -> after.add(repository.findById(id).orElseThrow().snapshot()));
        after.add(Outbox.pending(database.dataSource()));
        assertThat(after).as("after a fault at statement %d of the sweep", n).isEqualTo(before);
        continue;
      }
      assertThat(faulty.executed()).isLessThan(n);
      assertThat(result.changed()).isEqualTo(5);
      break;
    }
    assertThat(faults).isGreaterThanOrEqualTo(5);
    assertThat(ids).allSatisfy(id -> assertThat(repository.findById(id).orElseThrow().version()).isEqualTo(2));
    assertThat(Outbox.pending(database.dataSource())).isEqualTo(5);
    Engines.Node healthy = Engines.node(database.dataSource(), clock);
    assertThat(healthy.unitOfWork().claimingDue(() -> healthy.engine().processDue(now)).changed()).isZero();
  }

  @Test
  void the_same_command_sent_to_two_nodes_at_once_is_applied_once() throws Exception {
    Engines.seed(database.dataSource());
    MutableClock clock = MutableClock.of(at("2026-03-02T10:00"), EscalationSamples.ZONE);
    Engines.Node a = Engines.node(database.dataSource(), clock);
    Engines.Node b = Engines.node(database.dataSource(), clock);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    int applied = 0;
    try {
      for (int i = 0; i < 20; i++) {
        List<RequestCommand> lifecycle = Engines.lifecycle("R" + i, PLACE_A);
        a.unitOfWork().inTransaction(() -> a.engine().handle(lifecycle.get(0)));
        RequestCommand accept = lifecycle.get(1);
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<Object>> outcomes = new ArrayList<>();
        for (Engines.Node node : List.of(a, b)) {
          outcomes.add(pool.submit(() -> {
            barrier.await();
            try {
              return node.unitOfWork().inTransaction(() -> node.engine().handle(accept));
            } catch (JdbcAdapterException e) {
              return e; // a database that aborts the loser (a lock conflict) instead of refusing it
            }
          }));
        }
        int appliedHere = 0;
        for (java.util.concurrent.Future<Object> outcome : outcomes) {
          Object o = outcome.get(1, java.util.concurrent.TimeUnit.MINUTES);
          if (o instanceof CommandOutcome.Applied) {
            appliedHere++;
          } else {
            assertThat(o).isInstanceOfAny(CommandOutcome.StaleVersion.class, CommandOutcome.Duplicate.class,
                JdbcAdapterException.class);
          }
        }
        assertThat(appliedHere).as("request R%d", i).isEqualTo(1);
        applied += appliedHere;
        Request stored = new JdbcRequestRepository(database.dataSource()).findById(RequestId.of("R" + i))
            .orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.history()).hasSize(2);
        // Whatever the loser saw, sending the command again is recognised as a retry.
        assertThat(b.unitOfWork().inTransaction(() -> b.engine().handle(accept)))
            .isInstanceOf(CommandOutcome.Duplicate.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(applied).isEqualTo(20);
    assertThat(Outbox.pending(database.dataSource())).isEqualTo(40);
  }

  /**
   * Saves the changes of one request in order, each at the version before it, publishes their events, and checks
   * that each reads back as saved before {@code afterEach} looks at it.
   *
   * @return the events published, in order
   */
  private static List<RequestEvent> storeEach(JdbcRequestRepository repository, RequestEventPublisher publisher,
      List<CommandOutcome.Applied> changes, Consumer<Request> afterEach) {
    List<RequestEvent> events = new ArrayList<>();
    long version = 0;
    for (CommandOutcome.Applied change : changes) {
      assertThat(repository.save(change.request(), version)).isTrue();
      publisher.publish(change.events());
      events.addAll(change.events());
      version = change.request().version();
      assertThat(repository.findById(change.request().id()).orElseThrow().snapshot())
          .isEqualTo(change.request().snapshot());
      afterEach.accept(change.request());
    }
    return events;
  }
}
