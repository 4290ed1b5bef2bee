package org.grid.adapters.json.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TownshipJsonReaderTest {

  private final TownshipJsonReader reader = TownshipJsonReader.create();

  @Test
  void readsTheSeedTownship() {
    Township township = reader.read(utf8(SampleData.seedTownshipJson()), "township-seed.json");

    assertThat(township.id().value()).isEqualTo("T01");
    assertThat(township.name()).isEqualTo("示范乡");
    assertThat(township.villages()).hasSize(24);
    assertThat(township.units()).hasSize(113);
    assertThat(township.households()).isEqualTo(5298);
    assertThat(township.adjacencyKnown()).isTrue();
    assertThat(township.existingDistricts()).hasSize(8);
    assertThat(township.village(VillageId.of("T01-V04")).orElseThrow().name()).isEqualTo("五都村");
    assertThat(township.unit(UnitId.of("T01-V04-G01")).orElseThrow().location()).contains(Coordinates.of(3.3, 6.6));
    assertThat(township.villageAdjacency().hasEdgeConnecting(VillageId.of("T01-V04"), VillageId.of("T01-V01")))
        .isTrue();
  }

  @Test
  void writtenTownshipReadsBackEqual() {
    Township township = reader.read(utf8(SampleData.seedTownshipJson()), "township-seed.json");

    String written = TownshipJsonWriter.create().write(township);

    assertThat(reader.read(utf8(written), "written")).isEqualTo(township);
    assertThat(written).contains("\"五都村\"");
  }

  /** Each file of the corpus of bad inputs, with a JSON path and a piece of the message it must give. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty.json                 | $                                      | the input is empty
      truncated.json             | $.villages[0] (line                    | malformed JSON
      not-utf8.json              | $                                      | malformed JSON
      not-an-object.json         | $                                      | must be an object, was an array
      duplicate-key.json         | $.villages (line                       | Duplicate field 'villages'
      missing-township.json      | $.township                             | is missing, expected an object
      missing-township-name.json | $.township.name                        | is missing, expected a string
      missing-villages.json      | $.villages                             | is missing, expected an array
      no-villages.json           | $.villages                             | must list at least one village
      missing-households.json    | $.villages[0].units[0].households      | is missing, expected an integer from 1 to 10000
      zero-households.json       | $.villages[0].units[0].households      | must be from 1 to 10000, was 0
      negative-households.json   | $.villages[0].units[0].households      | must be from 1 to 10000, was -12
      absurd-households.json     | $.villages[0].units[0].households      | must be from 1 to 10000, was 12000
      fractional-households.json | $.villages[0].units[0].households      | must be a whole number, was 54.5
      households-as-text.json    | $.villages[0].units[0].households      | must be a number, was the string "54"
      unit-listed-twice.json     | $.villages[0].units[1].id              | unit T01-V01-G01 is listed twice (first at $.villages[0].units[0])
      unit-in-two-villages.json  | $.villages[1].units[0].id              | unit T01-V01-G01 is listed twice (first at $.villages[0].units[0])
      village-listed-twice.json  | $.villages[1].id                       | village T01-V01 is listed twice (first at $.villages[0])
      village-without-units.json | $.villages[0].units                    | must list at least one unit
      adjacency-unknown-unit.json| $.adjacency[0][1]                      | names unknown unit T01-V09-G07
      adjacency-self-loop.json   | $.adjacency[0]                         | unit T01-V01-G01 cannot border itself
      adjacency-not-a-pair.json  | $.adjacency[0]                         | must be a pair of two unit ids, was an array of 3
      adjacency-not-an-array.json| $.adjacency                            | must be an array, was an object
      district-unknown-village.json | $.existingDistricts[0].villages[0]  | names unknown village T01-V07
      village-in-two-districts.json | $.existingDistricts[1].villages[0]  | village T01-V01 is already in a district (at $.existingDistricts[0].villages[0])
      x-without-y.json           | $.villages[0].units[0]                 | must give both x and y, or neither
      id-with-spaces.json        | $.township.id                          | is not a valid id
      """)
  void badFileGivesItsPathAndProblem(String file, String path, String message) throws Exception {
    Path input = corpus(file);

    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> reader.read(input));

    assertThat(error).as("reading %s must fail", file).isNotNull();
    assertThat(error.source()).isEqualTo(input.toString());
    assertThat(error.problems())
        .anySatisfy(problem -> {
          assertThat(problem.path()).startsWith(path);
          assertThat(problem.message()).contains(message);
        });
    assertThat(error.getMessage()).startsWith(input.toString()).contains(message);
  }

  @Test
  void everyFileOfTheCorpusIsBad() throws Exception {
    try (Stream<Path> files = Files.list(corpus("empty.json").getParent())) {
      files.forEach(file -> assertThatThrownBy(() -> reader.read(file))
          .as(file.getFileName().toString())
          .isInstanceOf(JsonInputException.class));
    }
  }

  @Test
  void listsEveryProblemOfOneFileAtOnce() throws Exception {
    JsonInputException error =
        catchThrowableOfType(JsonInputException.class, () -> reader.read(corpus("many-problems.json")));

    assertThat(error.problems())
        .extracting(JsonProblem::path)
        .containsExactly(
            "$.villages[0].name",
            "$.villages[0].units[0].households",
            "$.villages[0].units[1].id",
            "$.villages[0].units[1].households",
            "$.adjacency[0]",
            "$.adjacency[1][1]");
    assertThat(error.getMessage()).contains("6 problems");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");

    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(JsonInputException.class)
        .hasMessage(missing + ": $: the file does not exist");
  }

  @Test
  void theHouseholdLimitIsAPolicy() throws Exception {
    Path absurd = corpus("absurd-households.json");

    Township township = reader.withMaxHouseholdsPerUnit(20_000).read(absurd);

    assertThat(township.households()).isEqualTo(12_000);
    assertThatThrownBy(() -> reader.withMaxHouseholdsPerUnit(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVillageHasAtMost200UnitsAndATagNoControlCharacter() {
    String units = java.util.stream.IntStream.range(0, 201)
        .mapToObj(i -> "{\"id\": \"U" + i + "\", \"name\": \"" + i + "组\", \"households\": 1}")
        .collect(java.util.stream.Collectors.joining(", "));
    String township = """
        {"township": {"id": "T9", "county": "C1", "name": "乡"},
         "villages": [{"id": "V1", "name": "村", "units": [%s]},
                      {"id": "V2", "name": "村", "units": [{"id": "W1", "name": "1组", "households": 3,
                                                            "tags": ["ok", "\\u001b[31mred"]}]}]}
        """.formatted(units);

    JsonInputException error = catchThrowableOfType(JsonInputException.class,
        () -> reader.read(utf8(township), "inline"));

    assertThat(error.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "$.villages[0].units: lists 201 units; a village has at most 200 (TownshipJsonReader.MAX_UNITS_PER_VILLAGE)",
        "$.villages[1].units[0].tags[1]: tag must not contain control characters, has U+001B at index 0");
    String fewer = township.replace(", {\"id\": \"U200\", \"name\": \"200组\", \"households\": 1}", "")
        .replace(", \"\\u001b[31mred\"", "");
    assertThat(reader.read(utf8(fewer), "inline").villages().get(0).units()).hasSize(200);
  }

  @Test
  void anIdWithANoBreakSpaceAndANameWithALineSeparatorAreRefusedWithoutQuotingThem() {
    String township = """
        {"township": {"id": "T9", "county": "C1", "name": "乡"},
         "villages": [{"id": "T9 V", "name": "村", "units": [{"id": "U1", "name": "1组", "households": 3}]},
                      {"id": "T9\\u00a0V", "name": "村", "units": [{"id": "U2", "name": "1组", "households": 3}]},
                      {"id": "T9-V3", "name": "大路村\\u2028ERROR forged", "units": [
                        {"id": "U3", "name": "1组\\u2029", "households": 3},
                        {"id": "U4\\u3000", "name": "2组", "households": 3}]}]}
        """;

    JsonInputException error = catchThrowableOfType(JsonInputException.class,
        () -> reader.read(utf8(township), "inline"));

    assertThat(error.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "$.villages[1].id: is not a valid id: villageId must not contain a space other than U+0020 (a no-break, "
            + "ideographic or other space looks the same), has U+00A0 at index 2",
        "$.villages[2].name: must not contain a line or paragraph separator (U+2028, U+2029: a line break), "
            + "has U+2028 at index 3",
        "$.villages[2].units[0].name: must not contain a line or paragraph separator (U+2028, U+2029: a line "
            + "break), has U+2029 at index 2",
        "$.villages[2].units[1].id: is not a valid id: unitId must not start or end with whitespace");
    assertThat(error.getMessage()).doesNotContain("forged").doesNotContain("\u2028").doesNotContain("\u00a0");
  }

  @Test
  void absentAdjacencyIsUnknown() {
    Township township = reader.read(utf8("""
        {"township": {"id": "T9", "county": "C1", "name": "乡"},
         "villages": [{"id": "V1", "name": "村",
                       "units": [{"id": "U1", "name": "1组", "households": 30, "x": 1, "y": 2}]}]}
        """), "inline");

    assertThat(township.adjacencyKnown()).isFalse();
    assertThat(township.unit(UnitId.of("U1")).orElseThrow().location()).isPresent();
  }

  @Test
  void aTownshipNamesItsCountyOrTheReaderIsToldTheCountyOfOlderFiles() {
    String older = """
        {"township": {"id": "T9", "name": "乡"},
         "villages": [{"id": "V1", "name": "村", "units": [{"id": "U1", "name": "1组", "households": 30}]}]}
        """;
    String named = older.replace("{\"id\": \"T9\",", "{\"id\": \"T9\", \"county\": \"C7\",");

    JsonInputException missing =
        catchThrowableOfType(JsonInputException.class, () -> reader.read(utf8(older), "older.json"));
    assertThat(missing.problems()).extracting(JsonProblem::path).containsExactly("$.township.county");
    assertThat(missing.problems().get(0).message()).contains("missing");

    assertThat(reader.withCountyOfOlderFiles(CountyId.of("C2")).read(utf8(older), "older.json").county())
        .isEqualTo(CountyId.of("C2"));
    assertThat(reader.withCountyOfOlderFiles(CountyId.of("C2")).read(utf8(named), "named.json").county())
        .as("a file that names its county keeps it").isEqualTo(CountyId.of("C7"));
    assertThat(reader.read(utf8(named), "named.json").county()).isEqualTo(CountyId.of("C7"));
    assertThat(reader.withCountyOfOlderFiles(CountyId.of("C2")).withMaxHouseholdsPerUnit(5)
        .maxHouseholdsPerUnit()).isEqualTo(5);
    assertThatThrownBy(() -> reader.withCountyOfOlderFiles(null)).isInstanceOf(NullPointerException.class);
    JsonInputException blank = catchThrowableOfType(JsonInputException.class,
        () -> reader.read(utf8(named.replace("C7", " ")), "blank.json"));
    assertThat(blank.problems()).extracting(JsonProblem::path).containsExactly("$.township.county");
  }

  @Test
  void unknownFieldsAreRefusedWithTheFieldMeant() {
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> reader.read(utf8("""
        {"township": {"id": "T9", "county": "C1", "name": "乡", "extra": true},
         "villages": [{"id": "V1", "name": "村", "population": 120,
                       "units": [{"id": "U1", "name": "1组", "households": 30, "Tags": ["tea"]}]}],
         "adjacancy": []}
        """), "inline"));

    assertThat(error.problems()).extracting(JsonProblem::path).containsExactly(
        "$.adjacancy", "$.township.extra", "$.villages[0].population", "$.villages[0].units[0].Tags");
    assertThat(error.problems().get(0).message()).contains("did you mean \"adjacency\"");
    assertThat(error.problems().get(3).message()).contains("did you mean \"tags\"");
  }

  @Test
  void readsFromAStream() throws IOException {
    try (InputStream in = SampleData.class.getResourceAsStream("data/township-seed.json")) {
      assertThat(reader.read(in, "classpath").villages()).hasSize(24);
    }
  }

  private static Path corpus(String file) throws URISyntaxException {
    return Path.of(TownshipJsonReaderTest.class.getResource("/township/bad/" + file).toURI());
  }
}
