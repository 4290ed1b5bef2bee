package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {

  private static final String INPUTS = "inputs/assessment/";

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

  private int score(String... more) {
    String[] base = {"score", "--rules", INPUTS + "rule-sets.json", "--evidence", INPUTS + "evidence.json",
        "--members", INPUTS + "party-members.json", "--grids", INPUTS + "grids.json", "--year", "2025"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void scoresTheDocumentedExampleInputs() {
    int exit = score("--member", "P002", "--grid", "T01-V04-N1");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString())
        .contains("P001     T01-V04  WITH_POST            118.00  EXCELLENT")
        .contains("P004     T01-V04  WITHOUT_POST          62.00  BASICALLY_QUALIFIED")
        .contains("P003     T01-V04  WITHOUT_POST         110.00  QUALIFIED           excellent score, over the")
        .contains("Line items of P002 (rule set party-member/with-post/2025):")
        .contains("meeting-missed               -20.00  缺席三会一课 missed meeting -5  [E0030 E0065 E0066 E0067]")
        .contains("   1  T01-V04-N1   T01         94.50")
        // the same shares in other measures: the same total, one rank, and the next rank skips
        .contains("   2  T01-V01-N2   T01         90.00")
        .contains("   2  T01-V16-N2   T01         90.00")
        .contains("   4  T01-V04-N2   T01         85.67")
        .contains("Line items of grid T01-V04-N1:")
        .contains("visit-compliance             +15.67  VISIT_COMPLIANCE 0.94 (visits done of due, 2025) x weight 1/6")
        .contains("total                         94.50");
  }

  @Test
  void theJsonFormatHasEveryMembersAndGridsTotalGradeRankAndLineItemsAtScaleTwo() throws Exception {
    int exit = score("--format", "json");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    JsonNode root = EXACT.readTree(out.toString());
    assertThat(root.path("period").path("start").asText()).isEqualTo("2025-01-01");
    assertThat(root.path("period").path("end").asText()).isEqualTo("2026-01-01");
    assertThat(root.path("scale").asInt()).isEqualTo(2);
    assertThat(root.path("partyMembers")).hasSize(10);
    for (JsonNode member : root.path("partyMembers")) {
      assertThat(member.path("total").decimalValue().scale()).isEqualTo(2);
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode line : member.path("lineItems")) {
        assertThat(line.path("points").isNumber()).isTrue();
        assertThat(line.path("points").decimalValue().scale()).isEqualTo(2);
        sum = sum.add(line.path("points").decimalValue());
      }
      assertThat(sum).isEqualTo(member.path("total").decimalValue());
    }
    JsonNode p002 = root.path("partyMembers").get(1);
    assertThat(p002.path("member").asText()).isEqualTo("P002");
    assertThat(p002.path("total").decimalValue()).isEqualTo(new BigDecimal("86.00"));
    assertThat(p002.path("grade").asText()).isEqualTo("QUALIFIED");
    assertThat(p002.path("cutByExcellentCap").asBoolean()).isFalse();
    JsonNode missed = p002.path("lineItems").get(2);
    assertThat(missed.path("rule").asText()).isEqualTo("meeting-missed");
    assertThat(missed.path("points").decimalValue()).isEqualTo(new BigDecimal("-20.00"));
    assertThat(missed.path("evidence")).extracting(JsonNode::asText)
        .containsExactly("E0030", "E0065", "E0066", "E0067");
    assertThat(root.path("partyMembers").get(0).path("lineItems").get(1).path("capped").asBoolean()).isTrue();
    assertThat(root.path("partyMembers").get(2).path("cutByExcellentCap").asBoolean()).isTrue();

    JsonNode grids = root.path("grids");
    assertThat(grids).extracting(grid -> grid.path("grid").asText() + ":" + grid.path("rank").asInt())
        .containsExactly("T01-V04-N1:1", "T01-V01-N2:2", "T01-V16-N2:2", "T01-V04-N2:4", "T01-V16-N1:5",
            "T01-V01-N1:6");
    assertThat(grids.get(0).path("total").decimalValue()).isEqualTo(new BigDecimal("94.50"));
    assertThat(grids.get(0).path("measures").path("VISIT_COMPLIANCE").decimalValue())
        .isEqualByComparingTo("0.94");
    assertThat(grids.get(0).path("lineItems")).extracting(line -> line.path("points").decimalValue())
        .containsExactly(new BigDecimal("15.67"), new BigDecimal("15.33"), new BigDecimal("16.33"),
            new BigDecimal("15.17"), new BigDecimal("16.17"), new BigDecimal("15.83"));
  }

  @Test
  void withoutGridsTheJsonHasNoGridsAndAnUnknownMemberStillExitsTwo() throws Exception {
    int exit = run("score", "--rules", INPUTS + "rule-sets.json", "--evidence", INPUTS + "evidence.json",
        "--members", INPUTS + "party-members.json", "--year", "2025", "--format", "JSON");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
    JsonNode root = EXACT.readTree(out.toString());
    assertThat(root.has("grids")).isFalse();
    assertThat(root.path("partyMembers")).hasSize(10);

    out.getBuffer().setLength(0);
    assertThat(score("--format", "json", "--member", "nobody")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("--member nobody: no such member");
  }

  @Test
  void lastYearIsScoredByLastYearsRuleSet() {
    int exit = run("score", "--rules", INPUTS + "rule-sets.json", "--evidence", INPUTS + "evidence.json",
        "--members", INPUTS + "party-members.json", "--year", "2024", "--member", "P001");

    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(err.toString())
        .contains("no rule set in " + INPUTS + "rule-sets.json covers 2024-01-01..2025-01-01")
        .contains("party-member/migrant");
  }

  @Test
  void anUnknownMemberIsABadCommandLine() {
    assertThat(score("--member", "nobody")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--member nobody: no such member");
    assertThat(score("--member", "110101199003077774")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).as("an ID number typed as a member is masked").contains("--member 1101**********7774")
        .doesNotContain("110101199003077774");
  }

  @Test
  void rulePointsOfMoreThanTwoDecimalPlacesAreUnreadableInputNamingTheRuleAndField(@TempDir Path dir)
      throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, """
        {"ruleSets": [{"id": "r", "subjectKind": "party-member/with-post", "validFrom": "2025-01-01",
          "validUntil": "2026-01-01", "base": 100,
          "rules": [{"id": "x", "description": "d", "counts": "t", "points": 0.125, "direction": "ADD"}]}]}
        """, StandardCharsets.UTF_8);

    int exit = run("score", "--rules", rules.toString(), "--evidence", INPUTS + "evidence.json",
        "--members", INPUTS + "party-members.json", "--year", "2025");

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("$.ruleSets[0].rules[0].points: must have at most 2 decimal places, was 0.125");
  }

  @Test
  void aBadRuleSetFileNamesFilePathAndProblem(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, """
        {"ruleSets": [{"id": "r", "subjectKind": "party-member/with-post", "validFrom": "2025-01-01",
          "validUntil": "2025-13-01", "base": 100,
          "rules": [{"id": "x", "description": "d", "counts": "t", "points": -1, "direction": "SIDEWAYS"}]}]}
        """, StandardCharsets.UTF_8);

    int exit = run("score", "--rules", rules.toString(), "--evidence", INPUTS + "evidence.json",
        "--members", INPUTS + "party-members.json", "--year", "2025");

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString())
        .contains(rules.toString())
        .contains("$.ruleSets[0].validUntil: must be an ISO 8601 date")
        .contains("$.ruleSets[0].rules[0].points: must be positive, was -1")
        .contains("$.ruleSets[0].rules[0].direction: must be one of [ADD, DEDUCT], was \"SIDEWAYS\"");
  }

  @Test
  void anEmptyPartyMemberFileIsUnreadableInputNotAFailure(@TempDir Path dir) throws Exception {
    Path members = dir.resolve("members.json");
    Files.writeString(members, "{\"partyMembers\": []}", StandardCharsets.UTF_8);

    int exit = run("score", "--rules", INPUTS + "rule-sets.json", "--evidence", INPUTS + "evidence.json",
        "--members", members.toString(), "--year", "2025");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("$.partyMembers: must list at least one party member")
        .doesNotContain("Exception");
  }

  @Test
  void aRuleDescriptionIsPrintedMaskedAsFreeTextInBothFormats(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.json");
    String original = Files.readString(Path.of(INPUTS + "rule-sets.json"), StandardCharsets.UTF_8);
    String changed = original.replace("缺席三会一课", "缺席三会一课 (问王支书 13812341234, 身份证 110101199003077774)");
    assertThat(changed).isNotEqualTo(original);
    Files.writeString(rules, changed, StandardCharsets.UTF_8);

    for (String format : List.of("text", "json")) {
      out.getBuffer().setLength(0);
      int exit = run("score", "--rules", rules.toString(), "--evidence", INPUTS + "evidence.json",
          "--members", INPUTS + "party-members.json", "--year", "2025", "--member", "P002", "--format", format);

      assertThat(exit).as(err.toString()).isEqualTo(GridCli.OK);
      assertThat(out.toString()).as(format).contains("138****1234", "1101**********7774")
          .doesNotContain("13812341234", "110101199003077774");
    }
  }
}
