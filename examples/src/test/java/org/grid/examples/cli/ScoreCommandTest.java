package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {

  private static final String INPUTS = "inputs/assessment/";

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
        .contains("P001     T01-V04  WITH_POST               118  EXCELLENT")
        .contains("P004     T01-V04  WITHOUT_POST             62  BASICALLY_QUALIFIED")
        .contains("P003     T01-V04  WITHOUT_POST            110  QUALIFIED           excellent score, over the")
        .contains("Line items of P002 (rule set party-member/with-post/2025):")
        .contains("meeting-missed                -20  缺席三会一课 missed meeting -5  [E0030 E0065 E0066 E0067]")
        .contains("   1  T01-V04-N1   T01          94.5")
        .contains("Line items of grid T01-V04-N1:");
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
}
