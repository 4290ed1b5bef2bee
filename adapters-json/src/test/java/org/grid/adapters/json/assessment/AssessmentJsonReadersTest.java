package org.grid.adapters.json.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.nio.file.Path;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.junit.jupiter.api.Test;

/** The four assessment readers on the example files and on what is particular to each. */
class AssessmentJsonReadersTest {

  private static final Path EXAMPLES = Path.of("../examples/inputs/assessment");

  @Test
  void theExampleFilesRead() {
    assertThat(RuleSetsJsonReader.create().read(EXAMPLES.resolve("rule-sets.json")).ruleSets()).isNotEmpty();
    assertThat(EvidenceJsonReader.create().read(EXAMPLES.resolve("evidence.json"))).isNotEmpty();
    assertThat(PartyMembersJsonReader.create().read(EXAMPLES.resolve("party-members.json"))).isNotEmpty();
    assertThat(GridMeasuresJsonReader.create().read(EXAMPLES.resolve("grids.json"))).isNotEmpty();
  }

  @Test
  void evidenceRepeatedExactlyCountsOnceAndWithOtherContentIsAProblem() {
    String item = "{\"id\": \"E1\", \"type\": \"visit.paired-household\", \"subject\": \"P1\", \"date\": \"2025-01-10\"}";
    assertThat(EvidenceJsonReader.create().read(utf8("{\"evidence\": [" + item + ", " + item + "]}"), "e.json"))
        .hasSize(1);

    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> EvidenceJsonReader.create()
        .read(utf8("{\"evidence\": [" + item + ", " + item.replace("P1", "P2") + "]}"), "e.json"));
    assertThat(error.problems()).extracting(JsonProblem::path).containsExactly("$.evidence[1].id");
  }

  @Test
  void aMeasureThatIsNotOnTheScorecardIsAProblemLikeAMissingOne() {
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> GridMeasuresJsonReader.create()
        .read(utf8("""
            {"grids": [{"id": "N1", "township": "T01",
              "measures": {"VISIT_COMPLIANCE": 0.94, "PAIRING_COVERAGE": 0.92, "MEETING_COMPLIANCE": 0.98,
                           "ON_TIME_RESOLUTION": 0.91, "SATISFACTON": 0.97, "RESOLVED_AT_VILLAGE_TIER": 0.95},
              "basis": {"visits": "46 of 49"}}]}
            """), "grids.json"));

    assertThat(error.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.grids[0].measures.SATISFACTION", "$.grids[0].measures.SATISFACTON", "$.grids[0].basis.visits");
  }

  @Test
  void ruleSetsOfOneKindThatOverlapAreAProblemOfTheFile() {
    String ruleSet = """
        {"id": "%s", "subjectKind": "party-member/with-post", "validFrom": "%s", "validUntil": "2026-01-01",
         "base": 100, "rules": []}
        """;
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> RuleSetsJsonReader.create()
        .read(utf8("{\"ruleSets\": [" + ruleSet.formatted("a", "2025-01-01") + ", "
            + ruleSet.formatted("b", "2025-06-01") + "]}"), "rules.json"));

    assertThat(error.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.ruleSets"));
  }
}
