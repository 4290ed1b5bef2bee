package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grid.core.model.jurisdiction.CareTag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TeamsCommandTest {

  private static final List<String> FILES =
      List.of("township.json", "plan.json", "roster.json", "households.json", "duty-log.json");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copyExamples() throws IOException {
    for (String file : FILES) {
      try (InputStream in = TeamsCommandTest.class.getResourceAsStream("/examples/teams/" + file)) {
        assertThat(in).as("example %s on the class path", file).isNotNull();
        Files.copy(in, dir.resolve(file));
      }
    }
  }

  private int run(String... extra) {
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[] {"teams",
        "--township", dir.resolve("township.json").toString(), "--grids", dir.resolve("plan.json").toString(),
        "--roster", dir.resolve("roster.json").toString(), "--households", dir.resolve("households.json").toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return cli.execute(all);
  }

  private String[] logOptions() {
    return new String[] {"--log", dir.resolve("duty-log.json").toString(),
        "--from", "2025-01-01T00:00:00+08:00", "--to", "2025-04-01T00:00:00+08:00"};
  }

  @Test
  void theExamplePrintsTeamsPairingAndCompliance() {
    int exit = run(logOptions());

    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(GridCli.OK);
    assertThat(out.toString())
        .contains("== service teams of 样例乡 (T09): 4 grids, 35 people on the roster ==")
        .contains("TEAM-T09-V02-N1  village grid T09-V02-N1 of 石门村 (T09-V02)")
        .contains("shortfalls: none")
        .contains("37 of 37 households paired (100.0%)")
        .contains("missed duties (8):")
        .contains("MUST_ATTEND_ON_SITE 2025-03: no member of team TEAM-T09-V03-N1")
        .contains("DISTRICT_LEADER_AT_TOWNSHIP_MEETING 2025-03: district team leader 郑*长 (T09-S01)")
        .containsPattern("TEAM_MONTHLY_MEETING\\s+18\\s+17\\s+94\\.4%");
  }

  @Test
  void namesAreMaskedAndCareTagsNotPrintedByDefault() throws IOException {
    run(logOptions());

    assertThat(out.toString())
        .contains("  leader:      王*记 (T09-V01-P01)")
        .contains("  王*记 (T09-V01-P01): T09-V01-G01-H01 T09-V01-G01-H04")
        .contains("PAIRED_MONTHLY_VISIT 2025-03: 刘*干 (T09-V01-P20) made 0 of 1 visits to paired household "
            + "T09-V01-G01-H02 in 2025-03")
        .doesNotContain("王书记")
        .doesNotContain("郑片长");
    String register = Files.readString(dir.resolve("households.json"), StandardCharsets.UTF_8);
    for (CareTag tag : CareTag.values()) {
      if (register.contains(tag.name())) {
        assertThat(out.toString()).as("care tag %s of the register", tag).doesNotContain(tag.name());
      }
    }
    assertThat(register).as("the example register has care tags to hide").contains("HARDSHIP");
  }

  @Test
  void clearTextPrintsNamesInClearAndSaysThePurposeOnStderr() {
    int exit = run("--clear-text", "县网格办年度核查");

    assertThat(exit).isEqualTo(GridCli.OK);
    assertThat(err.toString()).isEqualTo(
        "teams: names printed in clear for the stated purpose: 县网格办年度核查" + System.lineSeparator());
    assertThat(out.toString())
        .contains("  leader:      王书记 (T09-V01-P01)")
        .contains("  王书记 (T09-V01-P01): T09-V01-G01-H01 T09-V01-G01-H04")
        .doesNotContain("王*记");
  }

  @Test
  void clearTextNeedsAStatedPurpose() {
    assertThat(run("--clear-text", " ")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--clear-text: purpose must state why personal information is read in clear");
    assertThat(out.toString()).isEmpty();
  }

  private void dropTheSecretaryOfShimen() throws IOException {
    Path roster = dir.resolve("roster.json");
    String text = Files.readString(roster, StandardCharsets.UTF_8)
        .replace("\"roles\": [\n        \"VILLAGE_PARTY_SECRETARY\"\n      ],\n      \"village\": \"T09-V02\"",
            "\"roles\": [],\n      \"village\": \"T09-V02\"");
    assertThat(text).as("the example roster lists 石门村's secretary as expected").isNotEqualTo(
        Files.readString(roster, StandardCharsets.UTF_8));
    Files.writeString(roster, text, StandardCharsets.UTF_8);
  }

  @Test
  void aRosterWithoutTheSecretaryOfShimenExplainsTheShortfall() throws IOException {
    dropTheSecretaryOfShimen();

    int exit = run();

    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString())
        .contains("LEADER_MISSING [TEAM-T09-V02-N1]")
        .contains("no one on the roster holds VILLAGE_PARTY_SECRETARY (村党组织书记) for 石门村 (T09-V02)");
  }

  @Test
  void anIncompleteProposalIsStillReportedOnWithItsTeamsDuties() throws IOException {
    dropTheSecretaryOfShimen();

    int exit = run(logOptions());

    // the use case stores only complete proposals; the command reports compliance for the proposed teams anyway
    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString())
        .contains("LEADER_MISSING [TEAM-T09-V02-N1]")
        .contains("missed duties (8):")
        .contains("TEAM_MONTHLY_MEETING 2025-02: team TEAM-T09-V02-N1")
        .containsPattern("TEAM_MONTHLY_MEETING\\s+18\\s+17\\s+94\\.4%")
        .containsPattern("CONTACT_CARD\\s+37\\s+37\\s+100\\.0%");
  }

  @Test
  void aRegisterThatDisagreesWithTheTownshipIsUnreadable() throws IOException {
    Path households = dir.resolve("households.json");
    String text = Files.readString(households, StandardCharsets.UTF_8)
        .replaceFirst("\\{\\s*\"id\": \"T09-V01-G01-H01\",\\s*\"unit\": \"T09-V01-G01\"\\s*},", "");
    Files.writeString(households, text, StandardCharsets.UTF_8);

    int exit = run();

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString())
        .contains(households.toString())
        .contains("$.households: unit T09-V01-G01 (1组) has 5 households in the township but 4 in the register");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aLogNamingAGridOrTeamTheTownshipDoesNotHaveIsUnreadable() throws IOException {
    Path log = dir.resolve("duty-log.json");
    String text = Files.readString(log, StandardCharsets.UTF_8).replaceFirst("\"entries\": \\[",
        "\"entries\": [\n    {\"type\": \"round\", \"id\": \"R-X\", \"grid\": \"T09-V09-N1\", "
            + "\"at\": \"2025-02-10T08:30:00+08:00\"},\n    {\"type\": \"meeting\", \"id\": \"M-X\", "
            + "\"host\": {\"team\": \"TEAM-T09-V09-N1\"}, \"at\": \"2025-02-10T09:00:00+08:00\"},");
    Files.writeString(log, text, StandardCharsets.UTF_8);

    int exit = run(logOptions());

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString())
        .contains(log.toString())
        .contains("$.entries[0].grid: round R-X of grid T09-V09-N1 at 2025-02-10T08:30+08:00 names grid T09-V09-N1, "
            + "which township T09 does not have")
        .contains("$.entries[1].host: meeting M-X of team TEAM-T09-V09-N1");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aLogNeedsAPeriodWithOffsets() {
    assertThat(run("--log", dir.resolve("duty-log.json").toString())).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--log needs --from and --to");
    assertThat(run("--from", "2025-01-01")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--from must be an ISO 8601 date and time with an offset");
  }

  private String[] json(String... options) {
    String[] all = new String[options.length + 2];
    System.arraycopy(options, 0, all, 0, options.length);
    all[options.length] = "--format";
    all[options.length + 1] = "json";
    return all;
  }

  private JsonNode parsedOutput() throws IOException {
    return new ObjectMapper().readTree(out.toString());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(field.isEmpty() ? n.asText() : n.path(field).asText()));
    return values;
  }

  @Test
  void theJsonFormatCarriesWhatTheTextShows() throws IOException {
    int textExit = run(logOptions());
    String text = out.toString();
    out.getBuffer().setLength(0);

    int exit = run(json(logOptions()));
    JsonNode doc = parsedOutput();

    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(textExit).isEqualTo(GridCli.OK);
    assertThat(doc.path("township").path("name").asText()).isEqualTo("样例乡");
    assertThat(doc.path("grids").asInt()).isEqualTo(4);
    assertThat(doc.path("roster").asInt()).isEqualTo(35);
    assertThat(doc.path("namesInClear").asBoolean(true)).isFalse();
    assertThat(doc.path("complete").asBoolean()).isTrue();
    assertThat(doc.path("shortfalls")).isEmpty();
    for (JsonNode team : doc.path("teams")) {
      assertThat(text).contains(team.path("id").asText() + "  ");
      JsonNode leader = team.path("leader");
      assertThat(text).contains("leader:      " + leader.path("name").asText() + " (" + leader.path("id").asText()
          + ")");
    }
    JsonNode shimen = doc.path("teams").findParents("scope").stream()
        .filter(t -> t.path("id").asText().equals("TEAM-T09-V02-N1")).findFirst().orElseThrow();
    assertThat(shimen.path("level").asText()).isEqualTo("VILLAGE_GRID");
    assertThat(shimen.path("scope").path("villageName").asText()).isEqualTo("石门村");
    assertThat(shimen.path("dutyRoles").size()).isPositive();
    JsonNode pairing = doc.path("pairing");
    assertThat(pairing.path("paired").asInt()).isEqualTo(37);
    assertThat(pairing.path("households").asInt()).isEqualTo(37);
    assertThat(pairing.path("unpaired")).isEmpty();
    JsonNode firstPairer = pairing.path("pairers").get(0);
    assertThat(text).contains("  " + firstPairer.path("pairer").path("name").asText() + " ("
        + firstPairer.path("pairer").path("id").asText() + "): "
        + String.join(" ", texts(firstPairer.path("households"), "")));
    JsonNode compliance = doc.path("compliance");
    assertThat(compliance.path("missed")).hasSize(8);
    assertThat(texts(compliance.path("missed"), "message")).allSatisfy(message -> assertThat(text).contains(message));
    JsonNode meetings = compliance.path("rules").findParents("rule").stream()
        .filter(r -> r.path("rule").asText().equals("TEAM_MONTHLY_MEETING")).findFirst().orElseThrow();
    assertThat(meetings.path("due").asInt()).isEqualTo(18);
    assertThat(meetings.path("done").asInt()).isEqualTo(17);
    assertThat(compliance.path("logEntries").asInt()).isPositive();
    assertThat(compliance.path("from").asText()).isEqualTo("2025-01-01T00:00:00+08:00");
  }

  @Test
  void theJsonFormatMasksNamesUnlessAPurposeIsStated() throws IOException {
    run(json(logOptions()));
    assertThat(out.toString()).contains("王*记").doesNotContain("王书记").doesNotContain("郑片长");
    for (CareTag tag : CareTag.values()) {
      assertThat(out.toString()).doesNotContain("\"" + tag.name() + "\"");
    }

    out.getBuffer().setLength(0);
    int exit = run(json("--clear-text", "县网格办年度核查"));
    JsonNode doc = parsedOutput();

    assertThat(exit).isEqualTo(GridCli.OK);
    assertThat(err.toString()).contains("names printed in clear for the stated purpose: 县网格办年度核查");
    assertThat(doc.path("namesInClear").asBoolean()).isTrue();
    assertThat(out.toString()).contains("\"王书记\"").doesNotContain("王*记");
  }

  @Test
  void theJsonFormatWithoutALogHasNoCompliance() throws IOException {
    assertThat(run(json())).isEqualTo(GridCli.OK);
    assertThat(parsedOutput().has("compliance")).isFalse();
    assertThat(parsedOutput().path("pairing").path("paired").asInt()).isEqualTo(37);
  }

  @Test
  void anIncompleteProposalInJsonListsItsShortfallsAndExitsWith1() throws IOException {
    dropTheSecretaryOfShimen();

    int exit = run(json());
    JsonNode shortfall = parsedOutput().path("shortfalls").get(0);

    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(parsedOutput().path("complete").asBoolean(true)).isFalse();
    assertThat(shortfall.path("rule").asText()).isEqualTo("LEADER_MISSING");
    assertThat(texts(shortfall.path("teams"), "")).containsExactly("TEAM-T09-V02-N1");
    assertThat(shortfall.path("message").asText()).contains("石门村 (T09-V02)");
  }

  @Test
  void theFormatIsReadInAnyCaseAndAnUnknownOneIsRefused() throws IOException {
    assertThat(run("--format", "JSON")).isEqualTo(GridCli.OK);
    assertThat(parsedOutput().path("teams").size()).isPositive();

    out.getBuffer().setLength(0);
    assertThat(run("--format", "Text")).isEqualTo(GridCli.OK);
    assertThat(out.toString()).startsWith("== service teams of 样例乡");

    out.getBuffer().setLength(0);
    assertThat(run("--format", "xml")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--format").contains("xml");
    assertThat(out.toString()).isEmpty();
  }
}
