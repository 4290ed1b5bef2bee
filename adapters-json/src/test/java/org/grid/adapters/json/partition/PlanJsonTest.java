package org.grid.adapters.json.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.adapters.json.JsonTexts.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.partition.PlanValidator;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.Test;

/** The plan format: written by {@link PlanJsonWriter}, read back by {@link PlanJsonReader}. */
class PlanJsonTest {

  private final String seedJson = SampleData.seedTownshipJson();
  private final Township seed = TownshipJsonReader.create().read(utf8(seedJson), "seed");

  @Test
  void whatIsWrittenReadsBackAsTheSamePlan() {
    PlanResult result = PartitionPlanner.create().plan(seed, PartitionPolicy.defaults());
    String text = PlanJsonWriter.create().write(seed, result.plan(), result.validation());
    Plan read = PlanJsonReader.create().read(utf8(text), "plan.json");
    assertThat(read).isEqualTo(result.plan());
    assertThat(PlanValidator.create().validate(seed, read)).isEqualTo(result.validation());
  }

  @Test
  void theTextCarriesHouseholdsMetricsAndPolicy() throws Exception {
    PlanResult result = PartitionPlanner.create().plan(seed, PartitionPolicy.defaults());
    JsonNode root = JsonInput.MAPPER.readTree(PlanJsonWriter.create().write(seed, result.plan(), result.validation()));
    assertThat(root.path("township").asText()).isEqualTo("T01");
    assertThat(root.path("policy").path("targetHouseholds").asInt()).isEqualTo(200);
    assertThat(root.path("policy").path("districts").asInt()).isEqualTo(8);
    int gridSum = 0;
    for (JsonNode grid : root.path("grids")) {
      gridSum += grid.path("households").asInt();
    }
    int districtSum = 0;
    for (JsonNode district : root.path("districts")) {
      districtSum += district.path("households").asInt();
    }
    assertThat(gridSum).isEqualTo(5298);
    assertThat(districtSum).isEqualTo(5298);
    assertThat(root.path("metrics").path("districtImbalance").asDouble()).isBetween(0.0, 0.15);
    assertThat(root.path("metrics").path("cutEdges").asInt()).isPositive();
    assertThat(root.path("violations").isArray()).isTrue();
  }

  @Test
  void thePlanIsTheSameByteForByteWhateverTheInputOrder() throws Exception {
    ObjectNode shuffled = (ObjectNode) JsonInput.MAPPER.readTree(seedJson);
    reverse((ArrayNode) shuffled.get("villages"));
    for (JsonNode village : shuffled.get("villages")) {
      reverse((ArrayNode) village.get("units"));
    }
    reverse((ArrayNode) shuffled.get("adjacency"));
    for (JsonNode pair : shuffled.get("adjacency")) {
      reverse((ArrayNode) pair);
    }
    Township other = TownshipJsonReader.create().read(utf8(JsonInput.MAPPER.writeValueAsString(shuffled)), "shuffled");
    for (PartitionPolicy policy : List.of(PartitionPolicy.defaults(), PartitionPolicy.defaults().withKeepExisting(true))) {
      PlanResult a = PartitionPlanner.create().plan(seed, policy);
      PlanResult b = PartitionPlanner.create().plan(other, policy);
      assertThat(PlanJsonWriter.create().write(other, b.plan(), b.validation()))
          .isEqualTo(PlanJsonWriter.create().write(seed, a.plan(), a.validation()));
    }
  }

  @Test
  void aBadPlanFileNamesEveryProblemWithItsPath() {
    String bad = """
        {"township": "T01", "policy": {"districts": "eight"},
         "grids": [{"id": "T01-V01-N1", "units": ["T01-V01-G01"]}, {"id": " ", "village": "T01-V02", "units": [1]}],
         "districts": [{"id": "T01-D1"}]}
        """;
    assertThatThrownBy(() -> PlanJsonReader.create().read(utf8(bad), "hand.json"))
        .isInstanceOfSatisfying(JsonInputException.class, e -> {
          assertThat(e.source()).isEqualTo("hand.json");
          assertThat(e.problems()).extracting(JsonProblem::path).contains(
              "$.policy.districts", "$.grids[0].village", "$.grids[1].id", "$.grids[1].units[0]",
              "$.districts[0].grids");
        });
  }

  @Test
  void malformedJsonIsReportedWithItsLine() {
    assertThatThrownBy(() -> PlanJsonReader.create().read(utf8("{\n\"township\": "), "broken.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining("line 2");
  }

  private static void reverse(ArrayNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    Collections.reverse(items);
    array.removeAll();
    items.forEach(array::add);
  }
}
