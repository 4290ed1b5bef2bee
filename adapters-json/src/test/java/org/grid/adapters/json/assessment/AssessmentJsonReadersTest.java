package org.grid.adapters.json.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.assessment.model.CheckResult;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.SubjectId;
import org.junit.jupiter.api.Test;

/** The five assessment readers on the example files and on what is particular to each. */
class AssessmentJsonReadersTest {

  private static final Path EXAMPLES = Path.of("../examples/inputs/assessment");

  @Test
  void theExampleFilesRead() {
    assertThat(RuleSetsJsonReader.create().read(EXAMPLES.resolve("rule-sets.json")).ruleSets()).isNotEmpty();
    assertThat(EvidenceJsonReader.create().read(EXAMPLES.resolve("evidence.json"))).isNotEmpty();
    assertThat(PartyMembersJsonReader.create().read(EXAMPLES.resolve("party-members.json"))).isNotEmpty();
    assertThat(GridMeasuresJsonReader.create().read(EXAMPLES.resolve("grids.json"))).isNotEmpty();
    assertThat(KnowledgeChecksJsonReader.create().read(EXAMPLES.resolve("knowledge-checks.json"))).isNotEmpty();
  }

  @Test
  void pointsCapsAndBasesOfMoreThanTwoDecimalPlacesAreProblemsNamingTheRuleAndField() {
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> RuleSetsJsonReader.create()
        .read(utf8("""
            {"ruleSets": [{"id": "r/2025", "subjectKind": "party-member/with-post", "validFrom": "2025-01-01",
              "validUntil": "2026-01-01", "base": 100.005,
              "rules": [{"id": "v", "description": "visit", "counts": "visit.paired-household", "points": 0.125,
                         "cap": 12.5, "direction": "ADD"},
                        {"id": "w", "description": "walk", "counts": "walk", "points": 1.50,
                         "cap": 9.999, "direction": "ADD"}]}]}
            """), "rules.json"));

    assertThat(error.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactlyInAnyOrder(
        "$.ruleSets[0].base: must have at most 2 decimal places, was 100.005",
        "$.ruleSets[0].rules[0].points: must have at most 2 decimal places, was 0.125",
        "$.ruleSets[0].rules[1].cap: must have at most 2 decimal places, was 9.999");
  }

  @Test
  void aRuleSetOfMoreRulesThanAllowedIsOneProblemNamingItsRules() {
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i <= org.grid.assessment.model.RuleSet.MAX_RULES; i++) {
      rules.append(i == 0 ? "" : ",").append("{\"id\": \"v").append(i).append(
          "\", \"description\": \"visit\", \"counts\": \"visit\", \"points\": 1, \"direction\": \"ADD\"}");
    }
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> RuleSetsJsonReader.create()
        .read(utf8("{\"ruleSets\": [{\"id\": \"r/2025\", \"subjectKind\": \"party-member/with-post\", "
            + "\"validFrom\": \"2025-01-01\", \"validUntil\": \"2026-01-01\", \"base\": 100, \"rules\": ["
            + rules + "]}]}"), "rules.json"));

    assertThat(error.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "$.ruleSets[0].rules: has 201 rules; a rule set may have at most 200");
  }

  @Test
  void knowledgeChecksReadIntoRecordsWhoseCheckIdsNameMemberKindAndDay() {
    List<KnowledgeCheckRecord> records = KnowledgeChecksJsonReader.create().read(utf8("""
        {"note": "2025", "knowledgeChecks": [{"member": "S001", "dailyReportsDue": 250, "dailyReportsMade": 240,
          "weekly": [{"date": "2025-01-06", "score": 90}, {"date": "2025-01-13T09:00:00+08:00", "score": 80.5}],
          "monthly": [{"date": "2025-01-27", "score": 86.50}]}]}
        """), "checks.json");

    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.member()).isEqualTo(SubjectId.of("S001"));
      assertThat(record.dailyReportsDue()).isEqualTo(250);
      assertThat(record.dailyReportsMade()).isEqualTo(240);
      assertThat(record.weeklyChecks()).containsExactly(
          new CheckResult(EvidenceId.of("S001/weekly/2025-01-06"), LocalDate.of(2025, 1, 6), new BigDecimal("90")),
          new CheckResult(EvidenceId.of("S001/weekly/2025-01-13"), LocalDate.of(2025, 1, 13),
              new BigDecimal("80.5")));
      assertThat(record.monthlyAssessments()).containsExactly(new CheckResult(
          EvidenceId.of("S001/monthly/2025-01-27"), LocalDate.of(2025, 1, 27), new BigDecimal("86.5")));
    });
  }

  @Test
  void everyProblemOfAKnowledgeCheckFileIsReportedWithItsPath() {
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> KnowledgeChecksJsonReader
        .create().read(utf8("""
            {"knowledgeChecks": [
              {"member": "S001", "dailyReportsDue": 10, "dailyReportsMade": 11,
               "weekly": [{"date": "2025-01-06", "score": 101}, {"date": "2025-01-06", "score": 90}],
               "monthly": [{"date": "2025-01-27", "score": 86, "name": "王"}]},
              {"member": "S001", "dailyReportsDue": 1, "dailyReportsMade": 1, "weekly": [], "monthly": []},
              {"member": "S002", "dailyReportsDue": -1, "dailyReportsMade": 0, "monthly": []}]}
            """), "checks.json"));

    assertThat(error.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.knowledgeChecks[0].dailyReportsMade",
        "$.knowledgeChecks[0].weekly[0].score",
        "$.knowledgeChecks[0].weekly[1].date",
        "$.knowledgeChecks[0].monthly[0].name",
        "$.knowledgeChecks[1].member",
        "$.knowledgeChecks[2].dailyReportsDue",
        "$.knowledgeChecks[2].weekly");
    assertThat(error.getMessage())
        .contains("$.knowledgeChecks[0].dailyReportsMade: must not exceed dailyReportsDue (10), was 11")
        .contains("$.knowledgeChecks[0].weekly[1].date: a weekly check on 2025-01-06 is listed twice "
            + "(first at $.knowledgeChecks[0].weekly[0])")
        .contains("$.knowledgeChecks[1].member: S001 is listed twice (first at $.knowledgeChecks[0])")
        .doesNotContain("王");
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
  void decimalsAreReadAsWrittenNotThroughADouble() {
    String grid = """
        {"grids": [{"id": "N1", "township": "T01",
          "measures": {"VISIT_COMPLIANCE": %s, "PAIRING_COVERAGE": 0.9, "MEETING_COMPLIANCE": 0.9,
                       "ON_TIME_RESOLUTION": 0.9, "SATISFACTION": 0.9, "RESOLVED_AT_VILLAGE_TIER": %s}}]}
        """;
    // Through a double the first would be 1 (and a share), the second 0.9003.
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> GridMeasuresJsonReader.create()
        .read(utf8(grid.formatted("1.0000000000000000001", "1e-999999999")), "grids.json"));
    assertThat(error.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "$.grids[0].measures.VISIT_COMPLIANCE: must be a share from 0 to 1, was 1.0000000000000000001",
        "$.grids[0].measures.RESOLVED_AT_VILLAGE_TIER: must have at most 100 decimal places, was 1E-999999999");
    assertThat(GridMeasuresJsonReader.create().read(utf8(grid.formatted("0.90030000000000000001", "0.9")),
        "grids.json").get(0).values()).containsValue(new BigDecimal("0.90030000000000000001"));
    // Zero with an exponent of a billion is zero, kept to at most 100 places: no sum with it costs more.
    assertThat(GridMeasuresJsonReader.create().read(utf8(grid.formatted("0e999999999", "0e-999999999")),
        "grids.json").get(0).values().values()).allSatisfy(v -> assertThat(v.scale()).isBetween(0, 100));

    JsonInputException points = catchThrowableOfType(JsonInputException.class, () -> RuleSetsJsonReader.create()
        .read(utf8("""
            {"ruleSets": [{"id": "r/2025", "subjectKind": "party-member/with-post", "validFrom": "2025-01-01",
              "validUntil": "2026-01-01", "base": 100,
              "rules": [{"id": "v", "description": "visit", "counts": "c", "points": 1.000000000000000000001,
                         "direction": "ADD"}]}]}
            """), "rules.json"));
    assertThat(points.problems()).extracting(JsonProblem::path).containsExactly("$.ruleSets[0].rules[0].points");
  }

  @Test
  void anEmptyPartyMemberListIsAProblemOfTheFile() {
    JsonInputException error = catchThrowableOfType(JsonInputException.class,
        () -> PartyMembersJsonReader.create().read(utf8("{\"partyMembers\": []}"), "members.json"));

    assertThat(error.problems()).containsExactly(
        new JsonProblem("$.partyMembers", "must list at least one party member"));
  }

  @Test
  void aGridsTownshipIsATownshipIdWithoutControlOrFormatCharacters() {
    String grid = """
        {"grids": [{"id": "N1", "township": "%s",
          "measures": {"VISIT_COMPLIANCE": 1, "PAIRING_COVERAGE": 1, "MEETING_COMPLIANCE": 1,
                       "ON_TIME_RESOLUTION": 1, "SATISFACTION": 1, "RESOLVED_AT_VILLAGE_TIER": 1}}]}
        """;
    for (String township : List.of("T01\\u001b[1A", "T01\\u202e")) {
      JsonInputException error = catchThrowableOfType(JsonInputException.class,
          () -> GridMeasuresJsonReader.create().read(utf8(grid.formatted(township)), "grids.json"));
      assertThat(error.problems()).extracting(JsonProblem::path).containsExactly("$.grids[0].township");
    }
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
