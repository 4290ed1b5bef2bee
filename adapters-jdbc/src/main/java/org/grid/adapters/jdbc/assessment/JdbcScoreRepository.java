package org.grid.adapters.jdbc.assessment;

import static java.util.Objects.requireNonNull;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.MAX_EVIDENCE_ID;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.MAX_ID;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.fits;
import static org.grid.adapters.jdbc.Sql.mapped;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.RuleId;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.out.ScoreRepository;

/**
 * A {@link ScoreRepository} over the tables {@code grid_score}, {@code grid_score_line} and {@code
 * grid_score_evidence}; a score is replaced as a whole in one transaction. Points are stored as exact decimal
 * text. Thread-safe.
 */
public final class JdbcScoreRepository implements ScoreRepository {

  private static final String KEY = "subject = ? AND period_start = ? AND period_end = ? AND rule_set_id = ?";

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   */
  public JdbcScoreRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   */
  public JdbcScoreRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void save(Score score) {
    requireNonNull(score, "score");
    Object[] key = key(score.subject(), score.period(), score.ruleSet());
    for (LineItem line : score.lineItems()) {
      fits(line.rule().value(), MAX_ID, "rule id");
      ColumnLimits.decimal(line.points(), "points of line " + line.rule());
      line.evidence().forEach(evidence -> fits(evidence.value(), MAX_EVIDENCE_ID, "evidence id"));
    }
    unitOfWork.run("saving the score of " + score.subject(), connection -> {
      Sql.update(connection, "DELETE FROM grid_score_evidence WHERE " + KEY, key);
      Sql.update(connection, "DELETE FROM grid_score_line WHERE " + KEY, key);
      Sql.update(connection, "DELETE FROM grid_score WHERE " + KEY, key);
      Sql.update(connection, "INSERT INTO grid_score (subject, period_start, period_end, rule_set_id, version) "
          + "VALUES (?, ?, ?, ?, 1)", key);
      int ord = 0;
      for (LineItem line : score.lineItems()) {
        Sql.update(connection, "INSERT INTO grid_score_line (subject, period_start, period_end, rule_set_id, ord, "
                + "rule_id, description, points, capped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            key[0], key[1], key[2], key[3], ord, line.rule().value(), line.description(),
            line.points().toPlainString(), line.capped());
        int evidenceOrd = 0;
        for (EvidenceId evidence : line.evidence()) {
          Sql.update(connection, "INSERT INTO grid_score_evidence (subject, period_start, period_end, rule_set_id, "
                  + "line_ord, ord, evidence_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
              key[0], key[1], key[2], key[3], ord, evidenceOrd++, evidence.value());
        }
        ord++;
      }
      return null;
    });
  }

  @Override
  public Optional<Score> find(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet) {
    Object[] key = key(requireNonNull(subject, "subject"), requireNonNull(period, "period"),
        requireNonNull(ruleSet, "ruleSet"));
    return unitOfWork.run("reading the score of " + subject,
        connection -> load(connection, "WHERE " + KEY, key).stream().findFirst());
  }

  @Override
  public List<Score> findByPeriod(AssessmentPeriod period) {
    requireNonNull(period, "period");
    return unitOfWork.run("reading the scores of " + period, connection -> {
      List<Score> scores = load(connection, "WHERE period_start = ? AND period_end = ?", period.start(),
          period.end());
      scores.sort(Comparator.comparing(Score::ruleSet).thenComparing(Score::subject));
      return scores;
    });
  }

  private static Object[] key(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet) {
    return new Object[] {
        fits(subject.value(), MAX_ID, "subject id"), period.start(), period.end(),
        fits(ruleSet.value(), MAX_ID, "rule set id")};
  }

  private static List<Score> load(Connection connection, String where, Object... values) throws SQLException {
    record Key(String subject, LocalDate start, LocalDate end, String ruleSet) {
      String row() {
        return subject + "/" + start + ".." + end + "/" + ruleSet;
      }
    }
    record Line(int ord, String rule, String description, String points, boolean capped) {}
    Map<Key, List<Line>> lines = new LinkedHashMap<>();
    Sql.query(connection, "SELECT subject, period_start, period_end, rule_set_id FROM grid_score " + where,
        row -> lines.put(new Key(row.getString(1), Sql.date(row, 2), Sql.date(row, 3), row.getString(4)),
            new ArrayList<>()), values);
    Map<Key, Map<Integer, List<EvidenceId>>> evidence = new LinkedHashMap<>();
    Sql.query(connection, "SELECT subject, period_start, period_end, rule_set_id, ord, rule_id, description, "
        + "points, capped FROM grid_score_line " + where + " ORDER BY ord", row -> {
          Key key = new Key(row.getString(1), Sql.date(row, 2), Sql.date(row, 3), row.getString(4));
          List<Line> own = lines.get(key);
          if (own != null) {
            own.add(new Line(row.getInt(5), row.getString(6), row.getString(7), row.getString(8), row.getBoolean(9)));
          }
        }, values);
    Sql.query(connection, "SELECT subject, period_start, period_end, rule_set_id, line_ord, evidence_id "
        + "FROM grid_score_evidence " + where + " ORDER BY line_ord, ord", row -> {
          Key key = new Key(row.getString(1), Sql.date(row, 2), Sql.date(row, 3), row.getString(4));
          String text = row.getString(6);
          evidence.computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(row.getInt(5), o -> new ArrayList<>())
              .add(mapped("grid_score_evidence", key.row(), "evidence_id", () -> EvidenceId.of(text)));
        }, values);
    List<Score> scores = new ArrayList<>();
    for (Map.Entry<Key, List<Line>> entry : lines.entrySet()) {
      Key key = entry.getKey();
      ImmutableList.Builder<LineItem> items = ImmutableList.builder();
      for (Line line : entry.getValue()) {
        BigDecimal points = mapped("grid_score_line", key.row(), "points", line.points(), BigDecimal::new);
        List<EvidenceId> counted = evidence.getOrDefault(key, Map.of()).getOrDefault(line.ord(), List.of());
        items.add(mapped("grid_score_line", key.row() + "/" + line.ord(), "rule_id", () -> new LineItem(
            RuleId.of(line.rule()), line.description(), ImmutableList.copyOf(counted), points, line.capped())));
      }
      AssessmentPeriod period = mapped("grid_score", key.row(), "period_end",
          () -> new AssessmentPeriod(key.start(), key.end()));
      scores.add(mapped("grid_score", key.row(), "subject", () -> new Score(
          SubjectId.of(key.subject()), period, RuleSetId.of(key.ruleSet()), items.build())));
    }
    return scores;
  }
}
