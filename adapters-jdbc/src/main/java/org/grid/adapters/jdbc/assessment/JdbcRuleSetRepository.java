package org.grid.adapters.jdbc.assessment;

import static java.util.Objects.requireNonNull;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.MAX_ID;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.fits;
import static org.grid.adapters.jdbc.Sql.mapped;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.RuleId;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.port.out.RuleSetRepository;

/**
 * A {@link RuleSetRepository} over the tables {@code grid_rule_set}, {@code grid_rule} and {@code
 * grid_rule_filter}. A save locks its subject kind's row in {@code grid_rule_set_kind}, so two nodes saving
 * overlapping rule sets of one kind at once cannot both succeed; the overlap check runs under that lock. Thread-safe.
 */
public final class JdbcRuleSetRepository implements RuleSetRepository {

  private static final String RULE_SETS = "grid_rule_set";

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   */
  public JdbcRuleSetRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   */
  public JdbcRuleSetRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void save(RuleSet ruleSet) {
    requireNonNull(ruleSet, "ruleSet");
    String id = fits(ruleSet.id().value(), MAX_ID, "rule set id");
    String kind = fits(ruleSet.subjectKind(), MAX_ID, "subject kind");
    ruleSet.rules().forEach(rule -> {
      fits(rule.id().value(), MAX_ID, "rule id");
      fits(rule.counts(), MAX_ID, "evidence type of rule " + rule.id());
    });
    unitOfWork.run("registering subject kind " + kind, connection -> {
      boolean[] known = {false};
      Sql.query(connection, "SELECT subject_kind FROM grid_rule_set_kind WHERE subject_kind = ?",
          row -> known[0] = true, kind);
      if (!known[0]) {
        Sql.update(connection, "INSERT INTO grid_rule_set_kind (subject_kind) VALUES (?)", kind);
      }
      return null;
    });
    unitOfWork.run("saving rule set " + id, connection -> {
      Sql.query(connection, "SELECT subject_kind FROM grid_rule_set_kind WHERE subject_kind = ? FOR UPDATE",
          row -> { }, kind);
      RuleSetCatalog.requireJoinable(load(connection, "WHERE subject_kind = ?", kind), ruleSet);
      Sql.update(connection, "DELETE FROM grid_rule_filter WHERE rule_set_id = ?", id);
      Sql.update(connection, "DELETE FROM grid_rule WHERE rule_set_id = ?", id);
      Sql.update(connection, "DELETE FROM grid_rule_set WHERE id = ?", id);
      Sql.update(connection, "INSERT INTO grid_rule_set (id, subject_kind, valid_from, valid_until, base, version) "
              + "VALUES (?, ?, ?, ?, ?, 1)",
          id, kind, ruleSet.validity().start(), ruleSet.validity().end(), ColumnLimits.decimal(ruleSet.base(), "base"));
      int ord = 0;
      for (ScoringRule rule : ruleSet.rules()) {
        Sql.update(connection, "INSERT INTO grid_rule (rule_set_id, ord, id, description, counts, points, cap, "
                + "direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            id, ord, rule.id().value(), rule.description(), rule.counts(),
            ColumnLimits.decimal(rule.pointsPerOccurrence(), "points of rule " + rule.id()),
            rule.capPerPeriod().<Object>map(cap -> ColumnLimits.decimal(cap, "cap of rule " + rule.id()))
                .orElse(new Sql.Null(Types.VARCHAR)),
            rule.direction().name());
        int filterOrd = 0;
        for (Map.Entry<String, String> filter : rule.filter().entrySet()) {
          Sql.update(connection, "INSERT INTO grid_rule_filter (rule_set_id, rule_ord, ord, name, required) "
              + "VALUES (?, ?, ?, ?, ?)", id, ord, filterOrd++, filter.getKey(), filter.getValue());
        }
        ord++;
      }
      return null;
    });
  }

  @Override
  public Optional<RuleSet> findById(RuleSetId id) {
    requireNonNull(id, "id");
    return unitOfWork.run("reading rule set " + id,
        connection -> load(connection, "WHERE id = ?", id.value()).stream().findFirst());
  }

  @Override
  public List<RuleSet> findAll() {
    return unitOfWork.run("reading rule sets", connection -> load(connection, ""));
  }

  private static List<RuleSet> load(Connection connection, String where, Object... values) throws SQLException {
    record Head(String id, String kind, LocalDate from, LocalDate until, String base) {}
    List<Head> heads = new ArrayList<>();
    Sql.query(connection, "SELECT id, subject_kind, valid_from, valid_until, base FROM grid_rule_set " + where,
        row -> heads.add(new Head(row.getString(1), row.getString(2), Sql.date(row, 3), Sql.date(row, 4),
            row.getString(5))), values);
    List<RuleSet> ruleSets = new ArrayList<>();
    for (Head head : heads) {
      Map<Integer, Map<String, String>> filters = new LinkedHashMap<>();
      Sql.query(connection, "SELECT rule_ord, name, required FROM grid_rule_filter WHERE rule_set_id = ? "
              + "ORDER BY rule_ord, ord",
          row -> filters.computeIfAbsent(row.getInt(1), o -> new LinkedHashMap<>()).put(row.getString(2),
              row.getString(3)), head.id());
      List<ScoringRule> rules = new ArrayList<>();
      Sql.query(connection, "SELECT ord, id, description, counts, points, cap, direction FROM grid_rule "
          + "WHERE rule_set_id = ? ORDER BY ord", row -> {
            String rowId = head.id() + "/" + row.getString(2);
            String directionText = row.getString(7);
            Direction direction = mapped("grid_rule", rowId, "direction", () -> Direction.valueOf(directionText));
            BigDecimal points = mapped("grid_rule", rowId, "points", row.getString(5), BigDecimal::new);
            String capText = row.getString(6);
            Optional<BigDecimal> cap = capText == null
                ? Optional.empty()
                : Optional.of(mapped("grid_rule", rowId, "cap", capText, BigDecimal::new));
            String ruleId = row.getString(2);
            String description = row.getString(3);
            String counts = row.getString(4);
            Map<String, String> filter = filters.getOrDefault(row.getInt(1), Map.of());
            rules.add(mapped("grid_rule", rowId, "points", () -> new ScoringRule(RuleId.of(ruleId), description,
                counts, ImmutableMap.copyOf(filter), points, cap, direction)));
          }, head.id());
      BigDecimal base = mapped(RULE_SETS, head.id(), "base", head.base(), BigDecimal::new);
      AssessmentPeriod validity = mapped(RULE_SETS, head.id(), "valid_until",
          () -> new AssessmentPeriod(head.from(), head.until()));
      ruleSets.add(mapped(RULE_SETS, head.id(), "id", () -> new RuleSet(RuleSetId.of(head.id()), head.kind(),
          validity, base, ImmutableList.copyOf(rules))));
    }
    ruleSets.sort((a, b) -> a.id().compareTo(b.id()));
    return ruleSets;
  }
}
