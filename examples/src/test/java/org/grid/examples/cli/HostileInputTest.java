package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Hostile input on the command line: each is refused in bounded time with exit code 2 and a message naming the
 * file or option, the JSON path and the limit; output that cannot be written is a 2 as well; running out of memory
 * or stack is a 3 (a limit missing), never the 1 of a broken rule. docs/limits.md lists the inputs measured.
 */
@Timeout(60)
class HostileInputTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private int run(String... args) {
    return run(GridCli.commandLine(), args);
  }

  private static Path example(String name) {
    return Path.of("src/main/resources/examples", name);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void endlessSpecialFilesAreRefusedWithExitTwo() {
    Path assess = Path.of("inputs/assessment");
    String[][] commands = {
      {"summary", "--township", "/dev/zero"},
      {"plan", "--township", "/dev/urandom"},
      {"validate", "--township", example("teams/township.json").toString(), "--plan", "/dev/zero"},
      {"score", "--rules", assess.resolve("rule-sets.json").toString(), "--evidence", "/dev/urandom",
        "--members", assess.resolve("party-members.json").toString(), "--year", "2024"},
    };
    for (String[] command : commands) {
      err.getBuffer().setLength(0);
      assertThat(run(command)).as(String.join(" ", command)).isEqualTo(GridCli.UNREADABLE_INPUT);
      assertThat(err.toString()).startsWith("grid: cannot read /dev/");
    }
  }

  @Test
  void aTownshipWithManyUnknownUnitsListsTheFirstHundredProblemsAndCountsTheRest(@TempDir Path dir)
      throws Exception {
    String seed = SampleData.seedTownshipJson();
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      pairs.append(i == 0 ? "" : ",").append("[\"X").append(i).append("\",\"Y").append(i).append("\"]");
    }
    Path file = dir.resolve("township.json");
    Files.writeString(file, seed.replaceFirst("\"adjacency\"\\s*:\\s*\\[", "\"adjacency\": [" + pairs + ","),
        StandardCharsets.UTF_8);

    assertThat(run("summary", "--township", file.toString())).isEqualTo(GridCli.UNREADABLE_INPUT);

    String text = err.toString();
    assertThat(text).contains(file + ": 10000 problems, the first 100 listed")
        .contains("$.adjacency[0][0]: names unknown unit X0")
        .contains("... and 9900 more problems, not listed (grid.input.maxProblems is 100)");
    assertThat(text.lines().count()).isLessThan(110);
  }

  @Test
  void aLongDescriptionIsRefusedNotEchoed(@TempDir Path dir) throws Exception {
    String scenario = Files.readString(Path.of("src/main/resources/scenarios/trust-boundary.json"));
    Path file = dir.resolve("scenario.json");
    Files.writeString(file, scenario.replaceFirst("\"description\": \"A neighbour's",
        "\"description\": \"" + "a".repeat(200_000) + "A neighbour's"), StandardCharsets.UTF_8);

    assertThat(run("replay", "--scenario", file.toString())).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("$.steps[0].description").contains("grid.input.maxTextLength")
        .hasSizeLessThan(1_000);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void yearsAndPeriodsBeyondTheLimitsAreABadCommandLine() {
    Path assess = Path.of("inputs/assessment");
    assertThat(run("score", "--rules", assess.resolve("rule-sets.json").toString(), "--evidence",
        assess.resolve("evidence.json").toString(), "--members", assess.resolve("party-members.json").toString(),
        "--year", "2000000000")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--year must be a year from 1900 to 2200").contains("2000000000");

    String[] teams = {"teams", "--township", example("teams/township.json").toString(), "--grids",
      example("teams/plan.json").toString(), "--roster", example("teams/roster.json").toString(), "--households",
      example("teams/households.json").toString(), "--log", example("teams/duty-log.json").toString()};
    err.getBuffer().setLength(0);
    assertThat(run(concat(teams, "--from=-999999999-01-01T00:00Z", "--to=+999999999-12-31T00:00Z")))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--from must be in a year from 1900 to 2200");
    err.getBuffer().setLength(0);
    assertThat(run(concat(teams, "--from", "2000-01-01T00:00+08:00", "--to", "2200-01-01T00:00+08:00")))
        .isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("is longer than 10 years, the limit (grid.input.maxPeriodYears)");
    assertThat(out.toString()).isEmpty();
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void aReplayStepInAFarYearIsUnreadableInputNotATrace(@TempDir Path dir) throws Exception {
    String scenario = Files.readString(Path.of("src/main/resources/scenarios/trust-boundary.json"));
    Path file = dir.resolve("scenario.json");
    Files.writeString(file, scenario.replaceFirst("\"at\": \"2026-03-02T09:10\\+08:00\"",
        "\"at\": \"+999999999-03-02T09:10+08:00\""), StandardCharsets.UTF_8);

    assertThat(run("replay", "--scenario", file.toString())).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("$.steps[1].at: must be in a year from 1900 to 2200")
        .doesNotContain("Exception");
  }

  @Test
  void aNameWithControlCharactersIsRefusedAndNotPrintedRaw(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("township.json");
    Files.writeString(file, SampleData.seedTownshipJson().replaceFirst("\"大路村\"", "\"\\\\u001b[31m大路村\\\\u0007\""),
        StandardCharsets.UTF_8);

    assertThat(run("summary", "--township", file.toString())).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("$.villages[0].name: must not contain control characters")
        .contains("\\u001B[31m大路村\\u0007")
        .doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void anOptionWithControlCharactersIsEchoedEscaped() {
    assertThat(run("summary", "--township", "x.json", "--town\u001b[2Jship")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(run("teams", "--township", "t", "--grids", "g", "--roster", "r", "--households", "h",
        "--from", "2025\u0007")).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("--town\\u001B[2Jship").contains("2025\\u0007")
        .doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void aPlanThatCannotBeWrittenIsExitTwo(@TempDir Path dir) throws Exception {
    Path township = dir.resolve("township.json");
    Files.writeString(township, SampleData.seedTownshipJson(), StandardCharsets.UTF_8);
    Path missing = dir.resolve("no/such/dir/plan.json");

    assertThat(run("plan", "--township", township.toString(), "--out", missing.toString()))
        .isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).startsWith("grid: cannot write " + missing).doesNotContain("\tat ");
  }

  /** A command that fails as the JVM does when a limit is missing. */
  @Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    @CommandLine.Option(names = "--stack") boolean stack;

    @Override
    public Integer call() {
      if (stack) {
        throw new StackOverflowError();
      }
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void runningOutOfMemoryOrStackIsExitThreeWithAShortTrace() {
    CommandLine cli = GridCli.commandLine();
    cli.addSubcommand(new Exhaust());

    assertThat(run(cli, "exhaust")).isEqualTo(GridCli.INTERNAL_ERROR);
    assertThat(err.toString()).contains("ran out of memory (java.lang.OutOfMemoryError)")
        .contains("docs/limits.md").contains("-Xmx");
    err.getBuffer().setLength(0);
    assertThat(run(cli, "exhaust", "--stack")).isEqualTo(GridCli.INTERNAL_ERROR);
    assertThat(err.toString()).contains("ran out of stack (java.lang.StackOverflowError)");
    assertThat(err.toString().lines().count()).isLessThanOrEqualTo(14);
  }
}
