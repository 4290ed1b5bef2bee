package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestFacts;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord.Step;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.testkit.json.JsonSchemas;
import org.junit.jupiter.api.Test;

class RequestCloudEventsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "张三 13800138000 说围墙挡住了水渠";
  private static final RequestFacts FACTS = new RequestFacts(Category.of("land"), PLACE_A,
      Office.of(Tier.DISTRICT_GRID, PLACE_A), RequestState.ACCEPTED, Urgency.URGENT, MustAttendType.EMERGENCY,
      PersonId.of("P-7"), new Step(DeadlineKind.RESOLVE, at("2026-03-09T17:30"), true), at("2026-03-02T11:00"));

  /** One event of every type, each component a sample of its type (optional offices present). */
  private static List<RequestEvent> oneOfEach() throws ReflectiveOperationException {
    List<RequestEvent> events = new ArrayList<>();
    for (Class<?> type : RequestEvent.class.getPermittedSubclasses()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = sample(components[i]);
      }
      events.add((RequestEvent) type.getDeclaredConstructor(types).newInstance(args));
    }
    return events;
  }

  private static Object sample(RecordComponent component) {
    Class<?> type = component.getType();
    String name = component.getName();
    if (type == RequestId.class) {
      return RequestId.of(name.equals("original") ? "R-0" : "R-1");
    } else if (type == long.class) {
      return 3L;
    } else if (type == Instant.class) {
      return at("2026-03-02T09:00");
    } else if (type == Office.class) {
      return name.equals("supervisor") ? Office.of(Tier.COUNTY_OFFICE, PLACE_A) : Office.of(Tier.VILLAGE_GRID, PLACE_A);
    } else if (type == boolean.class) {
      return true;
    } else if (type == PersonId.class) {
      return PersonId.of("P-7");
    } else if (type == DepartmentId.class) {
      return DepartmentId.of("natural-resources");
    } else if (type == DeadlineKind.class) {
      return DeadlineKind.ACCEPT;
    } else if (type == Rating.class) {
      return Rating.DISSATISFIED;
    } else if (type == Category.class) {
      return Category.of(name.equals("previous") ? "land" : "pension");
    } else if (type == String.class) {
      return REASON;
    } else if (type == RequestFacts.class) {
      return FACTS;
    }
    throw new AssertionError("no sample of " + type);
  }

  @Test
  void every_event_type_has_a_versioned_type_and_a_valid_schema_and_no_schema_is_left_over() throws IOException {
    assertThat(RequestCloudEvents.typeNames()).hasSize(RequestEvent.class.getPermittedSubclasses().length)
        .contains("org.grid.request.reported.v1", "org.grid.request.reminder-issued.v1",
            "org.grid.request.closed-as-duplicate.v1", "org.grid.request.on-site-lapsed.v1")
        .allMatch(t -> t.matches("org\\.grid\\.request\\.[a-z]+(-[a-z]+)*\\.v1"));
    List<String> files = new ArrayList<>();
    for (String type : RequestCloudEvents.typeNames()) {
      Path schema = Outbox.schema(type);
      assertThat(JsonSchemas.schemaProblems(schema)).as(type).isEmpty();
      files.add(schema.getFileName().toString());
    }
    try (Stream<Path> folder = Files.list(Outbox.schema("common").getParent())) {
      assertThat(folder.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("org.grid.request.")))
          .containsExactlyInAnyOrderElementsOf(files);
    }
  }

  @Test
  void every_event_type_encodes_to_a_document_its_schema_accepts_without_free_text() throws Exception {
    for (RequestEvent event : oneOfEach()) {
      OutgoingEvent encoded = RequestCloudEvents.encode(event, 2);
      Outbox.checkAgainstSchema(encoded);
      assertThat(encoded.json()).as(encoded.type()).doesNotContain("13800138000").doesNotContain("张三")
          .doesNotContain("reason");
      assertThat(encoded.id()).isEqualTo("request/R-1/3/2");
      assertThat(encoded.aggregate()).isEqualTo("request/R-1");
      assertThat(encoded.subject()).isEqualTo("R-1");
      assertThat(encoded.county()).isEqualTo(PLACE_A.county().value());
    }
  }

  @Test
  void a_schema_refuses_what_the_encoder_must_not_write() throws Exception {
    RequestEvent accepted = oneOfEach().stream().filter(RequestEvent.RequestAccepted.class::isInstance)
        .findFirst().orElseThrow();
    OutgoingEvent encoded = RequestCloudEvents.encode(accepted, 0);
    Path schema = Outbox.schema(encoded.type());
    ObjectNode extra = (ObjectNode) JSON.readTree(encoded.json());
    ((ObjectNode) extra.get("data")).put("description", REASON);
    assertThat(JsonSchemas.problems(schema, extra)).isNotEmpty();
    ObjectNode missing = (ObjectNode) JSON.readTree(encoded.json());
    ((ObjectNode) missing.get("data").get("request")).remove("category");
    assertThat(JsonSchemas.problems(schema, missing)).isNotEmpty();
    ObjectNode wrongType = (ObjectNode) JSON.readTree(encoded.json());
    wrongType.put("type", "org.grid.request.reported.v1");
    assertThat(JsonSchemas.problems(schema, wrongType)).isNotEmpty();
  }

  @Test
  void an_accepted_event_reads_as_documented() throws Exception {
    RequestEvent event = new RequestEvent.RequestAccepted(RequestId.of("R-1"), 2, Instant.parse("2026-03-02T01:00:00Z"),
        Office.of(Tier.DISTRICT_GRID, PLACE_A), PersonId.of("P-7"), Instant.parse("2026-03-09T09:30:00Z"), FACTS);
    JsonNode json = JSON.readTree(RequestCloudEvents.encode(event, 0).json());
    assertThat(json.get("specversion").asText()).isEqualTo("1.0");
    assertThat(json.get("type").asText()).isEqualTo("org.grid.request.accepted.v1");
    assertThat(json.get("time").asText()).isEqualTo("2026-03-02T01:00:00Z");
    assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
    JsonNode data = json.get("data");
    assertThat(data.get("assignee").asText()).isEqualTo("P-7");
    assertThat(data.get("dueBy").asText()).isEqualTo("2026-03-09T09:30:00Z");
    assertThat(data.get("holder").get("tier").asText()).isEqualTo("DISTRICT_GRID");
    assertThat(data.get("holder").get("unit").asText()).isEqualTo(PLACE_A.district().value());
    JsonNode request = data.get("request");
    assertThat(request.get("category").asText()).isEqualTo("land");
    assertThat(request.get("tier").asText()).isEqualTo("DISTRICT_GRID");
    assertThat(request.get("place").get("grid").asText()).isEqualTo(PLACE_A.grid().value());
    assertThat(request.get("deadline").get("kind").asText()).isEqualTo("RESOLVE");
    assertThat(request.get("deadline").get("reminded").asBoolean()).isTrue();
    assertThat(request.get("mustAttend").asText()).isEqualTo("EMERGENCY");
    assertThat(request.get("onSiteBy").asText()).isEqualTo(at("2026-03-02T11:00").toString());
  }

  @Test
  void the_source_is_the_jurisdiction_path_with_each_id_percent_encoded() {
    Place place = new Place(CountyId.of("C1"), TownshipId.of("东乡"), DistrictId.of("D 1"), VillageId.of("V/1"),
        GridId.of("G-1_a.b~c"));
    assertThat(RequestCloudEvents.source(place)).isEqualTo(
        "/counties/C1/townships/%E4%B8%9C%E4%B9%A1/districts/D%201/villages/V%2F1/grids/G-1_a.b~c");
  }
}
