package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plan} and {@code validate} as formats.md describes them, exit codes included. */
class PlanAndValidateCommandTest {

  @TempDir Path dir;
  private Path township;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeSeed() throws IOException {
    township = dir.resolve("township-seed.json");
    Files.writeString(township, SampleData.seedTownshipJson(), StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void planPrintsTheSeedPlanWithEightDistricts() {
    int code = run("plan", "--township", township.toString());
    assertThat(code).as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString()).contains("\"township\" : \"T01\"").contains("\"T01-V04-N2\"")
        .contains("\"districtImbalance\"").contains("\"violations\" : [ ]");
    assertThat(out.toString().split("\"households\"", -1)).hasSize(1 + 27 + 8);
  }

  @Test
  void planSvgDrawsTheMapAsWellFormedSvgBesideThePlan() throws Exception {
    Path svg = dir.resolve("map.svg");

    int code = run("plan", "--township", township.toString(), "--svg", svg.toString());

    assertThat(code).as(err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString()).contains("\"township\" : \"T01\"").doesNotContain("drew the map");
    assertThat(err.toString()).contains("grid: drew the map of 27 grids to " + svg);
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document map = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(map.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(map.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength()).isEqualTo(113);
    assertThat(map.getDocumentElement().getTextContent()).contains("五都村 ✂2").contains("T01-D1");
  }

  @Test
  void planSvgToAnUnwritablePlaceExitsWithTwo() {
    int code = run("plan", "--township", township.toString(), "--svg", dir.resolve("no/such/dir/map.svg").toString());

    assertThat(code).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("cannot write the map");
  }

  @Test
  void aPlanWrittenByPlanValidates() throws IOException {
    Path plan = dir.resolve("plan.json");
    assertThat(run("plan", "--township", township.toString(), "--out", plan.toString())).isEqualTo(GridCli.OK);
    assertThat(Files.readString(plan)).contains("\"grids\"");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--township", township.toString(), "--plan", plan.toString()))
        .as(out + err.toString()).isEqualTo(GridCli.OK);
    assertThat(out.toString()).contains("0 error(s)");
  }

  @Test
  void keepExistingReportsMovedVillages() {
    assertThat(run("plan", "--township", township.toString(), "--keep-existing")).isEqualTo(GridCli.OK);
    assertThat(out.toString()).containsPattern("\"movedVillages\" : [1-9]");
  }

  @Test
  void aUnitMovedAcrossAVillageBorderIsAnError() throws IOException {
    Path plan = dir.resolve("plan.json");
    run("plan", "--township", township.toString(), "--out", plan.toString());
    String text = Files.readString(plan);
    // Move unit G01 of 大路村 (T01-V01) into the grid of 前山村 (T01-V02).
    String moved = text.replaceFirst("\"T01-V01-G01\",?", "")
        .replaceFirst("\"units\" : \\[ \"T01-V02-G01\"", "\"units\" : [ \"T01-V01-G01\", \"T01-V02-G01\"");
    Files.writeString(plan, moved);
    out.getBuffer().setLength(0);
    int code = run("validate", "--township", township.toString(), "--plan", plan.toString());
    assertThat(code).as(out.toString() + err).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString()).contains("ERROR GRID_CROSSES_VILLAGE").contains("T01-V01-G01");
  }

  @Test
  void anUnreadablePlanIsExitTwoWithFileAndPath() throws IOException {
    Path plan = dir.resolve("bad-plan.json");
    Files.writeString(plan, "{\"township\": \"T01\", \"grids\": [{\"id\": \"X\", \"village\": 5, \"units\": []}],"
        + " \"districts\": []}");
    int code = run("validate", "--township", township.toString(), "--plan", plan.toString());
    assertThat(code).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("bad-plan.json").contains("$.grids[0].village");
  }

  @Test
  void aMissingTownshipFileIsExitTwo() {
    int code = run("plan", "--township", dir.resolve("nowhere.json").toString());
    assertThat(code).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("nowhere.json").contains("does not exist");
  }

  @Test
  void aTownshipMakingARuleImpossibleStillGetsAPlanAndExitOne() throws IOException {
    Path lone = dir.resolve("lone.json");
    Files.writeString(lone, """
        {"township": {"id": "T09", "county": "C1", "name": "孤乡"},
         "villages": [
           {"id": "T09-V01", "name": "大村", "units": [{"id": "T09-V01-G01", "name": "1组", "households": 450}]},
           {"id": "T09-V02", "name": "小村", "units": [{"id": "T09-V02-G01", "name": "1组", "households": 120}]}],
         "adjacency": [["T09-V01-G01", "T09-V02-G01"]]}
        """);
    int code = run("plan", "--township", lone.toString(), "--districts", "1");
    assertThat(code).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString()).contains("\"rule\" : \"GRID_COUNT\"").contains("a unit is never cut");
    assertThat(err.toString()).contains("GRID_COUNT");
  }

  @Test
  void aBadTargetIsABadCommandLine() {
    assertThat(run("plan", "--township", township.toString(), "--target", "0")).isEqualTo(GridCli.UNREADABLE_INPUT);
  }
}
