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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KnowledgeCommandTest {

  private static final String CHECKS = "inputs/assessment/knowledge-checks.json";

  /** Reads JSON numbers as they are written, scale included ({@code 86.00} stays {@code 86.00}). */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void printsEveryMembersYearlyScoreAndTheLineItemsOfEachMemberAsked() {
    int exit = run("knowledge", "--checks", CHECKS, "--year", "2025", "--member", "S001");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString())
        .contains("weights: daily reports 0.2, weekly spot checks 0.3, monthly assessments 0.5")
        .contains("S001          90.80")
        .contains("S002         100.00")
        .contains("S003          74.72")
        .contains("S004          47.50")
        .contains("Line items of S001:")
        .contains("daily-report-rate            +19.20  daily reports made 240 of 250 (96%) x weight 0.2")
        .contains("weekly-spot-checks           +26.66  weekly spot checks: 4 held, mean 88.875 x weight 0.3  "
            + "[S001/weekly/2025-01-06 ")
        .contains("total                         90.80")
        .doesNotContain("Line items of S002");
  }

  @Test
  void theJsonFormatHasEveryMembersTotalAndLineItemsAtScaleTwo() throws Exception {
    int exit = run("knowledge", "--checks", CHECKS, "--year", "2025", "--format", "json");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    JsonNode root = EXACT.readTree(out.toString());
    assertThat(root.path("period").path("start").asText()).isEqualTo("2025-01-01");
    assertThat(root.path("scale").asInt()).isEqualTo(2);
    assertThat(root.path("weights").path("dailyReportRate").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(root.path("weights").path("weeklySpotChecks").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(root.path("weights").path("monthlyAssessments").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(root.path("members")).extracting(m -> m.path("member").asText() + ":" + m.path("total").decimalValue())
        .containsExactly("S001:90.80", "S002:100.00", "S003:74.72", "S004:47.50");
    JsonNode s003 = root.path("members").get(2);
    assertThat(s003.path("lineItems")).extracting(line -> line.path("rule").asText())
        .containsExactly("daily-report-rate", "weekly-spot-checks", "monthly-assessments");
    // 0.5 x 72.25 = 36.125: a tie, rounded half even to 36.12
    assertThat(s003.path("lineItems")).extracting(line -> line.path("points").decimalValue())
        .containsExactly(new BigDecimal("16.00"), new BigDecimal("22.60"), new BigDecimal("36.12"));
    assertThat(s003.path("lineItems").get(2).path("evidence")).extracting(JsonNode::asText)
        .containsExactly("S003/monthly/2025-03-31");
    assertThat(s003.path("lineItems").get(2).path("capped").asBoolean()).isFalse();
  }

  @Test
  void checksOutsideTheYearBreakARuleAndAreNamed() {
    int exit = run("knowledge", "--checks", CHECKS, "--year", "2024");

    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("17 check(s) in " + CHECKS + " are dated outside 2024-01-01..2025-01-01: S001/weekly/2025-01-06, ")
        .contains(" and 7 more");
  }

  @Test
  void anUnknownMemberOrAnUnreadableFileExitsTwo(@TempDir Path dir) throws Exception {
    assertThat(run("knowledge", "--checks", CHECKS, "--year", "2025", "--member", "S999"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--member S999: no such member in " + CHECKS);
    assertThat(run("knowledge", "--checks", CHECKS, "--year", "2025", "--member", "A\u001B]0;x\u0007B"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).as("terminal controls escaped, not sent").doesNotContain("\u001B")
        .contains("--member A\\u001B]0;x");
    assertThat(run("knowledge", "--checks", CHECKS, "--year", "2025", "--member", "13812345678"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).as("a phone number typed as a member is masked").doesNotContain("13812345678");

    Path bad = dir.resolve("checks.json");
    Files.writeString(bad, """
        {"knowledgeChecks": [{"member": "S1", "dailyReportsDue": 5, "dailyReportsMade": 6,
          "weekly": [{"date": "2025-01-06", "score": 100.5}], "monthly": []}]}
        """, StandardCharsets.UTF_8);
    assertThat(run("knowledge", "--checks", bad.toString(), "--year", "2025")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString())
        .contains(bad.toString())
        .contains("$.knowledgeChecks[0].dailyReportsMade: must not exceed dailyReportsDue (5), was 6")
        .contains("$.knowledgeChecks[0].weekly[0].score: must be from 0 to 100, was 100.5");
  }
}
