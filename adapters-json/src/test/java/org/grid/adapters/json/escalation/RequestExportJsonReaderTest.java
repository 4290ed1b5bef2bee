package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_C;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.appliedRequest;
import static org.grid.testkit.escalation.EscalationSamples.at;
import static org.grid.testkit.escalation.EscalationSamples.departmentStaff;
import static org.grid.testkit.escalation.EscalationSamples.reported;
import static org.grid.testkit.escalation.EscalationSamples.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request export read back: requests built by the model's rules (every named part of a record, every form,
 * every kind of actor) restore equal to what was written, and each broken rule of the format is a problem naming
 * its JSON path.
 */
class RequestExportJsonReaderTest {

  private static final Purpose AUDIT = Purpose.of("county office audit of the export");
  private static final String PHONE = "13812341234";

  private static RuleContext ctx(String localTime, String digest) {
    return new RuleContext(at(localTime), CALENDAR, POLICY, digest);
  }

  /** Requests in every state and named part, made by the model's rules with command digests. */
  static List<Request> samples() {
    List<Request> requests = new ArrayList<>();
    // Accepted, then suspended with a phone number in the reason: a suspension and free text to mask.
    Request suspended = reported("R1", PLACE_A, at("2026-09-28T09:00"));
    suspended = appliedRequest(suspended.accept(CommandId.of("c1-accept"), staff(Tier.VILLAGE_GRID, PLACE_A),
        PersonId.of("handler-1"), ctx("2026-09-28T10:00", "a".repeat(64))));
    suspended = appliedRequest(suspended.suspend(CommandId.of("c1-suspend"), staff(Tier.VILLAGE_GRID, PLACE_A),
        "waiting for the deed; call " + PHONE, ctx("2026-09-29T10:00", "b".repeat(64))));
    requests.add(suspended);
    // A must-attend complaint about the village team, entering at the district: the on-site clock runs.
    Office villageTeam = Office.of(Tier.VILLAGE_GRID, PLACE_B);
    Request complaint = appliedRequest(Request.report(RequestId.of("R2"), CommandId.of("c2-report"),
        Actor.citizen(CITIZEN), new Form.Report(CITIZEN, PLACE_B, Category.of("land"),
            "the team never came", Urgency.URGENT, MustAttendType.PETITION, villageTeam),
        ctx("2026-09-28T09:00", "")));
    requests.add(complaint);
    // Left alone: the sweep reminds and escalates it, charged to the village grid of the 80-character grid id.
    Request lapsed = reported("R3", PLACE_C, at("2026-09-28T09:00"));
    lapsed = lapsed.onDeadlines(ctx("2026-10-12T09:00", ""), null).orElseThrow().request();
    lapsed = lapsed.onDeadlines(ctx("2026-10-14T09:00", ""), null).orElseThrow().request();
    requests.add(lapsed);
    // Up to the county office, routed to a department that returns it: a department that returned it.
    Request returned = reported("R4", PLACE_A, at("2026-09-28T09:00"));
    returned = appliedRequest(returned.escalate(CommandId.of("c4-1"), staff(Tier.VILLAGE_GRID, PLACE_A),
        "beyond the village", ctx("2026-09-28T10:00", "")));
    returned = appliedRequest(returned.escalate(CommandId.of("c4-2"), staff(Tier.DISTRICT_GRID, PLACE_A),
        "beyond the district", ctx("2026-09-28T11:00", "")));
    returned = appliedRequest(returned.escalate(CommandId.of("c4-3"), staff(Tier.TOWNSHIP_OFFICE, PLACE_A),
        "a county matter", ctx("2026-09-28T12:00", "")));
    returned = appliedRequest(returned.route(CommandId.of("c4-4"), staff(Tier.COUNTY_OFFICE, PLACE_A), LAND, null,
        ctx("2026-09-28T13:00", "")));
    returned = appliedRequest(returned.returnToCounty(CommandId.of("c4-5"), departmentStaff(LAND), "not ours",
        ctx("2026-09-28T14:00", "")));
    requests.add(returned);
    // Resolved, told and rated: closed, with a feedback form and a final rating.
    Request closed = reported("R5", PLACE_B, at("2026-09-28T09:00"));
    Actor village = staff(Tier.VILLAGE_GRID, PLACE_B);
    closed = appliedRequest(closed.accept(CommandId.of("c5-1"), village, PersonId.of("handler-5"),
        ctx("2026-09-28T10:00", "")));
    closed = appliedRequest(closed.resolve(CommandId.of("c5-2"), village, "fixed the fence",
        ctx("2026-09-29T10:00", "")));
    closed = appliedRequest(closed.deliverFeedback(CommandId.of("c5-3"), village, "the fence is fixed",
        ctx("2026-09-29T11:00", "")));
    closed = appliedRequest(closed.rate(CommandId.of("c5-4"), Actor.citizen(CITIZEN), Rating.SATISFIED,
        ctx("2026-09-29T12:00", "")));
    requests.add(closed);
    // Withdrawn while suspended: the suspension is kept on a closed request.
    Request withdrawn = reported("R6", PLACE_A, at("2026-09-28T09:00"));
    withdrawn = appliedRequest(withdrawn.accept(CommandId.of("c6-1"), staff(Tier.VILLAGE_GRID, PLACE_A),
        PersonId.of("handler-6"), ctx("2026-09-28T10:00", "")));
    withdrawn = appliedRequest(withdrawn.suspend(CommandId.of("c6-2"), staff(Tier.VILLAGE_GRID, PLACE_A),
        "material missing", ctx("2026-09-28T11:00", "")));
    withdrawn = appliedRequest(withdrawn.withdraw(CommandId.of("c6-3"), Actor.citizen(CITIZEN), "settled",
        ctx("2026-09-28T12:00", "")));
    requests.add(withdrawn);
    // Reminded and not yet escalated: the grace period of the reminder runs.
    Request reminded = reported("R7", PLACE_B, at("2026-09-28T09:00"));
    requests.add(reminded.onDeadlines(ctx("2026-10-12T09:00", ""), null).orElseThrow().request());
    // A must-attend emergency whose on-site limit lapsed, and the team's late arrival after it.
    Request late = appliedRequest(Request.report(RequestId.of("R8"), CommandId.of("c8-report"),
        Actor.citizen(CITIZEN), new Form.Report(CITIZEN, PLACE_A, Category.of("land"), "the bank gave way",
            Urgency.URGENT, MustAttendType.EMERGENCY, null),
        ctx("2026-09-28T09:00", "")));
    late = late.onDeadlines(ctx("2026-09-28T11:01", ""), null).orElseThrow().request();
    late = appliedRequest(late.recordOnSite(CommandId.of("c8-on-site"), staff(Tier.VILLAGE_GRID, PLACE_A),
        ctx("2026-09-28T13:00", "")));
    requests.add(late);
    return requests;
  }

  private static List<Request> read(String json) {
    return RequestExportJsonReader.create().read(utf8(json), "export.json");
  }

  private static List<RequestRecord> records(List<Request> requests) {
    return requests.stream().map(Request::snapshot).toList();
  }

  @Test
  void the_samples_cover_every_named_part_form_and_actor() {
    List<RequestRecord> records = records(samples());
    assertThat(records).anyMatch(r -> r.suspension() != null && r.state() == RequestState.SUSPENDED)
        .anyMatch(r -> r.suspension() != null && r.state() == RequestState.WITHDRAWN)
        .anyMatch(r -> r.onSite() != null)
        .anyMatch(r -> r.step() != null && r.step().reminded())
        .anyMatch(r -> !r.returnedBy().isEmpty())
        .anyMatch(r -> r.result() != null)
        .anyMatch(r -> r.report().complaintAgainst() != null);
    List<HistoryEntry> entries = records.stream().flatMap(r -> r.history().stream()).toList();
    assertThat(entries).anyMatch(e -> e.form() instanceof Form.Assignment)
        .anyMatch(e -> e.form() instanceof Form.Reminder)
        .anyMatch(e -> e.form() instanceof Form.Feedback f && f.rating() != null)
        .anyMatch(e -> e.chargedTo() != null)
        .anyMatch(e -> e.actor() instanceof Actor.SystemActor)
        .anyMatch(e -> e.actor() instanceof Actor.Staff s && s.office().tier() == Tier.DEPARTMENT)
        .anyMatch(e -> e.kind() == TransitionKind.ON_SITE_ARRIVED_LATE);
  }

  @Test
  void an_export_with_clear_text_restores_every_record_as_it_was() {
    List<Request> samples = samples();

    List<Request> restored = read(RequestJsonWriter.export(samples, ZONE, AUDIT));

    assertThat(records(restored)).isEqualTo(records(samples));
  }

  @Test
  void times_restore_to_the_same_instants_in_any_zone() {
    List<Request> samples = samples();

    assertThat(records(read(RequestJsonWriter.export(samples, ZoneOffset.ofHours(-11), AUDIT))))
        .isEqualTo(records(samples));
  }

  @Test
  void a_masked_export_restores_with_masked_text_and_without_digests() {
    List<Request> samples = samples();

    String json = RequestJsonWriter.export(samples, ZONE);
    Request suspended = read(json).get(0);

    assertThat(json).doesNotContain(PHONE).doesNotContain("a".repeat(64));
    assertThat(suspended.history().get(2).reason()).isEqualTo("waiting for the deed; call 138****1234");
    assertThat(suspended.appliedCommands().asMap()).containsExactlyEntriesOf(ImmutableMap.of(CommandId.of("report-R1"), "",
        CommandId.of("c1-accept"), "", CommandId.of("c1-suspend"), ""));
    RequestRecord original = samples.get(0).snapshot();
    RequestRecord expected = new RequestRecord(original.id(), original.version(), original.report(),
        original.category(), original.state(), original.holder(), original.assignee(), original.step(), original.onSite(),
        original.suspension(), original.suspendedDays(), original.returnedBy(), original.reopenedAtTier(),
        original.result(), ImmutableList.of(original.history().get(0), original.history().get(1),
            masked(original.history().get(2))), suspended.appliedCommands());
    assertThat(suspended.snapshot()).isEqualTo(expected);
  }

  private static HistoryEntry masked(HistoryEntry e) {
    return new HistoryEntry(e.at(), e.actor(), e.kind(), e.state(), e.holder(), e.form(),
        e.reason().replace(PHONE, "138****1234"), e.chargedTo(), e.category(), e.duplicateOf());
  }

  @Test
  void the_replay_output_is_read_for_its_requests_and_its_steps_are_not() {
    List<Request> samples = samples();
    String replay = RequestJsonWriter.replayReport(samples,
        List.of(new ReplayLine(0, at("2026-09-28T09:00"), "report", "R1", "APPLIED", ""),
            new ReplayLine(1, at("2026-09-29T09:00"), "sweep", null, "SWEPT", "R3 ReminderIssued")),
        ZONE, AUDIT);

    assertThat(records(read(replay))).isEqualTo(records(samples));
  }

  @Test
  void an_export_of_no_request_reads_as_none() {
    assertThat(read(RequestJsonWriter.export(List.of(), ZONE))).isEmpty();
    assertThat(read("{\"example\": true, \"requests\": []}")).isEmpty();
  }

  /** A change to the written export, and the path of the problem it must give. */
  record Hostile(String name, Consumer<ObjectNode> change, String path, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static ObjectNode request(ObjectNode root, int index) {
    return (ObjectNode) root.path("requests").get(index);
  }

  private static ObjectNode entry(ObjectNode root, int request, int seq) {
    return (ObjectNode) request(root, request).path("history").get(seq);
  }

  static Stream<Hostile> hostileInputs() {
    return Stream.of(
        new Hostile("no requests", root -> root.remove("requests"), "$.requests", "is missing"),
        new Hostile("steps not an array", root -> root.put("steps", "none"), "$.steps", "must be an array"),
        new Hostile("an empty history", root -> request(root, 0).putArray("history"), "$.requests[0].history",
            "must hold at least the REPORTED entry"),
        new Hostile("a history starting with an acceptance", root -> entry(root, 0, 0).put("kind", "ACCEPTED"),
            "$.requests[0].history[0].kind", "must be REPORTED"),
        new Hostile("a history without the report form", root -> entry(root, 0, 0).remove("form"),
            "$.requests[0].history[0].form", "must be the report form"),
        new Hostile("entries out of seq order", root -> {
          ArrayNode history = (ArrayNode) request(root, 0).path("history");
          JsonNode second = history.remove(1);
          history.add(second);
        }, "$.requests[0].history[1].seq", "seq order"),
        new Hostile("an entry going back in time", root -> entry(root, 0, 2).put("at", "2026-09-01T09:00+08:00"),
            "$.requests[0].history[2].at", "goes back in time"),
        new Hostile("an unknown kind", root -> entry(root, 0, 1).put("kind", "REASSIGNED"),
            "$.requests[0].history[1].kind", "must be one of"),
        new Hostile("a correction without its category", root -> entry(root, 0, 1).put("kind", "RECATEGORIZED"),
            "$.requests[0].history[1]", "category must be set exactly on a RECATEGORIZED entry"),
        new Hostile("a current category the history does not give", root -> ((com.fasterxml.jackson.databind.node.ObjectNode)
            root.path("requests").get(0)).put("category", "roads"),
            "$.requests[0].category", "is roads, but the report and its RECATEGORIZED entries of the request give land"),
        new Hostile("a kind in lower case", root -> entry(root, 0, 1).put("kind", "accepted"),
            "$.requests[0].history[1].kind", "write it in upper case"),
        new Hostile("an unknown state", root -> request(root, 0).put("state", "OPEN"), "$.requests[0].state",
            "must be one of"),
        new Hostile("an unknown tier in an office", root -> entry(root, 2, 2).put("chargedTo", "HAMLET:T01-V30"),
            "$.requests[2].history[2].chargedTo", "must be an office as TIER:unit"),
        new Hostile("a charged office off the place's path", root -> entry(root, 2, 2)
            .put("chargedTo", "VILLAGE_GRID:T09-V99-N9"), "$.requests[2].history[2].chargedTo",
            "which is neither on the path of the request's place"),
        new Hostile("a holder at another township", root -> request(root, 0).put("holder", "TOWNSHIP_OFFICE:T09"),
            "$.requests[0].holder", "which is neither on the path of the request's place"),
        new Hostile("an office without a tier", root -> request(root, 0).put("holder", "T01-V04-N1"),
            "$.requests[0].holder", "must be an office as TIER:unit"),
        new Hostile("an office unit too long", root -> request(root, 0).put("holder", "DISTRICT_GRID:" + "D".repeat(65)),
            "$.requests[0].holder", "unit must be at most 64 characters"),
        new Hostile("a time without offset", root -> entry(root, 0, 0).put("at", "2026-09-28T09:00"),
            "$.requests[0].history[0].at", "with an offset"),
        new Hostile("a deadline that is no time", root -> ((ObjectNode) request(root, 0).path("suspension")
                .path("pausedStep")).put("deadline", "friday"),
            "$.requests[0].suspension.pausedStep.deadline", "with an offset"),
        new Hostile("an id with surrounding space", root -> request(root, 0).put("id", "R1 "), "$.requests[0].id",
            "must not start or end with whitespace"),
        new Hostile("a national ID number as reporter",
            root -> ((ObjectNode) entry(root, 0, 0).path("form")).put("reporter", "11010519491231002X"),
            "$.requests[0].history[0].form.reporter", "must not be a national ID number"),
        new Hostile("a misspelt field of an entry", root -> entry(root, 0, 1).put("resaon", "x"),
            "$.requests[0].history[1].resaon", "did you mean \"reason\""),
        new Hostile("a field the request does not have", root -> request(root, 0).put("priority", 1),
            "$.requests[0].priority", "is not a field of this format"),
        new Hostile("an unknown form type", root -> ((ObjectNode) entry(root, 0, 1).path("form")).put("type", "memo"),
            "$.requests[0].history[1].form.type", "must be one of [assignment, feedback, reminder, report]"),
        new Hostile("a second report form of another text", root -> {
          ObjectNode form = ((ObjectNode) entry(root, 0, 0).path("form")).deepCopy();
          entry(root, 0, 1).set("form", form.put("description", "another"));
        }, "$.requests[0].history[1].form", "a report form other than the request's"),
        new Hostile("a report's grid other than its place's", root ->
            ((ObjectNode) entry(root, 0, 0).path("form")).put("grid", "T01-V09-N1"),
            "$.requests[0].history[0].form.grid", "but the place's grid is"),
        new Hostile("an actor text that is not the actor", root -> entry(root, 0, 1).put("actor", "someone else"),
            "$.requests[0].history[1].actor", "but \"by\" is"),
        new Hostile("a staff actor without role", root -> ((ObjectNode) entry(root, 0, 1).path("by")).remove("role"),
            "$.requests[0].history[1].by.role", "is missing"),
        new Hostile("a request listed twice", root -> ((ArrayNode) root.path("requests")).add(request(root, 0)
            .deepCopy()), "$.requests[8].id", "is listed already at $.requests[0]"),
        new Hostile("an open request without its step", root -> request(root, 1).remove("step"),
            "$.requests[1].step", "step must be set exactly while the request is open"),
        new Hostile("a suspended request without its suspension", root -> request(root, 0).remove("suspension"),
            "$.requests[0].suspension", "suspension must be set while the request is suspended"),
        new Hostile("a version of 0", root -> request(root, 0).put("version", 0), "$.requests[0].version",
            "must be from 1"),
        new Hostile("a state the history does not leave", root -> request(root, 0).put("state", "ACCEPTED"),
            "$.requests[0].state", "state is ACCEPTED, but the last history entry (SUSPENDED) leaves the request SUSPENDED"),
        new Hostile("a holder the history does not leave", root -> request(root, 0)
            .put("holder", "TOWNSHIP_OFFICE:T01").put("tier", "TOWNSHIP_OFFICE"), "$.requests[0].holder",
            "but the last history entry (SUSPENDED) leaves the request at"),
        new Hostile("a version past the history", root -> request(root, 0).put("version", 99),
            "$.requests[0].version", "version is 99, but the history holds"),
        new Hostile("a request closed as a duplicate of itself", root -> {
          request(root, 5).put("state", "DUPLICATE");
          ObjectNode last = entry(root, 5, request(root, 5).path("history").size() - 1);
          last.put("kind", "CLOSED_AS_DUPLICATE").put("state", "DUPLICATE").put("duplicateOf", "R6");
          request(root, 5).put("duplicateOf", "R6");
        }, "$.requests[5].history[3].duplicateOf", "closes the request as a duplicate of itself"),
        new Hostile("a next deadline the request does not have",
            root -> request(root, 0).put("nextDeadline", "2030-01-01T00:00+08:00"), "$.requests[0].nextDeadline",
            "but the step and on-site deadlines"),
        new Hostile("a final rating the history does not give", root -> request(root, 4).put("finalRating",
            "DISSATISFIED"), "$.requests[4].finalRating", "but the closing feedback"),
        new Hostile("a tier other than the holder's", root -> request(root, 0).put("tier", "DEPARTMENT"),
            "$.requests[0].tier", "but the holder"),
        new Hostile("a holder path of another county", root -> ((ArrayNode) request(root, 0).path("holderPath"))
            .set(0, "C2"), "$.requests[0].holderPath", "has the path"),
        new Hostile("a department returning twice", root -> ((ArrayNode) request(root, 3).path("returnedBy"))
            .add(LAND.value()), "$.requests[3].returnedBy[1]", "is listed already"),
        new Hostile("a command applied twice", root -> ((ArrayNode) request(root, 0).path("appliedCommands"))
            .addObject().put("id", "c1-accept"), "$.requests[0].appliedCommands[3].id", "is listed already"),
        new Hostile("a digest too long", root -> ((ObjectNode) request(root, 0).path("appliedCommands").get(0))
            .put("digest", "f".repeat(65)), "$.requests[0].appliedCommands[0].digest", "at most 64"),
        new Hostile("reminded not a boolean", root -> ((ObjectNode) request(root, 6).path("step"))
            .put("reminded", "yes"), "$.requests[6].step.reminded", "must be true or false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void each_broken_rule_is_a_problem_naming_its_path(Hostile hostile) throws Exception {
    ObjectNode root = (ObjectNode) JsonInput.MAPPER.readTree(RequestJsonWriter.export(samples(), ZONE, AUDIT));
    hostile.change().accept(root);

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> read(JsonInput.MAPPER.writeValueAsString(root)));

    assertThat(e).as("refused").isNotNull();
    assertThat(e.source()).isEqualTo("export.json");
    assertThat(e.problems()).as(e.getMessage())
        .anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(hostile.path());
          assertThat(p.message()).contains(hostile.message());
        });
  }

  /**
   * Engines on several machines stamp entries with clocks that differ, so an entry may lie a little before the one
   * above it: an export of such requests is read; a day more is refused as an edited time.
   */
  @Test
  void an_entry_a_little_before_the_one_above_it_is_read_and_a_day_before_is_not() throws Exception {
    ObjectNode root = (ObjectNode) JsonInput.MAPPER.readTree(RequestJsonWriter.export(samples(), ZONE, AUDIT));
    Instant above = OffsetDateTime.parse(entry(root, 0, 1).path("at").asText()).toInstant();
    entry(root, 0, 2).put("at", above.minus(Duration.ofHours(3)).atZone(ZONE).toOffsetDateTime().toString());

    assertThat(read(JsonInput.MAPPER.writeValueAsString(root)).get(0).history().get(2).at())
        .isEqualTo(above.minus(Duration.ofHours(3)));

    entry(root, 0, 2).put("at", above.minus(Duration.ofHours(25)).atZone(ZONE).toOffsetDateTime().toString());
    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> read(JsonInput.MAPPER.writeValueAsString(root)));
    assertThat(e).isNotNull();
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("$.requests[0].history[2].at");
      assertThat(p.message()).contains("goes back in time by more than 24 hours");
    });
  }

  @Test
  void every_problem_of_an_export_is_reported_at_once() throws Exception {
    ObjectNode root = (ObjectNode) JsonInput.MAPPER.readTree(RequestJsonWriter.export(samples(), ZONE, AUDIT));
    request(root, 0).put("state", "OPEN");
    entry(root, 3, 2).put("kind", "SHELVED");

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> read(JsonInput.MAPPER.writeValueAsString(root)));

    assertThat(e.problems()).extracting(JsonProblem::path)
        .containsExactly("$.requests[0].state", "$.requests[3].history[2].kind");
  }

  @Test
  void a_national_id_number_is_not_quoted_in_a_problem() throws Exception {
    ObjectNode root = (ObjectNode) JsonInput.MAPPER.readTree(RequestJsonWriter.export(samples(), ZONE, AUDIT));
    ((ObjectNode) entry(root, 0, 0).path("form")).put("reporter", "11010519491231002X");

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> read(JsonInput.MAPPER.writeValueAsString(root)));

    assertThat(e.getMessage()).doesNotContain("11010519491231002X");
  }

  /**
   * A request id, command id or category that is a national ID number (a hand-edited or foreign export) is a problem
   * naming the field, with the id type's reason, and the number is quoted nowhere, not even masked.
   */
  @Test
  void a_national_id_number_as_request_id_command_id_or_category_is_refused_unquoted() throws Exception {
    String number = "110101199003077774";
    ObjectNode root = (ObjectNode) JsonInput.MAPPER.readTree(RequestJsonWriter.export(samples(), ZONE, AUDIT));
    request(root, 0).put("id", number);
    ((ObjectNode) request(root, 1).path("appliedCommands").get(0)).put("id", number);
    request(root, 2).put("category", number);
    ((ObjectNode) entry(root, 2, 0).path("form")).put("category", number);

    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> read(JsonInput.MAPPER.writeValueAsString(root)));

    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).doesNotContain(number).doesNotContain("1101**");
    assertThat(e.problems()).as(e.getMessage())
        .anySatisfy(p -> assertThat(p).isEqualTo(new JsonProblem("$.requests[0].id",
            "is not a valid id: requestId must not be a national ID number (GB 11643); use a pseudonymous id")))
        .anySatisfy(p -> assertThat(p).isEqualTo(new JsonProblem("$.requests[1].appliedCommands[0].id",
            "is not a valid id: commandId must not be a national ID number (GB 11643); use a pseudonymous id")))
        .anySatisfy(p -> assertThat(p).isEqualTo(new JsonProblem("$.requests[2].category",
            "is not a valid id: category must not be a national ID number (GB 11643); use a pseudonymous id")))
        .anySatisfy(p -> assertThat(p).isEqualTo(new JsonProblem("$.requests[2].history[0].form.category",
            "is not a valid id: category must not be a national ID number (GB 11643); use a pseudonymous id")));
  }
}
