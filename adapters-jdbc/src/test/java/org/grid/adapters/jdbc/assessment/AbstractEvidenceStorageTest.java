package org.grid.adapters.jdbc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.RuleId;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC evidence source adds to the port's contract, on each database: rows that do not map are named,
 * evidence the tables cannot hold is refused before anything is written, and a failed add leaves nothing behind.
 */
abstract class AbstractEvidenceStorageTest extends AbstractDatabaseTest {

  private static final AssessmentPeriod ALL_TIME = new AssessmentPeriod(LocalDate.MIN, LocalDate.MAX);
  private static final Evidence VISIT = Evidence.of("E1", "visit.paired-household", "P001", LocalDate.of(2025, 3, 1),
      ImmutableMap.of("household", "H1", "round", "R1"));


  private JdbcEvidenceSource source;

  @BeforeEach
  void emptySource() {
    database.deleteAll(TestDatabase.ASSESSMENT_TABLES);
    source = new JdbcEvidenceSource(database.dataSource());
  }

  @Test
  void aHandEditedRowIsNamedWithTableIdAndColumn() throws SQLException {
    source.add(List.of(VISIT));

    execute("UPDATE grid_evidence SET subject = ' P001' WHERE id = 'E1'");
    assertThatThrownBy(() -> source.evidence(ALL_TIME)).isInstanceOfSatisfying(RowMappingException.class, e -> {
      assertThat(e.table()).isEqualTo("grid_evidence");
      assertThat(e.rowId()).isEqualTo("E1");
      assertThat(e.column()).isEqualTo("subject");
    });

    execute("UPDATE grid_evidence SET subject = 'P001', evidence_type = ' ' WHERE id = 'E1'");
    assertThatThrownBy(() -> source.evidence(ALL_TIME)).isInstanceOfSatisfying(RowMappingException.class,
        e -> assertThat(e.column()).isEqualTo("evidence_type"));

    execute("UPDATE grid_evidence SET evidence_type = 'visit.paired-household' WHERE id = 'E1'");
    execute("UPDATE grid_evidence_attribute SET name = 'household' WHERE evidence_id = 'E1' AND ord = 1");
    assertThatThrownBy(() -> source.evidence(ALL_TIME)).isInstanceOfSatisfying(RowMappingException.class, e -> {
      assertThat(e.table()).isEqualTo("grid_evidence_attribute");
      assertThat(e.rowId()).isEqualTo("E1/1");
      assertThat(e.column()).isEqualTo("name");
    });
    // Adding reads the stored evidence to compare it, and names the same row.
    assertThatThrownBy(() -> source.add(List.of(VISIT))).isInstanceOf(RowMappingException.class);
  }

  /**
   * Evidence ids derived from the duty log run to about 320 characters; the evidence table holds 400 and, since V8,
   * so does a score line's list of the evidence it counted.
   */
  @Test
  void aScoreCountingEvidenceOfTheLongestIdIsStoredAndALongerIdIsRefused() {
    String longest = "E" + Strings.repeat("长", 399);
    Evidence visit = Evidence.of(longest, "visit.paired-household", "P001", LocalDate.of(2025, 3, 1),
        ImmutableMap.of("household", "H1"));
    source.add(List.of(visit));
    JdbcScoreRepository scores = new JdbcScoreRepository(database.dataSource());
    AssessmentPeriod year = AssessmentPeriod.year(2025);
    Score score = score(year, longest);

    scores.save(score);

    assertThat(source.evidence(year)).containsExactly(visit);
    assertThat(scores.find(score.subject(), year, score.ruleSet())).contains(score);
    Score tooLong = score(AssessmentPeriod.year(2026), longest + "长");
    assertThatThrownBy(() -> scores.save(tooLong)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence id");
    assertThat(scores.findByPeriod(AssessmentPeriod.year(2026))).isEmpty();
  }

  private static Score score(AssessmentPeriod period, String evidence) {
    return new Score(SubjectId.of("P001"), period, RuleSetId.of("party-2025"), ImmutableList.of(
        new LineItem(LineItem.BASE, "基础分", ImmutableList.of(), new BigDecimal("100"), false),
        new LineItem(RuleId.of("visit"), "走访", ImmutableList.of(EvidenceId.of(evidence)), new BigDecimal("2"),
            false)));
  }

  @Test
  void evidenceTheTablesCannotHoldIsRefusedBeforeAnythingIsWritten() throws SQLException {
    List<Evidence> refused = List.of(
        Evidence.of(Strings.repeat("i", 401), "visit.round", "P001", LocalDate.of(2025, 3, 1), Map.of()),
        Evidence.of("E2", Strings.repeat("t", 201), "P001", LocalDate.of(2025, 3, 1), Map.of()),
        Evidence.of("E2", "visit.round", Strings.repeat("s", 201), LocalDate.of(2025, 3, 1), Map.of()),
        Evidence.of("E2", "visit.round", "P001", LocalDate.of(10000, 1, 1), Map.of()),
        Evidence.of("E2", "visit.round", "P001", LocalDate.of(0, 12, 31), Map.of()),
        Evidence.of("E2", "visit.round", "P001", LocalDate.of(2025, 3, 1), Map.of("note", "nul \u0000 inside")),
        Evidence.of("E2", "visit.round", "P001", LocalDate.of(2025, 3, 1), Map.of("nul \u0000", "in a name")));

    for (Evidence evidence : refused) {
      assertThatThrownBy(() -> source.add(List.of(VISIT, evidence))).isInstanceOf(IllegalArgumentException.class);
    }

    assertThat(count("grid_evidence")).isZero();
    Evidence longest = Evidence.of(Strings.repeat("长", 400), Strings.repeat("t", 200), Strings.repeat("s", 200),
        LocalDate.of(9999, 12, 31), Map.of());
    source.add(List.of(longest));
    assertThat(source.evidence(ALL_TIME)).containsExactly(longest);
  }

  @Test
  void aFailedAddLeavesNothingBehindAndCanBeRepeated() throws SQLException {
    Evidence other = Evidence.of("E2", "meeting.attended", "P002", LocalDate.of(2025, 3, 2), Map.of("meeting", "M1"));
    JdbcEvidenceSource failing = new JdbcEvidenceSource(FaultyDataSource.failingWhen(database.dataSource(),
        sql -> sql.startsWith("INSERT INTO grid_evidence_attribute")));

    assertThatThrownBy(() -> failing.add(List.of(VISIT, other))).isInstanceOf(JdbcAdapterException.class);

    assertThat(count("grid_evidence")).isZero();
    source.add(List.of(VISIT, other));
    assertThat(source.evidence(ALL_TIME)).containsExactlyInAnyOrder(VISIT, other);
  }

  @Test
  void aPeriodIsReadInOneQuery() {
    source.add(List.of(VISIT, Evidence.of("E2", "meeting.attended", "P002", LocalDate.of(2025, 3, 2), Map.of())));
    FaultyDataSource counting = FaultyDataSource.failingWhen(database.dataSource(), sql -> false);

    List<Evidence> found = new JdbcEvidenceSource(counting).evidence(AssessmentPeriod.year(2025));

    assertThat(found).hasSize(2);
    assertThat(counting.executed()).isEqualTo(1);
  }

  private static int count(String table) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
