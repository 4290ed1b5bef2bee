package org.grid.adapters.jdbc.assessment;

import static java.util.Objects.requireNonNull;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.MAX_EVIDENCE_ID;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.MAX_ID;
import static org.grid.adapters.jdbc.assessment.ColumnLimits.fits;
import static org.grid.adapters.jdbc.Sql.mapped;

import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.out.EvidenceSource;

/**
 * An {@link EvidenceSource} over the tables {@code grid_evidence} and {@code grid_evidence_attribute} (migration V5),
 * filled with {@link #add}: for a county that keeps its evidence (考核依据), derived from the request history and the
 * duty log or imported, in the database its scores are kept in.
 *
 * <p>{@link #evidence} is one query over the index on the evidence date, so it costs what the period holds. Evidence
 * under an id never changes: {@link #add} inserts what is new, skips what is stored with equal content (evidence
 * derived again from the same records has the same ids), and refuses different content under a stored id, as the
 * scoring engine does; the whole call is one transaction. When a concurrent {@code add} inserts one of the same ids
 * first, or the database aborts the transaction as a deadlock victim, the call is tried again (at most three times
 * in all) and then finds the other's rows.
 *
 * <p>Limits, checked before anything is written: ids of at most 400 characters, types and subjects of at most 200,
 * days from 0001-01-01 to 9999-12-31 (what a SQL {@code DATE} holds on every supported database; periods reaching
 * further are cut to that range), and no text containing U+0000, which PostgreSQL cannot store. Every row read back
 * is checked against the model; one that does not map gives a {@link RowMappingException} naming table, id and
 * column. Thread-safe.
 */
public final class JdbcEvidenceSource implements EvidenceSource {

  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  /** Ids looked up per query, and rows inserted per batch. */
  private static final int CHUNK = 500;

  private static final String EVIDENCE = "grid_evidence";
  private static final String ATTRIBUTES = "grid_evidence_attribute";
  private static final String SELECT = "SELECT e.id, e.evidence_type, e.subject, e.evidence_date, a.ord, a.name, "
      + "a.value_text FROM grid_evidence e LEFT JOIN grid_evidence_attribute a ON a.evidence_id = e.id ";

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the source over a migrated database.
   *
   * @param unitOfWork the database's unit of work, whose transaction the adapter joins; not null
   */
  public JdbcEvidenceSource(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the source over a migrated database.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null.
   *     The adapter joins the unit of work of any {@link JdbcUnitOfWork} over the same data source object
   */
  public JdbcEvidenceSource(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * Adds evidence, all of it or none, in one transaction. Evidence equal to evidence stored, or given earlier in
   * {@code evidence}, under its id is kept once, so adding again what was derived again is harmless.
   *
   * @param evidence the evidence, none null; may be empty
   * @throws NullPointerException if {@code evidence} or an element is null; nothing is added
   * @throws IllegalArgumentException if an id is stored, or given earlier in {@code evidence}, with different
   *     content, or a piece of evidence exceeds a limit of the tables (see the class comment); nothing is added
   * @throws JdbcAdapterException if the database fails; nothing is added
   */
  public void add(Collection<Evidence> evidence) {
    requireNonNull(evidence, "evidence");
    // Sorted by id, so that concurrent calls insert, and lock, shared ids in the same order.
    SortedMap<String, Evidence> given = new TreeMap<>();
    for (Evidence item : evidence) {
      check(requireNonNull(item, "evidence"));
      Evidence earlier = given.putIfAbsent(item.id().value(), item);
      if (earlier != null && !earlier.equals(item)) {
        // Which parts differ, never their values: an attribute may hold free text.
        throw new IllegalArgumentException("evidence " + item.id() + " is given twice with different content ("
            + item.differencesFrom(earlier) + ")");
      }
    }
    if (given.isEmpty()) {
      return;
    }
    String what = "adding " + given.size() + " pieces of evidence";
    // The unit of work tries the transaction again when a concurrent add inserted one of these ids first (SQLState
    // class 23) or the database aborted this one to break a deadlock (class 40): the next attempt finds the other's
    // rows.
    unitOfWork.run(what, connection -> {
      insertNew(connection, given);
      return null;
    });
  }

  @Override
  public List<Evidence> evidence(AssessmentPeriod period) {
    requireNonNull(period, "period");
    LocalDate from = period.start().isBefore(FIRST_DAY) ? FIRST_DAY : period.start();
    LocalDate last = period.end().minusDays(1);
    LocalDate to = last.isAfter(LAST_DAY) ? LAST_DAY : last;
    if (from.isAfter(to)) {
      return new ArrayList<>();
    }
    return unitOfWork.run("reading the evidence of " + period, connection -> {
      Map<String, Evidence> found = new LinkedHashMap<>();
      read(connection, SELECT + "WHERE e.evidence_date >= ? AND e.evidence_date <= ? "
          + "ORDER BY e.evidence_date, e.id, a.ord", found, from, to);
      return new ArrayList<>(found.values());
    });
  }

  private static void insertNew(Connection connection, SortedMap<String, Evidence> given) throws SQLException {
    Map<String, Evidence> stored = new HashMap<>();
    List<String> ids = new ArrayList<>(given.keySet());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      read(connection, SELECT + "WHERE e.id IN (" + "?, ".repeat(chunk.size() - 1) + "?)", stored,
          chunk.toArray());
    }
    List<Evidence> fresh = new ArrayList<>();
    for (Evidence item : given.values()) {
      Evidence existing = stored.get(item.id().value());
      if (existing == null) {
        fresh.add(item);
      } else if (!existing.equals(item)) {
        throw new IllegalArgumentException("evidence " + item.id() + " is stored with different content ("
            + item.differencesFrom(existing) + ")");
      }
    }
    try (PreparedStatement heads = connection.prepareStatement(
            "INSERT INTO grid_evidence (id, evidence_type, subject, evidence_date) VALUES (?, ?, ?, ?)");
        PreparedStatement attributes = connection.prepareStatement(
            "INSERT INTO grid_evidence_attribute (evidence_id, ord, name, value_text) VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (Evidence item : fresh) {
        String id = item.id().value();
        Sql.bind(heads, id, item.type(), item.subject().value(), item.date());
        heads.addBatch();
        int ord = 0;
        for (Map.Entry<String, String> attribute : item.attributes().entrySet()) {
          Sql.bind(attributes, id, ord++, attribute.getKey(), attribute.getValue());
          attributes.addBatch();
        }
        if (++pending == CHUNK) {
          heads.executeBatch();
          attributes.executeBatch();
          pending = 0;
        }
      }
      heads.executeBatch();
      attributes.executeBatch();
    }
  }

  /** Reads the evidence a query selects (the columns of {@link #SELECT}) into {@code into}, by id. */
  private static void read(Connection connection, String sql, Map<String, Evidence> into, Object... values)
      throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    Sql.query(connection, sql, result -> {
      String id = result.getString(1);
      Row row = rows.get(id);
      if (row == null) {
        row = new Row(id, result.getString(2), result.getString(3), Sql.date(result, 4));
        rows.put(id, row);
      }
      int ord = result.getInt(5);
      if (!result.wasNull()) {
        row.attributes.add(new Attribute(ord, result.getString(6), result.getString(7)));
      }
    }, values);
    for (Row row : rows.values()) {
      into.put(row.id, row.evidence());
    }
  }

  /** One attribute row. */
  private record Attribute(int ord, String name, String value) {}

  /** The rows of one piece of evidence, as read. */
  private static final class Row {
    final String id;
    final String type;
    final String subject;
    final LocalDate date;
    final List<Attribute> attributes = new ArrayList<>();

    Row(String id, String type, String subject, LocalDate date) {
      this.id = id;
      this.type = type;
      this.subject = subject;
      this.date = date;
    }

    Evidence evidence() {
      EvidenceId evidenceId = mapped(EVIDENCE, id, "id", () -> EvidenceId.of(id));
      SubjectId subjectId = mapped(EVIDENCE, id, "subject", () -> SubjectId.of(subject));
      if (date == null) {
        throw new RowMappingException(EVIDENCE, id, "evidence_date", "is null");
      }
      attributes.sort(Comparator.comparingInt(Attribute::ord));
      ImmutableMap.Builder<String, String> map = ImmutableMap.builderWithExpectedSize(attributes.size());
      Set<String> names = new HashSet<>();
      for (Attribute attribute : attributes) {
        if (!names.add(attribute.name())) {
          throw new RowMappingException(ATTRIBUTES, id + "/" + attribute.ord(), "name",
              "repeats the attribute '" + attribute.name() + "' of the evidence");
        }
        map.put(attribute.name(), attribute.value());
      }
      ImmutableMap<String, String> attributeMap = map.buildOrThrow();
      return mapped(EVIDENCE, id, "evidence_type", () -> new Evidence(evidenceId, type, subjectId, date,
          attributeMap));
    }
  }

  /** Refuses, before anything is written, evidence the tables cannot hold as it is. */
  private static void check(Evidence item) {
    String id = fits(item.id().value(), MAX_EVIDENCE_ID, "evidence id");
    fits(item.type(), MAX_ID, "type of evidence " + id);
    fits(item.subject().value(), MAX_ID, "subject of evidence " + id);
    if (item.date().isBefore(FIRST_DAY) || item.date().isAfter(LAST_DAY)) {
      throw new IllegalArgumentException("evidence " + id + " is dated " + item.date() + "; the database holds days "
          + "from " + FIRST_DAY + " to " + LAST_DAY);
    }
    List<String> texts = new ArrayList<>(List.of(id, item.type(), item.subject().value()));
    item.attributes().forEach((name, value) -> {
      texts.add(name);
      texts.add(value);
    });
    for (String text : texts) {
      if (text.indexOf('\u0000') >= 0) {
        throw new IllegalArgumentException("evidence " + id.replace('\u0000', '?')
            + " holds the character U+0000, which PostgreSQL cannot store");
      }
    }
  }
}
