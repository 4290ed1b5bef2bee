package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.grid.adapters.json.JsonInput;
import org.grid.cards.CardSheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CardsCommandTest {

  private static final List<String> FILES =
      List.of("township.json", "plan.json", "roster.json", "households.json", "stations.json");
  private static final String INTAKE = "https://grid.example.gov.cn/console/#intake";
  private static final String TEAMS_SINCE = "2025-01-01T00:00:00+08:00";

  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void copyExamples() throws IOException {
    for (String file : FILES) {
      try (InputStream in = CardsCommandTest.class.getResourceAsStream("/examples/teams/" + file)) {
        assertThat(in).as("example %s on the class path", file).isNotNull();
        Files.copy(in, dir.resolve(file));
      }
    }
  }

  private int run(String outDir, String... extra) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("cards",
        "--township", dir.resolve("township.json").toString(), "--grids", dir.resolve("plan.json").toString(),
        "--roster", dir.resolve("roster.json").toString(), "--households", dir.resolve("households.json").toString(),
        "--stations", dir.resolve("stations.json").toString(), "--intake", INTAKE,
        "--out", dir.resolve(outDir).toString(), "--teams-since", TEAMS_SINCE));
    args.addAll(List.of(extra));
    return cli.execute(args.toArray(String[]::new));
  }

  /** Each household's grid, from the example files, in the register's order. */
  private Map<String, String> gridOfHouseholds() throws IOException {
    JsonNode plan = JsonInput.MAPPER.readTree(dir.resolve("plan.json").toFile());
    Map<String, String> gridOfUnit = new HashMap<>();
    plan.get("grids").forEach(g -> g.get("units").forEach(u -> gridOfUnit.put(u.asText(), g.get("id").asText())));
    Map<String, String> grids = new LinkedHashMap<>();
    JsonInput.MAPPER.readTree(dir.resolve("households.json").toFile()).get("households")
        .forEach(h -> grids.put(h.get("id").asText(), gridOfUnit.get(h.get("unit").asText())));
    return grids;
  }

  private Map<String, String> phones() throws IOException {
    Map<String, String> phones = new HashMap<>();
    JsonInput.MAPPER.readTree(dir.resolve("roster.json").toFile()).get("people")
        .forEach(p -> phones.put(p.get("name").asText(), p.get("phone").asText()));
    return phones;
  }

  private static String intakeOf(String grid) {
    return "https://grid.example.gov.cn/console/?grid=" + grid + "&team=TEAM-" + grid
        + "&complaintAgainst=VILLAGE_GRID#intake";
  }

  @Test
  void theSampleTownshipsCardsHoldEachHouseholdsTeamAndAQrCodeOfItsGridAndTeam() throws Exception {
    int exit = run("all", "--issued-at", "2025-01-10T09:00:00+08:00");

    assertThat(exit).as(err.toString()).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString()).contains("households: 37 in scope, 37 printed").contains("pages: 13")
        .contains("STATION_MISSING [TEAM-T09-V03-N1]");
    assertThat(out.toString()).as("standard output names ids only").doesNotContain("0570-").doesNotContain("王书记");
    assertThat(out.toString()).as("every sample card holds all its lines").doesNotContain("cut to fit");
    assertThat(err.toString()).contains("names and phones printed in clear for the stated purpose");

    Map<String, String> grids = gridOfHouseholds();
    Map<String, String> phones = phones();
    List<String> households = new ArrayList<>(grids.keySet());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("all/cards.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(13);
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int page = 0; page < pdf.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        String text = stripper.getText(pdf).replaceAll("[\\r\\n]+\\s*", "");
        List<String> onPage = households.subList(page * 3, Math.min(households.size(), page * 3 + 3));
        Set<String> expected = new java.util.HashSet<>();
        for (String household : onPage) {
          String grid = grids.get(household);
          assertThat(text).contains("户号 " + household).contains("网格服务团队 TEAM-" + grid)
              .contains("监督对象 TEAM-" + grid).contains("投诉受理 上一级片区网格团队 TEAM-T09-D1")
              .contains("郑片长").contains(phones.get("郑片长"));
          expected.add(intakeOf(grid));
        }
        if (onPage.stream().anyMatch(h -> grids.get(h).startsWith("T09-V01"))) {
          assertThat(text).contains("负责人 王书记").contains(phones.get("王书记"));
        }
        assertThat(decodeAll(renderer.renderImageWithDPI(page, 200, ImageType.GRAY)))
            .as("the QR codes of page %d", page + 1).isEqualTo(expected);
      }
      String all = new PDFTextStripper().getText(pdf);
      assertThat(all).contains("便民服务站 五都村村委会一楼便民服务站").contains("便民服务站 （未设）");
    }
    assertThat(Files.readString(dir.resolve("all/cards.html"))).contains("data-household=\"T09-V03-G01-H01\"");
    JsonNode issued = JsonInput.MAPPER.readTree(dir.resolve("all/issued.json").toFile());
    assertThat(issued.get("entries")).hasSize(74);
    assertThat(issued.get("entries").get(0).toString()).contains("\"type\":\"card\"").contains("CONTACT")
        .contains("\"at\":\"2025-01-10T09:00+08:00\"").contains("\"teamVersion\":\"2025-01-01T00:00+08:00\"");
  }

  @Test
  void oneGridOrOneVillageIsPrintedAlone() throws Exception {
    assertThat(run("grid", "--grid", "T09-V02-N1", "--issued-at", "2025-01-10T09:00:00+08:00"))
        .isEqualTo(GridCli.OK);
    long inGrid = gridOfHouseholds().values().stream().filter("T09-V02-N1"::equals).count();
    assertThat(out.toString()).contains("households: " + inGrid + " in scope, " + inGrid + " printed")
        .contains("every team meets the station policy");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("grid/cards.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("TEAM-T09-V02-N1").doesNotContain("TEAM-T09-V01-N1");
    }
    assertThat(run("village", "--village", "T09-V03")).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString()).contains("STATION_MISSING [TEAM-T09-V03-N1]").doesNotContain("TEAM-T09-V01");
  }

  @Test
  void aReissuePrintsOnlyTheHouseholdsWhoseCardsATeamChangePutOutOfDate() throws Exception {
    run("first", "--issued-at", "2025-01-10T09:00:00+08:00");
    // the log holds the cards handed out, except those of grid T09-V01-N1's households
    ObjectNode log = (ObjectNode) JsonInput.MAPPER.readTree(dir.resolve("first/issued.json").toFile());
    ArrayNode kept = JsonInput.MAPPER.createArrayNode();
    log.get("entries").forEach(e -> {
      if (!e.get("team").asText().equals("TEAM-T09-V01-N1")) {
        kept.add(e);
      }
    });
    log.set("entries", kept);
    Files.writeString(dir.resolve("log.json"), log.toString());
    long v01n1 = gridOfHouseholds().values().stream().filter("T09-V01-N1"::equals).count();

    run("again", "--log", dir.resolve("log.json").toString(), "--issued-at", "2025-02-01T09:00:00+08:00");
    assertThat(out.toString()).contains("37 in scope, " + v01n1 + " printed");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("again/cards.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("TEAM-T09-V01-N1").doesNotContain("TEAM-T09-V02-N1");
    }

    // the teams change after the cards were handed out: every card is out of date
    List<String> changed = new ArrayList<>(List.of("--log", dir.resolve("log.json").toString(),
        "--issued-at", "2025-03-01T09:00:00+08:00"));
    int exit = runWithTeamsSince("changed", "2025-02-15T00:00:00+08:00", changed);
    assertThat(exit).isEqualTo(GridCli.RULE_BROKEN);
    assertThat(out.toString()).contains("37 in scope, 37 printed");

    // cards printed from the old teams but handed out after the change show the old version: still out of date
    ArrayNode late = JsonInput.MAPPER.createArrayNode();
    JsonInput.MAPPER.readTree(dir.resolve("first/issued.json").toFile()).get("entries")
        .forEach(e -> late.add(((ObjectNode) e.deepCopy()).put("at", "2025-02-20T09:00:00+08:00")));
    ObjectNode lateLog = JsonInput.MAPPER.createObjectNode().put("township", "T09");
    lateLog.set("entries", late);
    Files.writeString(dir.resolve("late.json"), lateLog.toString());
    runWithTeamsSince("late", "2025-02-15T00:00:00+08:00", List.of("--log", dir.resolve("late.json").toString(),
        "--issued-at", "2025-03-01T09:00:00+08:00"));
    assertThat(out.toString()).contains("37 in scope, 37 printed");
    // the same cards reprinted for the new teams are current
    runWithTeamsSince("reprinted", "2025-02-15T00:00:00+08:00", List.of("--issued-at", "2025-03-01T09:00:00+08:00"));
    runWithTeamsSince("after", "2025-02-15T00:00:00+08:00", List.of("--log",
        dir.resolve("reprinted/issued.json").toString(), "--issued-at", "2025-03-02T09:00:00+08:00"));
    assertThat(out.toString()).contains("37 in scope, 0 printed");
  }

  @Test
  void anIntakeThatIsNotAnHttpAddressIsABadCommandLine() {
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("cards", "--township", dir.resolve("township.json").toString(),
        "--grids", dir.resolve("plan.json").toString(), "--roster", dir.resolve("roster.json").toString(),
        "--households", dir.resolve("households.json").toString(), "--intake", "javascript:alert(1)",
        "--out", dir.resolve("x").toString());
    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--intake").contains("http");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  /** A --grid or --village that is no id at all (blank, too long) is a bad command line, not a bug. */
  @Test
  void aGridOrVillageThatIsNoIdIsABadCommandLine() {
    assertThat(run("blank", "--grid", "")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--grid: gridId must not be blank").doesNotContain("unexpected failure");
    assertThat(run("long", "--village", "V".repeat(70))).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--village: villageId must be at most 64 characters, was 70")
        .doesNotContain("unexpected failure");
    assertThat(dir.resolve("blank")).doesNotExist();
    assertThat(dir.resolve("long")).doesNotExist();
  }

  @Test
  void anOutThatIsNoDirectoryIsNamedWithItsOptionAndProblem() throws IOException {
    Files.writeString(dir.resolve("a-file"), "x");

    assertThat(run("a-file")).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("cannot write the cards to --out " + dir.resolve("a-file"))
        .contains("FileAlreadyExistsException").doesNotContain("unexpected failure");
  }

  @Test
  void aPlanThatLeavesAUnitOfAHouseholdOutOfEveryGridIsBadInputNotAFailure() throws IOException {
    JsonNode plan = JsonInput.MAPPER.readTree(dir.resolve("plan.json").toFile());
    com.fasterxml.jackson.databind.node.ArrayNode units =
        (com.fasterxml.jackson.databind.node.ArrayNode) plan.get("grids").get(0).get("units");
    String dropped = units.remove(units.size() - 1).asText();
    JsonInput.MAPPER.writeValue(dir.resolve("plan.json").toFile(), plan);

    assertThat(run("dropped")).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("grid: cannot make the cards:").contains(dropped)
        .doesNotContain("unexpected failure");
  }

  /** A run that fails leaves the former three files together: never a new sheet beside a former issued.json. */
  @Test
  void aRunThatCannotWriteEveryFileLeavesTheFormerOnesAsTheyWere() throws IOException {
    assertThat(run("keep", "--grid", "T09-V02-N1")).isEqualTo(GridCli.OK);
    byte[] formerPdf = Files.readAllBytes(dir.resolve("keep/cards.pdf"));
    String formerLog = Files.readString(dir.resolve("keep/issued.json"));
    Files.delete(dir.resolve("keep/cards.html"));
    Files.createDirectories(dir.resolve("keep/cards.html/inside"));

    assertThat(run("keep", "--grid", "T09-V02-N1", "--issued-at", "2026-01-05T09:00:00+08:00"))
        .isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("cannot write the cards to --out").doesNotContain("unexpected failure");
    assertThat(Files.readAllBytes(dir.resolve("keep/cards.pdf"))).isEqualTo(formerPdf);
    assertThat(Files.readString(dir.resolve("keep/issued.json"))).isEqualTo(formerLog);
    try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("keep"))) {
      assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
          "cards.pdf", "cards.html", "issued.json");
    }
  }

  /**
   * A name too long for its card pushes the card's later lines (other members, the station, the pairer) off it: the
   * run says which households' cards were cut, by id only, and ends with exit 1 so they are not handed out unseen.
   */
  @Test
  void cardsCutToFitAreNamedByHouseholdAndTheRunEndsWithExitOne() throws IOException {
    ObjectNode roster = (ObjectNode) JsonInput.MAPPER.readTree(dir.resolve("roster.json").toFile());
    ((ObjectNode) roster.get("people").get(0)).put("name", "王".repeat(4000));
    JsonInput.MAPPER.writeValue(dir.resolve("roster.json").toFile(), roster);

    assertThat(run("cut", "--grid", "T09-V01-N1")).isEqualTo(GridCli.RULE_BROKEN);

    assertThat(out.toString()).contains("cut to fit (").contains("T09-V01-G01-H01").doesNotContain("王王");
    assertThat(dir.resolve("cut/cards.pdf")).exists();
  }

  /** More households than one sheet is made for are refused before anything is composed, saying what to give. */
  @Test
  void moreHouseholdsThanOneRunPrintsIsBadInputNamingTheWayAround() throws IOException {
    ObjectNode register = (ObjectNode) JsonInput.MAPPER.readTree(dir.resolve("households.json").toFile());
    ArrayNode households = (ArrayNode) register.get("households");
    List<String> units = new ArrayList<>();
    households.forEach(h -> units.add(h.get("unit").asText()));
    for (int i = households.size(); i <= CardSheets.MAX_HOUSEHOLDS; i++) {
      String unit = units.get(i % units.size());
      households.addObject().put("id", unit + "-X" + i).put("unit", unit);
    }
    JsonInput.MAPPER.writeValue(dir.resolve("households.json").toFile(), register);
    // The township and the plan count the same households as the register.
    Map<String, Integer> perUnit = new HashMap<>();
    households.forEach(h -> perUnit.merge(h.get("unit").asText(), 1, Integer::sum));
    ObjectNode township = (ObjectNode) JsonInput.MAPPER.readTree(dir.resolve("township.json").toFile());
    township.get("villages").forEach(v -> v.get("units").forEach(u ->
        ((ObjectNode) u).put("households", perUnit.getOrDefault(u.get("id").asText(), 0))));
    JsonInput.MAPPER.writeValue(dir.resolve("township.json").toFile(), township);
    ObjectNode plan = (ObjectNode) JsonInput.MAPPER.readTree(dir.resolve("plan.json").toFile());
    Map<String, Integer> perGrid = new HashMap<>();
    plan.get("grids").forEach(g -> {
      int sum = 0;
      for (JsonNode unit : g.get("units")) {
        sum += perUnit.getOrDefault(unit.asText(), 0);
      }
      ((ObjectNode) g).put("households", sum);
      perGrid.put(g.get("id").asText(), sum);
    });
    plan.get("districts").forEach(d -> {
      int sum = 0;
      for (JsonNode grid : d.get("grids")) {
        sum += perGrid.get(grid.asText());
      }
      ((ObjectNode) d).put("households", sum);
    });
    JsonInput.MAPPER.writeValue(dir.resolve("plan.json").toFile(), plan);

    assertThat(run("many")).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("10,001 households to print; one run prints at most 10,000")
        .contains("give --village or --grid");
    assertThat(dir.resolve("many")).doesNotExist();
  }

  private int runWithTeamsSince(String outDir, String since, List<String> extra) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("cards",
        "--township", dir.resolve("township.json").toString(), "--grids", dir.resolve("plan.json").toString(),
        "--roster", dir.resolve("roster.json").toString(), "--households", dir.resolve("households.json").toString(),
        "--stations", dir.resolve("stations.json").toString(), "--intake", INTAKE,
        "--out", dir.resolve(outDir).toString(), "--teams-since", since));
    args.addAll(extra);
    return cli.execute(args.toArray(String[]::new));
  }

  private static Set<String> decodeAll(java.awt.image.BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
    return Arrays.stream(results).map(Result::getText).collect(Collectors.toSet());
  }
}
