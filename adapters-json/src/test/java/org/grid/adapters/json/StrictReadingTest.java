package org.grid.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.util.List;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader of the adapter is equally strict: a duplicate key, content after the JSON value and a field the format
 * does not have are refused, and two problems of one file are reported together, each with its JSON path.
 */
class StrictReadingTest {

  private static final String TOWNSHIP_JSON = """
      {"township": {"id": "T1", "county": "C1", "name": "示范乡"},
       "villages": [
         {"id": "V1", "name": "五都村", "units": [{"id": "V1-G1", "name": "1组", "households": 2, "tags": ["tea"]},
                                               {"id": "V1-G2", "name": "2组", "households": 1}]},
         {"id": "V2", "name": "石门村", "units": [{"id": "V2-G1", "name": "1组", "households": 1}]}]}
      """;

  private static final Township TOWNSHIP = TownshipJsonReader.create().read(utf8(TOWNSHIP_JSON), "township.json");

  private static final String PLAN_JSON = """
      {"township": "T1", "policy": {"targetHouseholds": 200, "districts": 1},
       "grids": [{"id": "N1", "village": "V1", "units": ["V1-G1", "V1-G2"], "households": 3},
                 {"id": "N2", "village": "V2", "units": ["V2-G1"]}],
       "districts": [{"id": "D1", "grids": ["N1", "N2"]}],
       "metrics": {"cutEdges": 0}, "violations": []}
      """;

  /**
   * One reader with a valid input, its first key, a misspelled or foreign field (text replaced, and the path it is
   * reported at) and a second, different problem (text replaced, and its path).
   */
  record Case(String name, JsonReader<?> reader, String valid, String firstKey,
      String unknownFrom, String unknownTo, String unknownPath,
      String otherFrom, String otherTo, String otherPath) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> readers() {
    return Stream.of(
        new Case("township", TownshipJsonReader.create(), TOWNSHIP_JSON, "township",
            "\"tags\"", "\"tagz\"", "$.villages[0].units[0].tagz",
            "\"households\": 2", "\"households\": 0", "$.villages[0].units[0].households"),
        new Case("household register", HouseholdRegisterJsonReader.create(TOWNSHIP), """
            {"township": "T1", "households": [{"id": "H1", "unit": "V1-G1", "careTags": ["HARDSHIP"]},
              {"id": "H2", "unit": "V1-G1"}, {"id": "H3", "unit": "V1-G2"}, {"id": "H4", "unit": "V2-G1"}]}
            """, "township",
            "\"careTags\"", "\"caretags\"", "$.households[0].caretags",
            "\"unit\": \"V1-G2\"", "\"unit\": \"V9-G2\"", "$.households[2].unit"),
        new Case("plan", PlanJsonReader.create(), PLAN_JSON, "township",
            "\"targetHouseholds\"", "\"targetHousehold\"", "$.policy.targetHousehold",
            "\"id\": \"N2\"", "\"id\": \" \"", "$.grids[1].id"),
        new Case("served grids", ServedGridsJsonReader.create(TOWNSHIP), PLAN_JSON, "township",
            "\"households\": 3", "\"houseHolds\": 3", "$.grids[0].houseHolds",
            "[\"V2-G1\"]", "[\"V9-G1\"]", "$.grids[1].units[0]"),
        new Case("roster", RosterJsonReader.create(TOWNSHIP), """
            {"township": "T1", "people": [{"id": "P1", "name": "王书记", "roles": ["VILLAGE_CADRE"],
              "village": "V1", "unit": "V1-G2", "party": "WITH_POST", "phone": "personal, not read"}]}
            """, "township",
            "\"party\"", "\"parti\"", "$.people[0].parti",
            "\"roles\": [\"VILLAGE_CADRE\"]", "\"roles\": [\"CADRE\"]", "$.people[0].roles[0]"),
        new Case("duty log", DutyLogJsonReader.create(TOWNSHIP.id()), """
            {"township": "T1", "entries": [{"type": "visit", "visitor": "P1", "household": "H1",
              "at": "2025-02-11T10:00:00+08:00", "round": "R1"}]}
            """, "township",
            "\"round\"", "\"rund\"", "$.entries[0].rund",
            "\"at\": \"2025-02-11T10:00:00+08:00\"", "\"at\": \"yesterday\"", "$.entries[0].at"),
        new Case("rule sets", RuleSetsJsonReader.create(), """
            {"example": true, "ruleSets": [{"id": "r/2025", "subjectKind": "party-member/with-post",
              "validFrom": "2025-01-01", "validUntil": "2026-01-01", "base": 100,
              "rules": [{"id": "v", "description": "visit", "counts": "visit.paired-household", "points": 1,
                         "cap": 12, "direction": "ADD"}]}]}
            """, "example",
            "\"cap\"", "\"cpa\"", "$.ruleSets[0].rules[0].cpa",
            "\"points\": 1", "\"points\": -1", "$.ruleSets[0].rules[0].points"),
        new Case("evidence", EvidenceJsonReader.create(), """
            {"evidence": [{"id": "E1", "type": "visit.paired-household", "subject": "P001", "date": "2025-01-10",
              "attributes": {"kind": "月访"}}]}
            """, "evidence",
            "\"attributes\"", "\"attributs\"", "$.evidence[0].attributs",
            "\"date\": \"2025-01-10\"", "\"date\": \"soon\"", "$.evidence[0].date"),
        new Case("party members", PartyMembersJsonReader.create(), """
            {"partyMembers": [{"id": "P001", "village": "T01-V04", "class": "WITH_POST"}]}
            """, "partyMembers",
            "\"class\": \"WITH_POST\"", "\"class\": \"WITH_POST\", \"name\": \"王\"", "$.partyMembers[0].name",
            "\"id\": \"P001\"", "\"id\": \"\"", "$.partyMembers[0].id"),
        new Case("grid measures", GridMeasuresJsonReader.create(), """
            {"grids": [{"id": "N1", "township": "T01",
              "measures": {"VISIT_COMPLIANCE": 0.94, "PAIRING_COVERAGE": 0.92, "MEETING_COMPLIANCE": 0.98,
                           "ON_TIME_RESOLUTION": 0.91, "SATISFACTION": 0.97, "RESOLVED_AT_VILLAGE_TIER": 0.95},
              "basis": {"VISIT_COMPLIANCE": "46 of 49 visits"}}]}
            """, "grids",
            "\"basis\"", "\"bases\"", "$.grids[0].bases",
            "\"SATISFACTION\": 0.97", "\"SATISFACTION\": 1.5", "$.grids[0].measures.SATISFACTION"),
        new Case("knowledge checks", KnowledgeChecksJsonReader.create(), """
            {"knowledgeChecks": [{"member": "S001", "dailyReportsDue": 250, "dailyReportsMade": 240,
              "weekly": [{"date": "2025-01-06", "score": 90}], "monthly": [{"date": "2025-01-27", "score": 86.5}]}]}
            """, "knowledgeChecks",
            "\"dailyReportsMade\": 240", "\"dailyReportsMade\": 240, \"name\": \"王\"", "$.knowledgeChecks[0].name",
            "\"score\": 90", "\"score\": 90.125", "$.knowledgeChecks[0].weekly[0].score"),
        new Case("work calendar", WorkCalendarJsonReader.create(), """
            {"zone": "Asia/Shanghai", "endOfWorkingDay": "17:30", "restDays": ["SATURDAY", "SUNDAY"],
             "holidays": ["2026-10-01"], "makeUpWorkingDays": ["2026-10-10"]}
            """, "zone",
            "\"makeUpWorkingDays\"", "\"makeupWorkingDays\"", "$.makeupWorkingDays",
            "\"Asia/Shanghai\"", "\"Mars/Olympus\"", "$.zone"),
        new Case("routing table", RoutingTableJsonReader.create(), """
            {"routes": [{"county": "C1", "category": "land", "department": "natural-resources"}]}
            """, "routes",
            "{\"routes\"", "{\"exmaple\": true, \"routes\"", "$.exmaple",
            "\"county\": \"C1\"", "\"county\": \" \"", "$.routes[0].county"),
        new Case("staff directory", StaffDirectoryJsonReader.create(), """
            {"staff": [{"person": "p1", "role": "leader", "from": "2026-01-01T00:00+08:00", "until": "2027-01-01T00:00+08:00",
                        "office": {"tier": "DISTRICT_GRID", "county": "C1", "township": "T01", "unit": "T01-D1"}}]}
            """, "staff",
            "\"until\"", "\"untill\"", "$.staff[0].untill",
            "\"unit\": \"T01-D1\"", "\"unit\": \"T01-D1\", \"village\": \"T01-V04\"", "$.staff[0].office.village"),
        new Case("scenario", ScenarioJsonReader.create(), """
            {"start": "2026-03-02T08:00+08:00",
             "calendar": {"zone": "Asia/Shanghai", "endOfWorkingDay": "17:30", "restDays": ["SATURDAY", "SUNDAY"]},
             "steps": [{"at": "2026-03-02T09:00+08:00", "command": "report", "request": "R1",
                        "actor": {"citizen": "p1"},
                        "place": {"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04",
                                  "grid": "T01-V04-N1"},
                        "category": "land", "description": "fence", "urgency": "URGENT"}]}
            """, "start",
            "\"urgency\"", "\"urgancy\"", "$.steps[0].urgancy",
            "\"start\": \"2026-03-02T08:00+08:00\"", "\"start\": \"monday\"", "$.start"),
        new Case("request export", RequestExportJsonReader.create(), """
            {"requests": [{"id": "R1", "state": "REPORTED", "tier": "VILLAGE_GRID",
              "holder": "VILLAGE_GRID:T01-V04-N1", "holderPath": ["C1", "T01", "T01-D1", "T01-V04", "T01-V04-N1"],
              "version": 1, "category": "land", "nextDeadline": "2026-03-03T17:30+08:00",
              "step": {"kind": "ACCEPT", "deadline": "2026-03-03T17:30+08:00", "reminded": false},
              "suspendedDays": 0, "reopenedAtTier": false,
              "history": [{"seq": 0, "at": "2026-03-02T09:00+08:00", "kind": "REPORTED", "actor": "p1 (citizen)",
                           "by": {"citizen": "p1"}, "state": "REPORTED", "holder": "VILLAGE_GRID:T01-V04-N1",
                           "form": {"type": "report", "reporter": "p1", "grid": "T01-V04-N1",
                                    "place": {"county": "C1", "township": "T01", "district": "T01-D1",
                                              "village": "T01-V04", "grid": "T01-V04-N1"},
                                    "category": "land", "description": "fence", "urgency": "NORMAL"}}],
              "appliedCommands": [{"id": "step-0"}]}]}
            """, "requests",
            "\"appliedCommands\"", "\"appliedcommands\"", "$.requests[0].appliedcommands",
            "\"kind\": \"ACCEPT\"", "\"kind\": \"ACCEPTANCE\"", "$.requests[0].step.kind"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theValidInputReads(Case c) {
    assertThat(c.reader().read(utf8(c.valid()), "valid.json")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void aDuplicateKeyIsRefusedWithItsPath(Case c) {
    String text = c.valid().replaceFirst("\\{", "{\"" + c.firstKey() + "\": 0, ");

    List<JsonProblem> problems = problems(c, text);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$." + c.firstKey() + " (line ");
      assertThat(p.message()).contains("Duplicate field '" + c.firstKey() + "'");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void trailingContentIsRefused(Case c) {
    List<JsonProblem> problems = problems(c, c.valid() + "\n{}");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$");
      assertThat(p.message()).contains("malformed JSON").contains("Trailing token");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void anUnknownFieldIsRefusedWithItsPath(Case c) {
    List<JsonProblem> problems = problems(c, replaceOnce(c.valid(), c.unknownFrom(), c.unknownTo()));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(c.unknownPath());
      assertThat(p.message()).startsWith("is not a field of this format");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void twoProblemsAreReportedAtOnce(Case c) {
    String text = replaceOnce(replaceOnce(c.valid(), c.unknownFrom(), c.unknownTo()), c.otherFrom(), c.otherTo());

    JsonInputException error =
        catchThrowableOfType(JsonInputException.class, () -> c.reader().read(utf8(text), "bad.json"));

    assertThat(error).as("reading must fail").isNotNull();
    assertThat(error.problems()).extracting(JsonProblem::path)
        .containsExactlyInAnyOrder(c.unknownPath(), c.otherPath());
    assertThat(error.getMessage()).startsWith("bad.json: 2 problems")
        .contains(c.unknownPath()).contains(c.otherPath());
  }

  private static List<JsonProblem> problems(Case c, String text) {
    JsonInputException error =
        catchThrowableOfType(JsonInputException.class, () -> c.reader().read(utf8(text), "bad.json"));
    assertThat(error).as("reading must fail:%n%s", text).isNotNull();
    assertThat(error.source()).isEqualTo("bad.json");
    return error.problems();
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("%s in %s", from, text).isNotNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
