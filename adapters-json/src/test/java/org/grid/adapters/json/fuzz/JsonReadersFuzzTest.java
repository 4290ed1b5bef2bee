package org.grid.adapters.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.grid.adapters.json.JsonReader;
import org.grid.adapters.json.assessment.EvidenceJsonReader;
import org.grid.adapters.json.assessment.GridMeasuresJsonReader;
import org.grid.adapters.json.assessment.KnowledgeChecksJsonReader;
import org.grid.adapters.json.assessment.PartyMembersJsonReader;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.adapters.json.duty.DutyLogJsonReader;
import org.grid.adapters.json.escalation.RequestExportJsonReader;
import org.grid.adapters.json.escalation.RoutingTableJsonReader;
import org.grid.adapters.json.escalation.ScenarioJsonReader;
import org.grid.adapters.json.escalation.StaffDirectoryJsonReader;
import org.grid.adapters.json.escalation.WorkCalendarJsonReader;
import org.grid.adapters.json.jurisdiction.HouseholdRegisterJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.partition.PlanJsonReader;
import org.grid.adapters.json.team.RosterJsonReader;
import org.grid.adapters.json.team.ServedGridsJsonReader;
import org.grid.core.model.jurisdiction.Township;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz targets (模糊测试目标) of the JSON readers: one coverage-guided target per {@link JsonReader} of this
 * adapter, and {@link #everyReader(byte[])}, which hands the same bytes to all of them. Each checks
 * {@link ReaderFuzzing#check(JsonReader, byte[])}: any bytes give a value or a {@code JsonInputException}, within an
 * allocation bound linear in the input's size.
 *
 * <p>Without {@code JAZZER_FUZZ} (a plain {@code ./mvnw test}) Jazzer runs each target once per file of its seed
 * corpus, {@code src/test/resources/org/grid/adapters/json/fuzz/JsonReadersFuzzTestInputs/<method>/}: the valid
 * example files of the format and every input a fuzzing run found to break the property (kept there as a regression
 * seed). {@code ./mvnw verify} fuzzes {@link #everyReader(byte[])} for a bounded time; one reader is fuzzed longer
 * with {@code JAZZER_FUZZ=1 ./mvnw -pl adapters-json test -Dtest='JsonReadersFuzzTest#township'}
 * ({@code docs/limits.md}, "Fuzz targets").
 */
class JsonReadersFuzzTest {

  /** The township the roster, the household register, the served grids and the duty log are read against. */
  private static final Township TOWNSHIP = TownshipJsonReader.create()
      .read(seed("township/teams-township.json"), "teams-township.json");

  /** Every reader, by the name of its fuzz target (and seed directory). */
  private static final Map<String, JsonReader<?>> READERS = readers();

  private static Map<String, JsonReader<?>> readers() {
    Map<String, JsonReader<?>> readers = new LinkedHashMap<>();
    readers.put("township", TownshipJsonReader.create());
    readers.put("plan", PlanJsonReader.create());
    readers.put("householdRegister", HouseholdRegisterJsonReader.create(TOWNSHIP));
    readers.put("roster", RosterJsonReader.create(TOWNSHIP));
    readers.put("servedGrids", ServedGridsJsonReader.create(TOWNSHIP));
    readers.put("dutyLog", DutyLogJsonReader.create(TOWNSHIP.id()));
    readers.put("ruleSets", RuleSetsJsonReader.create());
    readers.put("evidence", EvidenceJsonReader.create());
    readers.put("gridMeasures", GridMeasuresJsonReader.create());
    readers.put("partyMembers", PartyMembersJsonReader.create());
    readers.put("knowledgeChecks", KnowledgeChecksJsonReader.create());
    readers.put("scenario", ScenarioJsonReader.create());
    readers.put("workCalendar", WorkCalendarJsonReader.create());
    readers.put("routingTable", RoutingTableJsonReader.create());
    readers.put("staffDirectory", StaffDirectoryJsonReader.create());
    readers.put("requestExport", RequestExportJsonReader.create());
    return readers;
  }

  /**
   * The seed corpus holds valid files: each reads without a problem, so that fuzzing starts from inputs that reach
   * deep into the format, not from inputs refused at the first byte.
   */
  @TestFactory
  Stream<DynamicTest> seedsAreValidExamples() {
    return READERS.entrySet().stream().flatMap(reader -> seedFiles(reader.getKey()).stream()
        .filter(file -> !file.getFileName().toString().startsWith("crash-"))
        .map(file -> DynamicTest.dynamicTest(reader.getKey() + ": " + file.getFileName(),
            () -> assertThat((Object) reader.getValue().read(file)).isNotNull())));
  }

  /** Every reader but the township's has a seed; the township's is also read by the static initializer. */
  @TestFactory
  Stream<DynamicTest> everyReaderHasSeeds() {
    return READERS.keySet().stream().map(name -> DynamicTest.dynamicTest(name,
        () -> assertThat(seedFiles(name)).as("seed files of %s", name).isNotEmpty()));
  }

  /** Hands the same bytes to every reader: the target {@code ./mvnw verify} fuzzes, all readers in one run. */
  @FuzzTest(maxDuration = "45s")
  void everyReader(byte[] input) {
    for (JsonReader<?> reader : READERS.values()) {
      ReaderFuzzing.check(reader, input);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void township(byte[] input) {
    ReaderFuzzing.check(READERS.get("township"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void plan(byte[] input) {
    ReaderFuzzing.check(READERS.get("plan"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void householdRegister(byte[] input) {
    ReaderFuzzing.check(READERS.get("householdRegister"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void roster(byte[] input) {
    ReaderFuzzing.check(READERS.get("roster"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void servedGrids(byte[] input) {
    ReaderFuzzing.check(READERS.get("servedGrids"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void dutyLog(byte[] input) {
    ReaderFuzzing.check(READERS.get("dutyLog"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void ruleSets(byte[] input) {
    ReaderFuzzing.check(READERS.get("ruleSets"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void evidence(byte[] input) {
    ReaderFuzzing.check(READERS.get("evidence"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void gridMeasures(byte[] input) {
    ReaderFuzzing.check(READERS.get("gridMeasures"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void partyMembers(byte[] input) {
    ReaderFuzzing.check(READERS.get("partyMembers"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void knowledgeChecks(byte[] input) {
    ReaderFuzzing.check(READERS.get("knowledgeChecks"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void scenario(byte[] input) {
    ReaderFuzzing.check(READERS.get("scenario"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void workCalendar(byte[] input) {
    ReaderFuzzing.check(READERS.get("workCalendar"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void routingTable(byte[] input) {
    ReaderFuzzing.check(READERS.get("routingTable"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void staffDirectory(byte[] input) {
    ReaderFuzzing.check(READERS.get("staffDirectory"), input);
  }

  @FuzzTest(maxDuration = "5m")
  void requestExport(byte[] input) {
    ReaderFuzzing.check(READERS.get("requestExport"), input);
  }

  private static InputStream seed(String name) {
    InputStream in = JsonReadersFuzzTest.class.getResourceAsStream("JsonReadersFuzzTestInputs/" + name);
    if (in == null) {
      throw new IllegalStateException("missing seed file " + name);
    }
    return in;
  }

  private static List<Path> seedFiles(String target) {
    URL dir = JsonReadersFuzzTest.class.getResource("JsonReadersFuzzTestInputs/" + target);
    if (dir == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
