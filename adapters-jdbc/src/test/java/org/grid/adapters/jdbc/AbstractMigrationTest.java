package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.grid.adapters.jdbc.assessment.JdbcEvidenceSource;
import org.grid.adapters.jdbc.assessment.JdbcRuleSetRepository;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.adapters.jdbc.jurisdiction.JdbcTownshipRepository;
import org.grid.adapters.jdbc.team.JdbcPersonRepository;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.ScoringRule;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Visibility;
import org.grid.escalation.model.RuleContext;
import org.grid.escalation.model.Tier;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/**
 * Migrating an empty database, older schemas with data in them (V1 with a township, V3 with a rule set, request
 * forms across V6, grid ids of 80 characters from V7, a township without a county across V9, a request without a
 * current category across V12), and a schema shared with the embedder's tables.
 */
abstract class AbstractMigrationTest {

  /** Returns a fresh database of the dialect under test. */
  protected abstract TestDatabase freshDatabase();

  private static final Township TOWNSHIP = Township.builder(CountyId.of("C1"), TownshipId.of("T1"), "示范乡")
      .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 54))))
      .build();

  private static final Evidence EVIDENCE = Evidence.of("E1", "visit.paired-household", "P001",
      LocalDate.of(2025, 3, 1), Map.of("household", "H1"));

  private static final RuleSet RULE_SET = RuleSet.of("pm/2025", "party-member/with-post", AssessmentPeriod.year(2025),
      "100", List.of(ScoringRule.of("visit", "走访 +1", "visit.paired-household", Map.of(), "1", "12", Direction.ADD)));

  @Test
  void anEmptyDatabaseGetsEveryMigrationOnceAndASecondRunNone() {
    try (TestDatabase database = freshDatabase()) {
      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isGreaterThanOrEqualTo(2);
      assertThat(GridSchema.migrate(database.dataSource())).isZero();
      assertThat(appliedVersions(database)).contains("1", "3", "4", "5", "6", "7", "8", "9", "10", "12");
    }
  }

  /**
   * A schema a newer grid release migrated (an applied version this release has no migration for) is refused, naming
   * both versions, before anything is written: this release could otherwise write rows the newer schema does not
   * expect. Flyway by itself would ignore the newer version and go on.
   */
  @Test
  void aSchemaMigratedByANewerReleaseIsRefusedNamingBothVersions() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrate(database.dataSource());
      List<String> known = appliedVersions(database);
      int newest = known.stream().mapToInt(Integer::parseInt).max().orElseThrow();
      List<String> columns = List.of("installed_rank", "version", "description", "type", "script", "checksum",
          "installed_by", "execution_time", "success");
      execute(database, "INSERT INTO " + quoted(database, GridSchema.HISTORY_TABLE) + " ("
          + String.join(", ", columns.stream().map(c -> quoted(database, c)).toList()) + ") VALUES (999, '999', "
          + "'from a newer release', 'SQL', 'V999__from_a_newer_release.sql', 0, 'test', 1, TRUE)");

      assertThatThrownBy(() -> GridSchema.migrate(database.dataSource()))
          .isInstanceOf(JdbcAdapterException.class)
          .hasMessageContaining("version 999")
          .hasMessageContaining("newest migration this release knows is " + newest)
          .hasMessageContaining("newer grid release");
      assertThat(appliedVersions(database)).as("nothing written").hasSize(known.size() + 1);
    }
  }

  @Test
  void anOlderSchemaWithDataMigratesAndKeepsTheData() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      assertThat(GridSchema.migrateTo(database.dataSource(), "1")).isEqualTo(1);
      insertTownshipWithoutCounty(database);

      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isPositive();
      // V9 leaves the county of a township stored before it unset (see its script); setting it is the repair.
      execute(database, "UPDATE grid_township SET county_id = 'C1' WHERE county_id IS NULL");
      assertThat(new JdbcTownshipRepository(database.dataSource()).findById(TOWNSHIP.id())).contains(TOWNSHIP);
      // The tables of later migrations (V4: people) are there and empty.
      JdbcPersonRepository people = new JdbcPersonRepository(database.dataSource());
      assertThat(people.findByTownship(TOWNSHIP.id())).isEmpty();
      Person secretary = Person.of(PersonId.of("P1"), "王书记", VillageId.of("V1"), PartyMembership.WITH_POST,
          List.of(Role.VILLAGE_PARTY_SECRETARY));
      people.save(TOWNSHIP.id(), secretary);
      assertThat(people.findByVillage(TOWNSHIP.id(), VillageId.of("V1"))).containsExactly(secretary);
      JdbcEvidenceSource evidence = new JdbcEvidenceSource(database.dataSource());
      evidence.add(List.of(EVIDENCE));
      assertThat(evidence.evidence(AssessmentPeriod.year(2025))).containsExactly(EVIDENCE);
    }
  }

  /**
   * Version 6 moves each form from {@code grid_request_form} into its history row: every form column of every
   * kind arrives unchanged, entries without a form get none, and a request stored before loads as it was.
   */
  @Test
  void formsStoredBeforeVersion6MoveIntoTheirHistoryRows() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "5");
      long due = 1_772_530_200_000_000_000L;
      insertReportedRequest(database, due, "C1", 1);
      String entry = "INSERT INTO grid_request_history (request_id, seq, at, actor_kind, actor_person, actor_name, "
          + "kind, state, holder_tier, holder_unit) VALUES ('R1', %d, %d, '%s', %s, %s, 'REPORTED', 'REPORTED', "
          + "'VILLAGE_GRID', 'T01-V04-N1')";
      execute(database, String.format(entry, 0, due - 30_000_000_000_000L, "CITIZEN", "'citizen'", "NULL"));
      execute(database, "INSERT INTO grid_request_form (request_id, seq, kind) VALUES ('R1', 0, 'REPORT')");
      execute(database, "INSERT INTO grid_request_command (request_id, command_id, ord) VALUES ('R1', 'r-1', 0)");
      // Rows only for the copy: R1's loaded history is its first row; these sit past its history_size.
      for (int seq = 1; seq <= 4; seq++) {
        execute(database, String.format(entry, seq, due + seq, "SYSTEM", "NULL", "'sweep'"));
      }
      execute(database, "INSERT INTO grid_request_form (request_id, seq, kind, office_tier, office_unit, assignee, "
          + "due_by) VALUES ('R1', 1, 'ASSIGNMENT', 'TOWNSHIP', 'T01', 'p-7', 11)");
      execute(database, "INSERT INTO grid_request_form (request_id, seq, kind, office_tier, office_unit, missed, "
          + "missed_deadline, grace_until) VALUES ('R1', 2, 'REMINDER', 'VILLAGE_GRID', 'T01-V04-N1', 'ACCEPT', 12, "
          + "13)");
      execute(database, "INSERT INTO grid_request_form (request_id, seq, kind, result, rating) "
          + "VALUES ('R1', 3, 'FEEDBACK', '已疏通 \"渠\" 😀', 'SATISFIED')");

      GridSchema.migrate(database.dataSource());

      List<String> rows = new ArrayList<>();
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT seq, form_kind, form_office_tier, form_office_unit, "
              + "form_assignee, form_due_by, form_missed, form_missed_deadline, form_grace_until, form_result, "
              + "form_rating FROM grid_request_history ORDER BY seq")) {
        while (result.next()) {
          List<String> cells = new ArrayList<>();
          for (int column = 1; column <= 11; column++) {
            cells.add(result.getString(column));
          }
          rows.add(String.join("|", cells));
        }
      }
      assertThat(rows).containsExactly(
          "0|REPORT|null|null|null|null|null|null|null|null|null",
          "1|ASSIGNMENT|TOWNSHIP|T01|p-7|11|null|null|null|null|null",
          "2|REMINDER|VILLAGE_GRID|T01-V04-N1|null|null|ACCEPT|12|13|null|null",
          "3|FEEDBACK|null|null|null|null|null|null|null|已疏通 \"渠\" 😀|SATISFIED",
          "4|null|null|null|null|null|null|null|null|null|null");
      execute(database, "DELETE FROM grid_request_history WHERE seq > 0");
      Request loaded = new JdbcRequestRepository(database.dataSource()).findById(RequestId.of("R1")).orElseThrow();
      assertThat(loaded.report().description()).isEqualTo("围墙挡住了水渠");
      assertThat(loaded.history()).singleElement()
          .satisfies(report -> assertThat(report.form()).isEqualTo(loaded.report()));
    }
  }

  /**
   * Version 7 widens the request's grid and every office unit column from 64 to 80 characters, the length of a
   * {@code GridId}: a request on a grid with an 80-character id cannot be saved before it and round-trips after it.
   * Each column keeps its nullability and the collation of the other id columns, and the monitoring index over
   * {@code (tier, grid_id, id)} is still there and answers {@code findOpen}.
   */
  @Test
  void version7WidensTheGridAndOfficeUnitColumnsSoAnEightyCharacterGridIdIsStored() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "6");
      Map<String, ColumnType> before = columnTypes(database);
      assertThat(before).hasSize(WIDENED.size())
          .allSatisfy((column, type) -> assertThat(type.size()).as(column).isEqualTo(64));
      String gridId = "T01-V04-" + "网".repeat(GridId.MAX_LENGTH - 9) + "N";
      Place place = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
          VillageId.of("T01-V04"), GridId.of(gridId));
      Request request = EscalationSamples.reported("R80", place, EscalationSamples.at("2026-03-02T09:00"));
      assertThat(request.holder().unit()).hasSize(80);
      JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
      assertThatThrownBy(() -> repository.save(request, 0)).isInstanceOf(JdbcAdapterException.class);
      assertThat(repository.count()).isZero();

      assertThat(GridSchema.migrate(database.dataSource())).isPositive();

      assertThat(appliedVersions(database)).contains("7");
      Map<String, ColumnType> after = columnTypes(database);
      assertThat(after.keySet()).isEqualTo(before.keySet());
      after.forEach((column, type) -> {
        assertThat(type.size()).as(column).isEqualTo(80);
        assertThat(type.nullable()).as(column).isEqualTo(before.get(column).nullable());
        assertThat(type.collation()).as(column).isEqualTo(before.get(column).collation());
      });
      assertThat(after.get("grid_request.grid_id").nullable()).isFalse();
      assertThat(after.get("grid_request.complaint_unit").nullable()).isTrue();
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_tier_grid"))
          .containsExactly("tier", "grid_id", "id");

      assertThat(repository.save(request, 0)).isTrue();
      assertThat(repository.findById(request.id()).orElseThrow().snapshot()).isEqualTo(request.snapshot());
      assertThat(repository.findOpen(Tier.VILLAGE_GRID, GridId.of(gridId))).extracting(Request::id)
          .containsExactly(request.id());
      // NOT NULL is still enforced after the change of type.
      assertThatThrownBy(() -> execute(database, "UPDATE grid_request SET grid_id = NULL"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(database, "UPDATE grid_request SET holder_unit = NULL"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(database, "UPDATE grid_request_history SET holder_unit = NULL"))
          .isInstanceOf(SQLException.class);
      // 80 characters is the new limit, not a column without one.
      assertThatThrownBy(() -> execute(database, "UPDATE grid_request SET grid_id = '" + gridId + "x'"))
          .isInstanceOf(SQLException.class);
    }
  }

  /**
   * Version 10 adds the staff and place directories' tables and the digest of each applied command. A request
   * stored before it keeps its rows: its commands read back with the empty digest (none known), and its offices,
   * stored as (tier, unit), are rebuilt beside its place with their whole path.
   */
  @Test
  void aRequestStoredBeforeVersion10ReadsBackWithoutDigestsAndWithOfficesByPath() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "9");
      long due = 1_772_530_200_000_000_000L;
      insertReportedRequest(database, due, "C2", 2);
      execute(database, "INSERT INTO grid_request_history (request_id, seq, at, actor_kind, actor_person, kind, "
          + "state, holder_tier, holder_unit, form_kind) VALUES ('R1', 0, " + (due - 30_000_000_000_000L)
          + ", 'CITIZEN', 'citizen', 'REPORTED', 'REPORTED', 'VILLAGE_GRID', 'T01-V04-N1', 'REPORT')");
      execute(database, "INSERT INTO grid_request_command (request_id, command_id, ord) VALUES ('R1', 'r-1', 0)");
      execute(database, "INSERT INTO grid_request_command (request_id, command_id, ord) VALUES ('R1', 'r-0', 1)");

      // To the latest version: the repository reads the columns of every version (V12's too).
      assertThat(GridSchema.migrate(database.dataSource())).isPositive();

      assertThat(appliedVersions(database)).contains("10");
      Request request = new JdbcRequestRepository(database.dataSource()).findById(RequestId.of("R1")).orElseThrow();
      assertThat(request.appliedCommands().asMap()).containsExactly(
          Map.entry(CommandId.of("r-1"), ""),
          Map.entry(CommandId.of("r-0"), ""));
      assertThat(request.holder().path()).containsExactly("C2", "T01", "T01-D1", "T01-V04", "T01-V04-N1");
      assertThat(request.history().get(0).holder()).isEqualTo(request.holder());
      // The directories' tables are there and empty.
      assertThat(new JdbcPlaceDirectory(database.dataSource())
          .contains(request.report().place())).isFalse();
      assertThat(new JdbcStaffDirectory(database.dataSource())
          .servingAt(request.holder(), Instant.EPOCH)).isEmpty();
    }
  }

  /**
   * Version 12 adds the current category of a request beside its report's, and each history row's category and
   * original. A request stored before it reads back with its report's category as its current one and history rows
   * without either; it can then be recategorized and closed as a duplicate, and stored again. The new column is NOT
   * NULL without a default, so a row must name it.
   */
  @Test
  void aRequestStoredBeforeVersion12ReadsBackWithItsReportsCategoryAndCanBeCorrected() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "10");
      long due = 1_772_530_200_000_000_000L;
      insertReportedRequest(database, due, "C1", 1);
      execute(database, "INSERT INTO grid_request_history (request_id, seq, at, actor_kind, actor_person, kind, "
          + "state, holder_tier, holder_unit, form_kind) VALUES ('R1', 0, " + (due - 30_000_000_000_000L)
          + ", 'CITIZEN', 'citizen', 'REPORTED', 'REPORTED', 'VILLAGE_GRID', 'T01-V04-N1', 'REPORT')");
      execute(database, "INSERT INTO grid_request_command (request_id, command_id, ord, digest) "
          + "VALUES ('R1', 'r-1', 0, NULL)");

      assertThat(GridSchema.migrate(database.dataSource())).isPositive();

      assertThat(appliedVersions(database)).contains("12");
      JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
      Request stored = repository.findById(RequestId.of("R1")).orElseThrow();
      assertThat(stored.category()).isEqualTo(Category.of("land"));
      assertThat(stored.report().category()).isEqualTo(Category.of("land"));
      assertThat(stored.history()).singleElement().satisfies(entry -> {
        assertThat(entry.category()).isNull();
        assertThat(entry.duplicateOf()).isNull();
      });

      Actor village = Actor.staff(PersonId.of("leader"), "leader", stored.holder());
      RuleContext ctx = new RuleContext(Instant.ofEpochSecond(0, due - 20_000_000_000_000L),
          EscalationSamples.CALENDAR, EscalationSamples.POLICY);
      Request recategorized = ((CommandOutcome.Applied) stored.recategorize(CommandId.of("r-2"), village,
          Category.of("pension"), "a pension", ctx)).request();
      assertThat(repository.save(recategorized, 1)).isTrue();
      Request duplicate = ((CommandOutcome.Applied) recategorized.closeAsDuplicate(CommandId.of("r-3"), village,
          RequestId.of("R0"), "the same", ctx)).request();
      assertThat(repository.save(duplicate, 2)).isTrue();
      assertThat(repository.findById(RequestId.of("R1")).orElseThrow().snapshot()).isEqualTo(duplicate.snapshot());
      assertThat(queryText(database, "SELECT category, current_category FROM grid_request WHERE id = 'R1'"))
          .isEqualTo("land|pension");

      assertThatThrownBy(() -> execute(database, "UPDATE grid_request SET current_category = NULL"))
          .isInstanceOf(SQLException.class);
      execute(database, "DELETE FROM grid_request_command");
      execute(database, "DELETE FROM grid_request_history");
      execute(database, "DELETE FROM grid_request");
      assertThatThrownBy(() -> insertReportedRequest(database, due, "C1", 1)).isInstanceOf(SQLException.class);
    }
  }

  /**
   * Version 15 gives every request its report time (the list order of {@code findPage}), filled for requests stored
   * before it from their first history entry, and the indexes the lists read.
   */
  @Test
  void aRequestStoredBeforeVersion15GetsItsReportTimeAndIsListed() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "14");
      long due = 1_772_530_200_000_000_000L;
      long reported = due - 30_000_000_000_000L;
      execute(database, "INSERT INTO grid_request (id, version, state, tier, holder_unit, next_deadline, step_kind, "
          + "step_deadline, reminded, paused_reminded, suspended_days, reopened_at_tier, reporter, county_id, "
          + "township_id, district_id, village_id, grid_id, category, current_category, description, urgency, "
          + "history_size, command_count, returned_count) VALUES ('R1', 1, 'REPORTED', 'VILLAGE_GRID', "
          + "'T01-V04-N1', " + due + ", 'ACCEPT', " + due + ", false, false, 0, false, 'citizen', 'C1', 'T01', "
          + "'T01-D1', 'T01-V04', 'T01-V04-N1', 'land', 'land', '围墙挡住了水渠', 'NORMAL', 1, 1, 0)");
      execute(database, "INSERT INTO grid_request_history (request_id, seq, at, actor_kind, actor_person, kind, "
          + "state, holder_tier, holder_unit, form_kind) VALUES ('R1', 0, " + reported
          + ", 'CITIZEN', 'citizen', 'REPORTED', 'REPORTED', 'VILLAGE_GRID', 'T01-V04-N1', 'REPORT')");
      execute(database, "INSERT INTO grid_request_command (request_id, command_id, ord) VALUES ('R1', 'r-1', 0)");

      assertThat(GridSchema.migrateTo(database.dataSource(), "15")).isEqualTo(1);

      assertThat(queryText(database, "SELECT reported_at FROM grid_request WHERE id = 'R1'"))
          .isEqualTo(Long.toString(reported));
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_reported"))
          .containsExactly("reported_at", "id", "county_id");
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_township_reported"))
          .containsExactly("township_id", "county_id", "reported_at", "id");
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_reporter_reported"))
          .containsExactly("reporter", "reported_at", "id");
      JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
      Request stored = repository.findById(RequestId.of("R1")).orElseThrow();
      assertThat(stored.reportedAt()).isEqualTo(Instant.ofEpochSecond(0, reported));
      RequestFilter county = RequestFilter.visibleTo(
          new Visibility(org.grid.escalation.model.Office.county(CountyId.of("C1")), null));
      assertThat(repository.findPage(county, null, 10)).extracting(Request::id).containsExactly(RequestId.of("R1"));
      assertThat(repository.findPage(county, PageCursor.after(stored), 10)).isEmpty();
    }
  }

  /**
   * Version 18 drops V10's index on (township, reporter), which the reporter's index of V15 covers, and keeps the
   * other indexes of grid_request; a reporter's free text is still erased, in the township asked only.
   */
  @Test
  void version18DropsTheReporterIndexOfVersion10AndKeepsTheOthers() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "17");
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_reporter"))
          .containsExactly("township_id", "reporter");

      assertThat(GridSchema.migrateTo(database.dataSource(), "18")).isEqualTo(1);

      assertThat(indexColumns(database, "grid_request", "ix_grid_request_reporter")).isEmpty();
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_reporter_reported"))
          .containsExactly("reporter", "reported_at", "id");
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_township_reported"))
          .containsExactly("township_id", "county_id", "reported_at", "id");
      assertThat(indexColumns(database, "grid_request", "ix_grid_request_due")).containsExactly("next_deadline", "id");
      long due = 1_772_530_200_000_000_000L;
      for (String[] request : new String[][] {{"R1", "T01"}, {"R2", "T02"}}) {
        execute(database, "INSERT INTO grid_request (id, version, state, tier, holder_unit, next_deadline, "
            + "step_kind, step_deadline, reminded, paused_reminded, suspended_days, reopened_at_tier, reporter, "
            + "county_id, township_id, district_id, village_id, grid_id, category, current_category, description, "
            + "urgency, history_size, command_count, returned_count, reported_at) VALUES ('" + request[0] + "', 1, "
            + "'REPORTED', 'VILLAGE_GRID', 'N1', " + due + ", 'ACCEPT', " + due + ", false, false, 0, false, "
            + "'citizen', 'C1', '" + request[1] + "', 'D1', 'V1', 'N1', 'land', 'land', '围墙挡住了水渠', 'NORMAL', "
            + "1, 0, 0, " + (due - 1) + ")");
        execute(database, "INSERT INTO grid_request_history (request_id, seq, at, actor_kind, actor_person, kind, "
            + "state, holder_tier, holder_unit, form_kind) VALUES ('" + request[0] + "', 0, " + (due - 1)
            + ", 'CITIZEN', 'citizen', 'REPORTED', 'REPORTED', 'VILLAGE_GRID', 'N1', 'REPORT')");
      }
      JdbcRequestRepository repository = new JdbcRequestRepository(database.dataSource());
      assertThat(repository.eraseFreeText(TownshipId.of("T01"), PersonId.of("citizen"), "[erased]")).isEqualTo(1);
      assertThat(queryText(database, "SELECT description FROM grid_request WHERE id = 'R1'")).isEqualTo("[erased]");
      assertThat(queryText(database, "SELECT description FROM grid_request WHERE id = 'R2'"))
          .isEqualTo("围墙挡住了水渠");
    }
  }

  /** Returns the first row of a query, its columns joined by {@code |}. */
  private static String queryText(TestDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).as(sql).isTrue();
      List<String> cells = new ArrayList<>();
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        cells.add(result.getString(column));
      }
      return String.join("|", cells);
    }
  }

  /**
   * Version 9 gives townships a county. A township stored before it keeps its rows but has no county, and none is
   * guessed: reading it names the table, the township and the column; saving it again with its county repairs it.
   */
  @Test
  void aTownshipStoredBeforeVersion9IsRefusedByNameUntilItIsSavedWithItsCounty() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "8");
      insertTownshipWithoutCounty(database);

      assertThat(GridSchema.migrateTo(database.dataSource(), "9")).isEqualTo(1);

      assertThat(appliedVersions(database)).contains("9");
      JdbcTownshipRepository townships = new JdbcTownshipRepository(database.dataSource());
      assertThat(townships.ids()).containsExactly(TOWNSHIP.id());
      assertThatThrownBy(() -> townships.findById(TOWNSHIP.id()))
          .isInstanceOfSatisfying(RowMappingException.class, e -> {
            assertThat(e.table()).isEqualTo("grid_township");
            assertThat(e.rowId()).isEqualTo("T1");
            assertThat(e.column()).isEqualTo("county_id");
          })
          .hasMessageContaining("is null");
      assertThatThrownBy(() -> townships.findVersioned(TOWNSHIP.id())).isInstanceOf(RowMappingException.class);

      townships.save(TOWNSHIP);

      assertThat(townships.findById(TOWNSHIP.id())).contains(TOWNSHIP);
      assertThat(townships.findById(TOWNSHIP.id()).orElseThrow().county()).isEqualTo(CountyId.of("C1"));
    }
  }

  /** Inserts the rows that {@code JdbcTownshipRepository} wrote for {@link #TOWNSHIP} before version 9. */
  private static void insertTownshipWithoutCounty(TestDatabase database) throws SQLException {
    execute(database, "INSERT INTO grid_township (id, name, adjacency_known, version) VALUES ('T1', '示范乡', false, 1)");
    execute(database, "INSERT INTO grid_village (township_id, id, ord, name) VALUES ('T1', 'V1', 0, '五都村')");
    execute(database, "INSERT INTO grid_unit (township_id, id, village_id, ord, name, households, x, y) "
        + "VALUES ('T1', 'U1', 'V1', 0, '1组', 54, NULL, NULL)");
  }

  @Test
  void aSchemaWithRuleSetsGetsTheEvidenceTablesAndKeepsTheRuleSets() {
    try (TestDatabase database = freshDatabase()) {
      assertThat(GridSchema.migrateTo(database.dataSource(), "3")).isEqualTo(3);
      new JdbcRuleSetRepository(database.dataSource()).save(RULE_SET);

      int applied = GridSchema.migrate(database.dataSource());

      assertThat(applied).isPositive();
      assertThat(appliedVersions(database)).contains("5");
      assertThat(new JdbcRuleSetRepository(database.dataSource()).findById(RULE_SET.id())).contains(RULE_SET);
      JdbcEvidenceSource evidence = new JdbcEvidenceSource(database.dataSource());
      evidence.add(List.of(EVIDENCE));
      assertThat(evidence.evidence(AssessmentPeriod.year(2025))).containsExactly(EVIDENCE);
    }
  }

  /**
   * Version 13 replaces the outbox: events stored by version 12 cannot be rewritten as CloudEvents, so the migration
   * refuses while any is left (deliver them with the previous release first) and drops nothing.
   */
  @Test
  void version13RefusesWhileTheOldOutboxHoldsEventsAndReplacesItOnceEmpty() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      GridSchema.migrateTo(database.dataSource(), "12");
      execute(database, "INSERT INTO grid_outbox (request_id, version, position, event_type, occurred_at, payload) "
          + "VALUES ('R1', 1, 0, 'RequestReported', 0, 'complaint=false')");

      assertThatThrownBy(() -> GridSchema.migrate(database.dataSource()))
          .satisfies(e -> assertThat(stackTrace(e).toLowerCase(Locale.ROOT)).contains("ck_grid_v13_outbox_empty"));
      assertThat(queryText(database, "SELECT request_id FROM grid_outbox")).isEqualTo("R1");
      if (database.dialect() != Dialect.POSTGRESQL) {
        return; // H2 and MariaDB commit DDL as it goes: Flyway records the failure and wants a repair before a rerun
      }
      assertThat(appliedVersions(database)).doesNotContain("13");
      execute(database, "DELETE FROM grid_outbox");
      assertThat(GridSchema.migrate(database.dataSource())).isPositive();
      assertThat(appliedVersions(database)).contains("13");
      assertThat(queryText(database, "SELECT COUNT(*) FROM grid_outbox_dead_letter")).isEqualTo("0");
    }
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Test
  void aSchemaHoldingTheEmbeddersOwnTablesIsMigratedBesideThem() throws SQLException {
    try (TestDatabase database = freshDatabase()) {
      execute(database, "CREATE TABLE county_own_table (id INT PRIMARY KEY)");

      GridSchema.migrate(database.dataSource());

      new JdbcTownshipRepository(database.dataSource()).save(TOWNSHIP);
      execute(database, "INSERT INTO county_own_table (id) VALUES (1)");

      assertThat(new JdbcTownshipRepository(database.dataSource()).findById(TOWNSHIP.id())).contains(TOWNSHIP);
      assertThat(appliedVersions(database)).contains("1", "3", "4", "5", "6", "7");
    }
  }

  private static void execute(TestDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The columns V7 widens: every one that holds the request's grid or an office unit. */
  private static final List<String> WIDENED = List.of("grid_request.grid_id", "grid_request.holder_unit",
      "grid_request.complaint_unit", "grid_request_history.actor_unit", "grid_request_history.holder_unit",
      "grid_request_history.charged_unit", "grid_request_history.form_office_unit");

  private record ColumnType(int size, boolean nullable, String collation) {}

  /**
   * Returns the declared length and nullability (JDBC metadata) and the collation ({@code information_schema},
   * null where the database reports none) of each column of {@link #WIDENED}, by {@code table.column}.
   */
  private static Map<String, ColumnType> columnTypes(TestDatabase database) throws SQLException {
    Map<String, ColumnType> types = new TreeMap<>();
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String qualified : WIDENED) {
        String table = qualified.substring(0, qualified.indexOf('.'));
        String column = qualified.substring(qualified.indexOf('.') + 1);
        try (ResultSet rows = metadata.getColumns(connection.getCatalog(), connection.getSchema(),
            identifier(metadata, table), identifier(metadata, column))) {
          while (rows.next()) {
            types.put(qualified, new ColumnType(rows.getInt("COLUMN_SIZE"),
                rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable, collation(connection, table, column)));
          }
        }
      }
    }
    return types;
  }

  private static String collation(Connection connection, String table, String column) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT collation_name FROM "
        + "information_schema.columns WHERE LOWER(table_name) = ? AND LOWER(column_name) = ? AND "
        + "LOWER(table_schema) = LOWER(?)")) {
      statement.setString(1, table);
      statement.setString(2, column);
      statement.setString(3, connection.getSchema() != null ? connection.getSchema() : connection.getCatalog());
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).as("information_schema row of %s.%s", table, column).isTrue();
        return rows.getString(1);
      }
    }
  }

  /** Returns the columns of an index in key order, in lower case. */
  private static List<String> indexColumns(TestDatabase database, String table, String index) throws SQLException {
    Map<Short, String> columns = new TreeMap<>();
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      try (ResultSet rows = metadata.getIndexInfo(connection.getCatalog(), connection.getSchema(),
          identifier(metadata, table), false, false)) {
        while (rows.next()) {
          if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
            columns.put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return List.copyOf(columns.values());
  }

  /** Returns an unquoted identifier as the database stores it (H2 in upper case). */
  private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
    return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static List<String> appliedVersions(TestDatabase database) {
    String sql = "SELECT " + quoted(database, "version") + " FROM " + quoted(database, GridSchema.HISTORY_TABLE);
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> versions = new ArrayList<>();
      while (rows.next()) {
        if (rows.getString(1) != null) {
          versions.add(rows.getString(1));
        }
      }
      return versions;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quoted(TestDatabase database, String table) {
    return database.dialect() == Dialect.MARIADB ? "`" + table + "`" : "\"" + table + "\"";
  }

  /**
   * Inserts request R1, reported at grid T01-V04-N1 of the given county and due at {@code due}, with one history
   * entry, as the request table of versions 2 to 9 holds it (no digest column is involved).
   */
  private static void insertReportedRequest(TestDatabase database, long due, String county, int commandCount)
      throws SQLException {
    execute(database, "INSERT INTO grid_request (id, version, state, tier, holder_unit, next_deadline, step_kind, "
        + "step_deadline, reminded, paused_reminded, suspended_days, reopened_at_tier, reporter, county_id, "
        + "township_id, district_id, village_id, grid_id, category, description, urgency, history_size, "
        + "command_count, returned_count) VALUES ('R1', 1, 'REPORTED', 'VILLAGE_GRID', 'T01-V04-N1', " + due
        + ", 'ACCEPT', " + due + ", false, false, 0, false, 'citizen', '" + county + "', 'T01', 'T01-D1', "
        + "'T01-V04', 'T01-V04-N1', 'land', '围墙挡住了水渠', 'NORMAL', 1, " + commandCount + ", 0)");
  }
}
