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
    assertThat(err.toString())
        .contains("--year must be a year from 1900 to 2200 (grid.input.minYear, grid.input.maxYear)");

    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--zone",
        "Mars/Olympus")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--zone");

    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--subject",
        "nobody")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--subject nobody");

    // a subject given as an ID number or with terminal controls is neither echoed in clear nor raw
    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--subject",
        "110101199003077774")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--subject 1101**********7774").doesNotContain("110101199003077774");
    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--subject",
        "X\u001B]0;title\u0007Y")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).doesNotContain("\u001B").doesNotContain("\u0007").contains("X\\u001B]0;title");

    assertThat(run("assess", "--requests", requests.toString(), "--rules", RULES, "--year", "2026", "--county",
        "C2")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--county C2: none of the 1 requests in " + requests + " lies in that county");
    assertThat(out.toString()).isEmpty();

    // a grid id the export reader takes but the assessment cannot name as a subject: exit 2, not a trace
    Path idNumberGrid = dir.resolve("id-number-grid.json");
    Files.writeString(idNumberGrid, Files.readString(requests).replace("T01-V04-N1", "110101199003077774"));
    assertThat(run("assess", "--requests", idNumberGrid.toString(), "--rules", RULES, "--year", "2026"))
        .as(err.toString()).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("request R1: the grid of its place cannot be scored")
        .doesNotContain("110101199003077774").doesNotContain("\tat ");

    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{\"requests\": []}");
    assertThat(run("assess", "--requests", empty.toString(), "--rules", RULES, "--year", "2026"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--county");
    assertThat(run("assess", "--requests", empty.toString(), "--rules", RULES, "--year", "2026", "--county", "C1"))
        .as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString()).contains("(none in this period)");
  }

  @Test
  void theReadmeExampleGradesT09sPartyMembersFromTheirDutiesAndRequests() {
    String e = "src/main/resources/examples/";
    Path t09 = dir.resolve("requests-2025.json");
    assertThat(run("replay", "--scenario", e + "assess/requests-2025.json", "--out", t09.toString()))
        .isEqualTo(GridCli.OK);

    int exit = run("assess", "--requests", t09.toString(), "--year", "2025",
        "--rules", e + "assess/rule-sets.json", "--members", e + "assess/party-members.json",
        "--township", e + "teams/township.json", "--grids", e + "teams/plan.json", "--roster", e + "teams/roster.json",
        "--households", e + "teams/households.json", "--log", e + "teams/duty-log.json",
        "--subject", "T09-V01-P20", "--subject", "VILLAGE_GRID:T09-V02-N1", "--subject", "T09-V02-N1");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString())
        .contains("Two-way assessment of 17 requests of county C1, 2025-01-01..2026-01-01")
        .contains("  VILLAGE_GRID:T09-V02-N1                     93.50  request-handler/2025")
        .contains("  T09-V02-N1                                  98.00  request-reporter/2025")
        .contains("  DEPARTMENT:water-resources                  90.00  request-handler/2025")
        .contains("  T09-V03-N1                                  98.00  request-reporter/2025")
        .contains("T09-V01-P20 T09-V01  WITH_POST             84.00  QUALIFIED")
        .contains("T09-V02-P21 T09-V02  WITH_POST            103.00  EXCELLENT")
        .contains("  paired-visit                  +2.00  走访联系户 visit to a paired household +1, at most 12  "
            + "[visit/T09-V01-P20/T09-V01-G01-H02/2025-01-15T07:00:00Z")
        .contains("  paired-visit-missed          -20.00  未按月走访联系户")
        .contains("  resolved-on-time              +1.00  按时办结诉求 request resolved on time +1, at most 10  "
            + "[T09-R01/2/request.resolved-on-time/by]")
        .contains("  reopened                      -3.00  不满意重办 reopened after a dissatisfied rating -3  "
            + "[T09-R06/5/request.reopened]")
        .contains("  category-changed              -1.00  事项类别错报 category corrected by the handler -1  "
            + "[T09-R16/1/report.category-changed]")
        .contains("  duplicate                     -1.00  重复申报 duplicate report -1  [T09-R17/1/report.duplicate]");
  }
}
