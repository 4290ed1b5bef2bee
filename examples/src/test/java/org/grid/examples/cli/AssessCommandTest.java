package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code assess} command on the replay of the repository's lapse-return-close scenario (2026): the handling
 * offices and the reporting grid scored from the request's history, as text and as JSON, and its refusals.
 */
class AssessCommandTest {

  private static final String SCENARIO = "src/main/resources/scenarios/village-lapse-returned-closed.json";
  private static final String RULES = "src/test/resources/assess/two-way-2026.json";
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  @TempDir Path dir;
  private Path requests;
  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @BeforeEach
  void replay() {
    requests = dir.resolve("requests.json");
    assertThat(run("replay", "--scenario", SCENARIO, "--out", requests.toString())).isEqualTo(GridCli.OK);
  }

  @Test
  void scoresEveryHandlingOfficeFromTheReplayedHistoryAndExplainsALine() {
    int exit = run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026",
        "--subject", "VILLAGE_GRID:T01-V04-N1");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString())
        .contains("Two-way assessment of 1 request of county C1, 2026-01-01..2027-01-01")
        .contains("  VILLAGE_GRID:T01-V04-N1                     95.00  request-handler/2026")
        .contains("  DEPARTMENT:natural-resources                98.00  request-handler/2026")
        .contains("  DEPARTMENT:water-resources                 101.00  request-handler/2026")
        .contains("Line items of VILLAGE_GRID:T01-V04-N1 (rule set request-handler/2026):")
        .contains("escalation-caused             -5.00  超时上移 -5  [R1/2/request.escalation-caused]");
  }

  @Test
  void theJsonDocumentHasEverySubjectsTotalAndLineItemsAtScaleTwo() throws Exception {
    int exit = run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026",
        "--format", "JSON");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    JsonNode root = EXACT.readTree(out.toString());
    assertThat(root.path("county").asText()).isEqualTo("C1");
    assertThat(root.path("requests").asInt()).isEqualTo(1);
    assertThat(root.has("partyMembers")).isFalse();
    JsonNode returned = null;
    for (JsonNode handler : root.path("handlers")) {
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode line : handler.path("lineItems")) {
        assertThat(line.path("points").decimalValue().scale()).isEqualTo(2);
        sum = sum.add(line.path("points").decimalValue());
      }
      assertThat(handler.path("total").decimalValue()).isEqualByComparingTo(sum);
      if (handler.path("subject").asText().equals("DEPARTMENT:natural-resources")) {
        returned = handler;
      }
    }
    assertThat(returned).isNotNull();
    assertThat(returned.path("total").decimalValue()).isEqualTo(new BigDecimal("98.00"));
    assertThat(returned.path("lineItems").get(1).path("evidence").get(0).asText())
        .isEqualTo("R1/7/request.returned");
  }

  @Test
  void aYearWithoutTheRuleSetsNamesThemAndScoresNothing() {
    int exit = run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2025");

    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(err.toString()).contains("request-handler").contains("request-reporter");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badCommandLinesAreRefusedWithTheReason() throws Exception {
    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026",
        "--log", "log.json")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("give all five or none");

    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2000000000"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--year must be from 1 to 9998");

    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--zone",
        "Mars/Olympus")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--zone");

    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--subject",
        "nobody")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--subject nobody");

    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{\"requests\": []}");
    assertThat(run("assess", "--requests", empty.toString(), "--rules", RULES, "--year", "2026"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--county");
    assertThat(run("assess", "--requests", empty.toString(), "--rules", RULES, "--year", "2026", "--county", "C1"))
        .as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString()).contains("(none in this period)");
  }
}
