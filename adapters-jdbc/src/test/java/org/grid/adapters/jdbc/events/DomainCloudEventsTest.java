package org.grid.adapters.jdbc.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.adapters.jdbc.events.EventSamples.AT;
import static org.grid.adapters.jdbc.events.EventSamples.COUNTY;
import static org.grid.adapters.jdbc.events.EventSamples.FREE_TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.grid.adapters.jdbc.escalation.Outbox;
import org.grid.assessment.model.ScoreEvent;
import com.google.common.collect.ImmutableList;
import org.grid.core.model.duty.DutyEvent;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.PairingEvent;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.model.team.TeamScope;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.testkit.json.JsonSchemas;
import org.junit.jupiter.api.Test;

class DomainCloudEventsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyTypeHasAValidSchemaAndNoSchemaOfTheseKindsIsLeftOver() throws IOException {
    List<String> files = new ArrayList<>();
    for (String type : DomainCloudEvents.TYPES) {
      assertThat(type).matches("org\\.grid\\.(team|score|pairing|plan|duty)\\.[a-z]+(-[a-z]+)*\\.v1");
      Path schema = Outbox.schema(type);
      assertThat(JsonSchemas.schemaProblems(schema)).as(type).isEmpty();
      files.add(schema.getFileName().toString());
    }
    try (Stream<Path> folder = Files.list(Outbox.schema("common").getParent())) {
      assertThat(folder.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("common.json") && !n.startsWith("org.grid.request.")))
          .containsExactlyInAnyOrderElementsOf(files);
    }
  }

  @Test
  void everyTypeIsWrittenAndEveryEventValidatesAgainstItsSchemaWithoutFreeText() {
    Set<String> written = new HashSet<>();
    for (DomainEvent event : EventSamples.oneOfEach()) {
      OutgoingEvent encoded = DomainCloudEvents.encode(event);
      Outbox.checkAgainstSchema(encoded);
      assertThat(encoded.json()).as(encoded.type()).doesNotContain("13800138000").doesNotContain("张三")
          .doesNotContain("description");
      assertThat(encoded.county()).isEqualTo("东县");
      assertThat(encoded.time()).isEqualTo(AT);
      written.add(encoded.type());
    }
    assertThat(written).containsExactlyInAnyOrderElementsOf(DomainCloudEvents.TYPES);
    for (TeamScope scope : EventSamples.scopes()) {
      Outbox.checkAgainstSchema(DomainCloudEvents.encode(new TeamEvent.TeamFormed(COUNTY, EventSamples.team(scope),
          1, AT)));
    }
  }

  @Test
  void aTeamEventReadsAsDocumented() throws IOException {
    OutgoingEvent formed = DomainCloudEvents.encode(EventSamples.oneOfEach().get(0));

    assertThat(formed.type()).isEqualTo("org.grid.team.formed.v1");
    assertThat(formed.id()).isEqualTo("team/T01/TEAM-N1/1");
    assertThat(formed.aggregate()).isEqualTo("team/T01/TEAM-N1");
    assertThat(formed.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T01");
    assertThat(formed.subject()).isEqualTo("TEAM-N1");
    JsonNode data = JSON.readTree(formed.json()).get("data");
    assertThat(data.get("level").asText()).isEqualTo("VILLAGE_GRID");
    assertThat(data.get("scope").toString()).isEqualTo("{\"village\":\"V1\",\"grid\":\"N1\"}");
    assertThat(data.get("leader").asText()).isEqualTo("P-1");
    assertThat(data.get("others").toString()).isEqualTo("[\"P-3\",\"P-4\"]");
    assertThat(data.get("dutyRoles").toString())
        .isEqualTo("{\"VILLAGE_SURVEY\":\"P-3\",\"DISPUTE_MEDIATION\":\"P-2\"}");
    assertThat(data.get("composedAt").asText()).isEqualTo("2026-03-02T01:00:00Z");

    OutgoingEvent changed = DomainCloudEvents.encode(EventSamples.oneOfEach().get(1));
    assertThat(changed.type()).isEqualTo("org.grid.team.changed.v1");
    assertThat(changed.id()).as("unique across versions of the team").isEqualTo("team/T01/TEAM-N1/4");
    assertThat(changed.aggregate()).isEqualTo(formed.aggregate());
  }

  @Test
  void aPairingEventReadsAsDocumented() throws IOException {
    OutgoingEvent changed = DomainCloudEvents.encode(EventSamples.oneOfEach().get(2));

    assertThat(changed.type()).isEqualTo("org.grid.pairing.changed.v1");
    assertThat(changed.id()).isEqualTo("pairing/T01/H-7/2026-03-02T01:00:00Z");
    assertThat(changed.aggregate()).isEqualTo("pairing/T01/H-7");
    assertThat(changed.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T01/villages/%E4%BA%94%E9%83%BD");
    assertThat(changed.subject()).isEqualTo("H-7");
    assertThat(JSON.readTree(changed.json()).get("data").toString()).isEqualTo(
        "{\"householdId\":\"H-7\",\"township\":\"T01\",\"village\":\"五都\",\"pairer\":\"P-1\",\"previous\":\"P-2\"}");
    OutgoingEvent unpaired = DomainCloudEvents.encode(new PairingEvent.PairingChanged(COUNTY, EventSamples.TOWNSHIP,
        VillageId.of("V1"), HouseholdId.of("H-7"), Optional.empty(), Optional.of(PersonId.of("P-2")), AT));
    Outbox.checkAgainstSchema(unpaired);
    ObjectNode neither = (ObjectNode) JSON.readTree(unpaired.json());
    ((ObjectNode) neither.get("data")).remove("previous");
    assertThat(JsonSchemas.problems(Outbox.schema(unpaired.type()), neither)).as("a change names a pairer").isNotEmpty();
  }

  @Test
  void aPlanEventReadsAsDocumented() throws IOException {
    OutgoingEvent adopted = DomainCloudEvents.encode(EventSamples.oneOfEach().get(4));

    assertThat(adopted.type()).isEqualTo("org.grid.plan.adopted.v1");
    assertThat(adopted.id()).isEqualTo("plan/东县/T01/2026-03-02T01:00:00Z");
    assertThat(adopted.aggregate()).isEqualTo("plan/东县/T01");
    assertThat(adopted.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T01");
    assertThat(adopted.subject()).isEqualTo("T01");
    assertThat(JSON.readTree(adopted.json()).get("data").toString()).isEqualTo("{\"township\":\"T01\",\"grids\":["
        + "{\"grid\":\"N1\",\"village\":\"V1\",\"district\":\"D1\",\"units\":2},"
        + "{\"grid\":\"N2\",\"village\":\"V2\",\"district\":\"D1\",\"units\":1}],"
        + "\"districts\":[{\"district\":\"D1\",\"grids\":[\"N1\",\"N2\"]}]}");
  }

  @Test
  void aDutyEventReadsAsDocumented() throws IOException {
    OutgoingEvent missed = DomainCloudEvents.encode(EventSamples.oneOfEach().get(5));
    String key = EventSamples.missedDuty().key();

    assertThat(key).matches("[0-9a-f]{64}");
    assertThat(missed.type()).isEqualTo("org.grid.duty.missed.v1");
    assertThat(missed.id()).isEqualTo("duty/T01/" + key);
    assertThat(missed.aggregate()).isEqualTo(missed.id());
    assertThat(missed.source())
        .isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T01/villages/%E4%BA%94%E9%83%BD/grids/N1");
    assertThat(missed.subject()).isEqualTo("H-7");
    assertThat(JSON.readTree(missed.json()).get("data").toString()).isEqualTo("{\"key\":\"" + key + "\","
        + "\"township\":\"T01\",\"rule\":\"STATIONED_CADRE_YEARLY_VISIT\",\"kind\":\"VISIT\",\"period\":\"2025\","
        + "\"grid\":\"N1\",\"village\":\"五都\",\"team\":\"TEAM-N1\",\"householdId\":\"H-7\",\"round\":\"R-1\","
        + "\"people\":[\"P-3\"]}");
    assertThat(missed.json()).doesNotContain("张三").doesNotContain("13800138000");

    MissedDuty card = new MissedDuty(DutyRule.CONTACT_CARD, ImmutableList.of(), Optional.empty(),
        Optional.of(HouseholdId.of("H-7")), Optional.empty(), Optional.of(GridId.of("N1")),
        Optional.of(VillageId.of("V1")), "[2025-01-01T00:00+08:00, 2026-01-01T00:00+08:00)", "m");
    OutgoingEvent cardMissed = DomainCloudEvents.encode(new DutyEvent.DutyMissed(COUNTY, EventSamples.TOWNSHIP,
        card, AT));
    Outbox.checkAgainstSchema(cardMissed);
    assertThat(JSON.readTree(cardMissed.json()).get("data").get("period").asText())
        .isEqualTo("2025-01-01T00:00+08:00/2026-01-01T00:00+08:00");
    assertThat(JSON.readTree(cardMissed.json()).get("data").get("kind").asText()).isEqualTo("CARD");

    MissedDuty townshipMeeting = new MissedDuty(DutyRule.TOWNSHIP_MONTHLY_MEETING, ImmutableList.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), "2025-03", "m");
    OutgoingEvent meeting = DomainCloudEvents.encode(new DutyEvent.DutyMissed(COUNTY, EventSamples.TOWNSHIP,
        townshipMeeting, AT));
    Outbox.checkAgainstSchema(meeting);
    assertThat(meeting.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF/townships/T01");
    assertThat(meeting.subject()).isEqualTo("T01");
    assertThat(JSON.readTree(meeting.json()).get("data").toString()).contains("\"people\":[]")
        .doesNotContain("grid").doesNotContain("householdId");

    ObjectNode withMessage = (ObjectNode) JSON.readTree(missed.json());
    ((ObjectNode) withMessage.get("data")).put("message", "张三 missed a visit");
    assertThat(JsonSchemas.problems(Outbox.schema(missed.type()), withMessage)).as("no free text").isNotEmpty();
    ObjectNode badKey = (ObjectNode) JSON.readTree(missed.json());
    badKey.put("id", "duty/T01/not-a-key");
    assertThat(JsonSchemas.problems(Outbox.schema(missed.type()), badKey)).isNotEmpty();
  }

  @Test
  void aMissedDutysKeyNamesTheDutyNotWhoOwedItNorItsMessage() {
    MissedDuty visit = EventSamples.missedDuty();
    MissedDuty otherMessage = new MissedDuty(visit.rule(), visit.who(), visit.team(), visit.household(),
        visit.entry(), visit.grid(), visit.village(), visit.period(), "another sentence");
    MissedDuty otherCadre = new MissedDuty(visit.rule(), ImmutableList.of(PersonId.of("P-4")), visit.team(),
        visit.household(), visit.entry(), visit.grid(), visit.village(), visit.period(), "m");
    MissedDuty otherYear = new MissedDuty(visit.rule(), visit.who(), visit.team(), visit.household(),
        visit.entry(), visit.grid(), visit.village(), "2026", "m");
    MissedDuty roundWithLeader = new MissedDuty(DutyRule.COLLECTIVE_VISIT_ROUNDS, ImmutableList.of(PersonId.of("A")),
        Optional.of(TeamId.of("TEAM-N1")), Optional.empty(), Optional.empty(), Optional.of(GridId.of("N1")),
        Optional.of(VillageId.of("V1")), "2025", "m");
    MissedDuty roundWithOtherLeader = new MissedDuty(DutyRule.COLLECTIVE_VISIT_ROUNDS,
        ImmutableList.of(PersonId.of("B")), Optional.of(TeamId.of("TEAM-N1")), Optional.empty(), Optional.empty(),
        Optional.of(GridId.of("N1")), Optional.of(VillageId.of("V1")), "2025", "m");
    MissedDuty roundOfOtherGrid = new MissedDuty(DutyRule.COLLECTIVE_VISIT_ROUNDS, ImmutableList.of(PersonId.of("A")),
        Optional.of(TeamId.of("TEAM-N1")), Optional.empty(), Optional.empty(), Optional.of(GridId.of("N2")),
        Optional.of(VillageId.of("V1")), "2025", "m");

    assertThat(otherMessage.key()).isEqualTo(visit.key());
    assertThat(otherCadre.key()).as("each stationed cadre owes the visit").isNotEqualTo(visit.key());
    assertThat(otherYear.key()).isNotEqualTo(visit.key());
    assertThat(roundWithOtherLeader.key()).as("a new leader does not make a miss new").isEqualTo(roundWithLeader.key());
    assertThat(roundOfOtherGrid.key()).isNotEqualTo(roundWithLeader.key());
  }

  @Test
  void aScoreEventReadsAsDocumented() throws IOException {
    OutgoingEvent graded = DomainCloudEvents.encode(EventSamples.oneOfEach().get(3));

    assertThat(graded.type()).isEqualTo("org.grid.score.graded.v1");
    assertThat(graded.id()).isEqualTo("score/assess-2025/with-post/2025/PM-9/2025-01-01..2026-01-01");
    assertThat(graded.aggregate()).isEqualTo("score/with-post/2025/PM-9");
    assertThat(graded.source()).isEqualTo("/counties/%E4%B8%9C%E5%8E%BF");
    assertThat(graded.subject()).isEqualTo("PM-9");
    JsonNode data = JSON.readTree(graded.json()).get("data");
    assertThat(data.get("total").decimalValue()).isEqualByComparingTo("77.5");
    assertThat(data.get("deducted").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(data.get("grade").asText()).isEqualTo("QUALIFIED");
    assertThat(data.get("period").toString()).isEqualTo("{\"start\":\"2025-01-01\",\"end\":\"2026-01-01\"}");
    assertThat(graded.json()).as("points exact, at the score's scale")
        .contains("{\"rule\":\"visit\",\"points\":-2.50,\"evidenceCount\":2,\"capped\":true}");

    OutgoingEvent ungraded = DomainCloudEvents.encode(
        new ScoreEvent.ScoreGraded(COUNTY, "c", EventSamples.score(), Optional.empty(), AT));
    Outbox.checkAgainstSchema(ungraded);
    assertThat(JSON.readTree(ungraded.json()).get("data").has("grade")).isFalse();
  }

  @Test
  void aSchemaRefusesWhatTheEncoderMustNotWrite() throws IOException {
    for (DomainEvent event : EventSamples.oneOfEach()) {
      OutgoingEvent encoded = DomainCloudEvents.encode(event);
      Path schema = Outbox.schema(encoded.type());
      ObjectNode extra = (ObjectNode) JSON.readTree(encoded.json());
      ((ObjectNode) extra.get("data")).put("name", FREE_TEXT);
      assertThat(JsonSchemas.problems(schema, extra)).as(encoded.type()).isNotEmpty();
      ObjectNode extraAttribute = (ObjectNode) JSON.readTree(encoded.json());
      extraAttribute.put("phone", "13800138000");
      assertThat(JsonSchemas.problems(schema, extraAttribute)).as(encoded.type()).isNotEmpty();
      ObjectNode wrongType = (ObjectNode) JSON.readTree(encoded.json());
      wrongType.put("type", "org.grid.request.reported.v1");
      assertThat(JsonSchemas.problems(schema, wrongType)).as(encoded.type()).isNotEmpty();
      ObjectNode wrongSource = (ObjectNode) JSON.readTree(encoded.json());
      wrongSource.put("source", "/counties/C1/townships/T01/districts/D1/villages/V1/grids/N1");
      assertThat(JsonSchemas.problems(schema, wrongSource)).as(encoded.type()).isNotEmpty();
    }
    ObjectNode noMembers = (ObjectNode) JSON.readTree(DomainCloudEvents.encode(EventSamples.oneOfEach().get(0)).json());
    ((ObjectNode) noMembers.get("data")).remove("others");
    assertThat(JsonSchemas.problems(Outbox.schema("org.grid.team.formed.v1"), noMembers)).isNotEmpty();
  }

  @Test
  void anEventOfAnUnknownFamilyOrWithAnIdTooLongForTheOutboxIsRefusedNamingWhy() {
    DomainEvent unknown = new DomainEvent() {
      @Override
      public CountyId county() {
        return COUNTY;
      }

      @Override
      public Instant at() {
        return AT;
      }
    };
    assertThatThrownBy(() -> DomainCloudEvents.encode(unknown)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no CloudEvents encoding");
    String longCommand = "c".repeat(190);
    assertThatThrownBy(() -> DomainCloudEvents.encode(
        new ScoreEvent.ScoreGraded(COUNTY, longCommand, EventSamples.score(), Optional.empty(), AT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org.grid.score.graded.v1").hasMessageContaining("more than the outbox's 200");
  }
}
