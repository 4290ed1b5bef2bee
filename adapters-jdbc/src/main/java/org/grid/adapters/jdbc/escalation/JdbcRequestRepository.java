package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;
import static org.grid.adapters.jdbc.escalation.Cells.bindInstant;
import static org.grid.adapters.jdbc.escalation.Cells.bindName;
import static org.grid.adapters.jdbc.escalation.Cells.bindText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DeadlineKind;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.out.RequestRepository;

/**
 * A {@link RequestRepository} over a relational database (H2, PostgreSQL or MariaDB) migrated by {@link
 * org.grid.adapters.jdbc.GridSchema}. A request is a row of {@code grid_request} (its current state, the report
 * form, and its next deadline, indexed with its id for "due before"), with its append-only history in {@code
 * grid_request_history} (each entry in one row with the form issued with it), the ids of the commands applied
 * in {@code grid_request_command} and the departments that returned it in {@code grid_request_return}.
 *
 * <p>A save is conditional: the update carries the expected version in its {@code WHERE}, under a row lock, so a
 * stale write is refused and never applied; it appends only the history entries and command ids that are new.
 * Inside {@link JdbcUnitOfWork#claimingDue} the "due before" queries lock the rows they return and skip rows
 * another transaction holds, so several nodes can sweep at once; the saves of rows so claimed cannot fail and
 * are written in batches (a JDBC batch of updates, multi-row inserts) at the next read or before the commit.
 * Every row read back is checked against the model; one that does not map gives a {@link
 * org.grid.adapters.jdbc.RowMappingException} naming table, id and column. Thread-safe.
 */
public final class JdbcRequestRepository implements RequestRepository {

  /** At most this many ids go into one {@code IN (...)} list when children are loaded. */
  private static final int IN_CHUNK = 500;

  private static final List<String> REQUEST_COLUMNS = List.of("id", "version", "state", "tier", "holder_unit",
      "assignee", "next_deadline", "step_kind", "step_deadline", "reminded", "on_site_deadline", "paused_state",
      "paused_kind", "paused_deadline", "paused_reminded", "suspended_at", "suspended_days", "reopened_at_tier",
      "result", "reporter", "county_id", "township_id", "district_id", "village_id", "grid_id", "category",
      "description", "urgency", "must_attend", "complaint_tier", "complaint_unit", "history_size", "command_count",
      "returned_count");

  private static final String COLUMNS = String.join(", ", REQUEST_COLUMNS);

  private static final Map<String, Integer> REQUEST_POSITIONS = Cells.positions(REQUEST_COLUMNS);

  private static final String INSERT =
      "INSERT INTO grid_request (" + COLUMNS + ") VALUES (" + "?, ".repeat(33) + "?)";

  private static final String UPDATE =
      "UPDATE grid_request SET version = ?, state = ?, tier = ?, holder_unit = ?, assignee = ?, next_deadline = ?, "
          + "step_kind = ?, step_deadline = ?, reminded = ?, on_site_deadline = ?, paused_state = ?, "
          + "paused_kind = ?, paused_deadline = ?, paused_reminded = ?, suspended_at = ?, suspended_days = ?, "
          + "reopened_at_tier = ?, result = ?, history_size = ?, command_count = ?, returned_count = ? "
          + "WHERE id = ? AND version = ?";

  /** A history row: the entry, then the form issued with it (all form columns null when there is none). */
  private static final List<String> HISTORY_COLUMNS = List.of("request_id", "seq", "at", "actor_kind",
      "actor_person", "actor_role", "actor_tier", "actor_unit", "actor_name", "kind", "state", "holder_tier",
      "holder_unit", "reason", "charged_tier", "charged_unit", "form_kind", "form_office_tier", "form_office_unit",
      "form_assignee", "form_due_by", "form_missed", "form_missed_deadline", "form_grace_until", "form_result",
      "form_rating");

  private static final Map<String, Integer> HISTORY_POSITIONS = Cells.positions(HISTORY_COLUMNS);

  private static final List<String> COMMAND_COLUMNS = List.of("request_id", "command_id", "ord");

  private static final String SELECT_HISTORY =
      "SELECT " + String.join(", ", HISTORY_COLUMNS)
          + " FROM grid_request_history WHERE request_id IN (%s) ORDER BY request_id, seq";

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the repository on a unit of work, so that its saves join the unit's transaction (and the outbox's).
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcRequestRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the repository on a database; each call runs in a transaction of its own.
   *
   * @param dataSource the database, migrated with {@link org.grid.adapters.jdbc.GridSchema#migrate}; not null
   */
  public JdbcRequestRepository(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public Optional<Request> findById(RequestId id) {
    requireNonNull(id, "id");
    return unitOfWork.run("reading request " + id, connection -> {
      List<Request> found = select(connection, "SELECT " + COLUMNS + " FROM grid_request WHERE id = ?",
          statement -> statement.setString(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public boolean save(Request request, long expectedVersion) {
    requireNonNull(request, "request");
    if (request.version() <= expectedVersion) {
      throw new IllegalArgumentException(
          "request: version " + request.version() + " must be greater than the expected " + expectedVersion);
    }
    if (expectedVersion > 0 && unitOfWork.claiming() && defer(request, expectedVersion)) {
      return true;
    }
    return unitOfWork.run("saving request " + request.id(), connection -> {
      unitOfWork.flush();
      return expectedVersion == 0 ? insert(connection, request) : update(connection, request, expectedVersion);
    });
  }

  /** Changes not yet written in a claiming transaction: each request with the sizes stored before it. */
  private static final class Pending {
    final List<Request> requests = new ArrayList<>();
    final List<Sizes> before = new ArrayList<>();
  }

  /**
   * In a sweep (a claiming transaction), defers the save of a request this transaction claimed at the expected
   * version: the row is locked, so the conditional update cannot fail, and the sweep's updates, history rows and
   * outbox rows go to the database in batches (at the next read, and before commit).
   */
  private boolean defer(Request request, long expectedVersion) {
    Map<String, Sizes> seen = seen();
    Sizes sizes = seen == null ? null : seen.get(request.id().value());
    if (sizes == null || !sizes.locked() || sizes.version() != expectedVersion) {
      return false;
    }
    Pending pending = unitOfWork.transactionScoped(Pending.class, Pending::new);
    if (!unitOfWork.defer(Pending.class, connection -> writePending(connection, pending))) {
      return false;
    }
    pending.requests.add(request);
    pending.before.add(sizes);
    remember(request);
    return true;
  }

  private static void writePending(Connection connection, Pending pending) throws SQLException {
    if (pending.requests.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
      for (int i = 0; i < pending.requests.size(); i++) {
        Request request = pending.requests.get(i);
        int next = bindState(statement, 1, request);
        statement.setInt(next++, request.history().size());
        statement.setInt(next++, request.appliedCommands().size());
        statement.setInt(next++, request.returnedBy().size());
        statement.setString(next++, request.id().value());
        statement.setLong(next, pending.before.get(i).version());
        statement.addBatch();
      }
      int[] counts = statement.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 1 && counts[i] != java.sql.Statement.SUCCESS_NO_INFO) {
          throw new IllegalStateException("request " + pending.requests.get(i).id()
              + " was claimed by this transaction, yet its conditional update changed " + counts[i] + " rows");
        }
      }
    }
    appendChildren(connection, pending.requests, pending.before);
    pending.requests.clear();
    pending.before.clear();
  }

  private boolean insert(Connection connection, Request request) throws SQLException {
    // A savepoint, so that a duplicate id refuses this save without spoiling the caller's transaction.
    Savepoint savepoint = connection.setSavepoint();
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setString(1, request.id().value());
      int next = bindState(statement, 2, request);
      Form.Report report = request.report();
      Place place = report.place();
      statement.setString(next++, report.reporter().value());
      statement.setString(next++, place.county().value());
      statement.setString(next++, place.township().value());
      statement.setString(next++, place.district().value());
      statement.setString(next++, place.village().value());
      statement.setString(next++, place.grid().value());
      statement.setString(next++, report.category().code());
      statement.setString(next++, report.description());
      bindName(statement, next++, report.urgency());
      bindName(statement, next++, report.mustAttend());
      Office complaint = report.complaintAgainst();
      bindName(statement, next++, complaint == null ? null : complaint.tier());
      bindText(statement, next++, complaint == null ? null : complaint.unit());
      statement.setInt(next++, request.history().size());
      statement.setInt(next++, request.appliedCommands().size());
      statement.setInt(next, request.returnedBy().size());
      statement.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        connection.rollback(savepoint);
        return false;
      }
      throw e;
    }
    releaseQuietly(connection, savepoint);
    appendChildren(connection, request, 0, 0, 0);
    remember(request);
    return true;
  }

  private static void releaseQuietly(Connection connection, Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException ignored) {
      // Some drivers do not release savepoints; it ends with the transaction anyway.
    }
  }

  private boolean update(Connection connection, Request request, long expectedVersion) throws SQLException {
    int historySize;
    int commandCount;
    int returnedCount;
    Map<String, Sizes> seen = seen();
    Sizes sizes = seen == null ? null : seen.get(request.id().value());
    if (sizes != null && sizes.version() == expectedVersion) {
      // Read in this transaction at the expected version: if the UPDATE below finds that version, the stored
      // sizes are these (a committed version is never reused), so the locking read can be skipped.
      historySize = sizes.history();
      commandCount = sizes.commands();
      returnedCount = sizes.returned();
    } else {
      try (PreparedStatement lock = connection.prepareStatement(
          "SELECT version, history_size, command_count, returned_count FROM grid_request WHERE id = ? FOR UPDATE")) {
        lock.setString(1, request.id().value());
        try (ResultSet rows = lock.executeQuery()) {
          if (!rows.next() || rows.getLong(1) != expectedVersion) {
            return false;
          }
          historySize = rows.getInt(2);
          commandCount = rows.getInt(3);
          returnedCount = rows.getInt(4);
        }
      }
    }
    if (historySize > request.history().size() || commandCount > request.appliedCommands().size()) {
      throw new IllegalArgumentException("request " + request.id() + ": history or command ids shorter than stored");
    }
    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
      int next = bindState(statement, 1, request);
      statement.setInt(next++, request.history().size());
      statement.setInt(next++, request.appliedCommands().size());
      statement.setInt(next++, request.returnedBy().size());
      statement.setString(next++, request.id().value());
      statement.setLong(next, expectedVersion);
      if (statement.executeUpdate() != 1) {
        return false;
      }
    }
    appendChildren(connection, request, historySize, commandCount, returnedCount);
    remember(request);
    return true;
  }

  /** The sizes of a request's child rows at a version, as read or written in the current transaction. */
  private record Sizes(long version, int history, int commands, int returned, boolean locked) {}

  /** A child row of a request to insert: a history entry (with its form) or a command id, at its position. */
  private record Child<T>(String requestId, int position, T value) {}

  private Map<String, Sizes> seen() {
    return unitOfWork.transactionScoped(this, HashMap::new);
  }

  private void remember(Request request) {
    Map<String, Sizes> seen = seen();
    if (seen != null) {
      seen.put(request.id().value(), new Sizes(request.version(), request.history().size(),
          request.appliedCommands().size(), request.returnedBy().size(), true));
    }
  }

  /** Binds the changing columns, version to result, from {@code index}; returns the next index. */
  private static int bindState(PreparedStatement statement, int index, Request request) throws SQLException {
    Request.Snapshot s = request.snapshot();
    int i = index;
    statement.setLong(i++, s.version());
    bindName(statement, i++, s.state());
    bindName(statement, i++, s.holder().tier());
    statement.setString(i++, s.holder().unit());
    bindText(statement, i++, s.assignee() == null ? null : s.assignee().value());
    bindInstant(statement, i++, request.nextDeadlineOrNull());
    bindName(statement, i++, s.stepKind());
    bindInstant(statement, i++, s.stepDeadline());
    statement.setBoolean(i++, s.reminded());
    bindInstant(statement, i++, s.onSiteDeadline());
    bindName(statement, i++, s.pausedState());
    bindName(statement, i++, s.pausedKind());
    bindInstant(statement, i++, s.pausedDeadline());
    statement.setBoolean(i++, s.pausedReminded());
    bindInstant(statement, i++, s.suspendedAt());
    statement.setInt(i++, s.suspendedDays());
    statement.setBoolean(i++, s.reopenedAtTier());
    bindText(statement, i++, s.result());
    return i;
  }

  /** Inserts the history entries and command ids from the given positions on, and the returning departments. */
  private static void appendChildren(
      Connection connection, Request request, int fromEntry, int fromCommand, int returnedBefore)
      throws SQLException {
    appendChildren(connection, List.of(request),
        List.of(new Sizes(0, fromEntry, fromCommand, returnedBefore, true)));
  }

  /** As above for several requests, each table's rows in multi-row inserts. */
  private static void appendChildren(Connection connection, List<Request> requests, List<Sizes> before)
      throws SQLException {
    List<Child<HistoryEntry>> entries = new ArrayList<>();
    List<Child<CommandId>> commands = new ArrayList<>();
    for (int r = 0; r < requests.size(); r++) {
      Request request = requests.get(r);
      String id = request.id().value();
      ImmutableList<HistoryEntry> history = request.history();
      for (int seq = before.get(r).history(); seq < history.size(); seq++) {
        HistoryEntry e = history.get(seq);
        if (e.form() instanceof Form.Report report && !report.equals(request.report())) {
          throw new IllegalArgumentException(
              "request " + id + ": history entry " + seq + " carries a report other than the request's");
        }
        entries.add(new Child<>(id, seq, e));
      }
      List<CommandId> ids = request.appliedCommands().asList();
      for (int ord = before.get(r).commands(); ord < ids.size(); ord++) {
        commands.add(new Child<>(id, ord, ids.get(ord)));
      }
    }
    Sql.insertRows(connection, "grid_request_history", HISTORY_COLUMNS, entries,
        (statement, offset, row) -> bindEntry(statement, offset, row.requestId(), row.position(), row.value()));
    Sql.insertRows(connection, "grid_request_command", COMMAND_COLUMNS, commands, (statement, offset, row) -> {
      statement.setString(offset + 1, row.requestId());
      statement.setString(offset + 2, row.value().value());
      statement.setInt(offset + 3, row.position());
    });
    for (int r = 0; r < requests.size(); r++) {
      Request request = requests.get(r);
      if (!request.returnedBy().isEmpty() && request.returnedBy().size() != before.get(r).returned()) {
        writeReturns(connection, request);
      }
    }
  }

  /** Rare and short (one row per department that returned the request): rewritten whole. */
  private static void writeReturns(Connection connection, Request request) throws SQLException {
    String id = request.id().value();
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM grid_request_return WHERE request_id = ?")) {
      delete.setString(1, id);
      delete.executeUpdate();
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO grid_request_return (request_id, ord, department_id) VALUES (?, ?, ?)")) {
      int ord = 0;
      for (DepartmentId department : request.returnedBy()) {
        statement.setString(1, id);
        statement.setInt(2, ord++);
        statement.setString(3, department.value());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static void bindEntry(PreparedStatement s, int o, String id, int seq, HistoryEntry e) throws SQLException {
    s.setString(o + 1, id);
    s.setInt(o + 2, seq);
    bindInstant(s, o + 3, e.at());
    String kind;
    String person = null;
    String role = null;
    Office office = null;
    String name = null;
    if (e.actor() instanceof Actor.Staff staff) {
      kind = "STAFF";
      person = staff.person().value();
      role = staff.role();
      office = staff.office();
    } else if (e.actor() instanceof Actor.Citizen citizen) {
      kind = "CITIZEN";
      person = citizen.person().value();
    } else {
      kind = "SYSTEM";
      name = ((Actor.SystemActor) e.actor()).name();
    }
    s.setString(o + 4, kind);
    bindText(s, o + 5, person);
    bindText(s, o + 6, role);
    bindName(s, o + 7, office == null ? null : office.tier());
    bindText(s, o + 8, office == null ? null : office.unit());
    bindText(s, o + 9, name);
    bindName(s, o + 10, e.kind());
    bindName(s, o + 11, e.state());
    bindName(s, o + 12, e.holder().tier());
    s.setString(o + 13, e.holder().unit());
    bindText(s, o + 14, e.reason());
    bindName(s, o + 15, e.chargedTo() == null ? null : e.chargedTo().tier());
    bindText(s, o + 16, e.chargedTo() == null ? null : e.chargedTo().unit());
    bindForm(s, o + 16, e.form());
  }

  /** Binds a form (or none) to the ten form columns after parameter {@code o}. */
  private static void bindForm(PreparedStatement s, int o, Form form) throws SQLException {
    for (int i = 1; i <= 10; i++) {
      s.setNull(o + i, i == 5 || i == 7 || i == 8 ? java.sql.Types.BIGINT : java.sql.Types.VARCHAR);
    }
    if (form == null) {
      return;
    }
    if (form instanceof Form.Report) {
      s.setString(o + 1, "REPORT");
    } else if (form instanceof Form.Assignment a) {
      s.setString(o + 1, "ASSIGNMENT");
      bindName(s, o + 2, a.office().tier());
      s.setString(o + 3, a.office().unit());
      s.setString(o + 4, a.assignee().value());
      bindInstant(s, o + 5, a.dueBy());
    } else if (form instanceof Form.Reminder r) {
      s.setString(o + 1, "REMINDER");
      bindName(s, o + 2, r.office().tier());
      s.setString(o + 3, r.office().unit());
      bindName(s, o + 6, r.missed());
      bindInstant(s, o + 7, r.missedDeadline());
      bindInstant(s, o + 8, r.graceUntil());
    } else {
      Form.Feedback f = (Form.Feedback) form;
      s.setString(o + 1, "FEEDBACK");
      s.setString(o + 9, f.result());
      bindName(s, o + 10, f.rating());
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Queries

  @Override
  public List<Request> findDueBefore(Instant instant, int limit) {
    requireNonNull(instant, "instant");
    requireLimit(limit);
    boolean claim = unitOfWork.claiming();
    return unitOfWork.run("reading requests due before " + instant, connection -> select(connection,
        "SELECT " + COLUMNS + " FROM grid_request WHERE next_deadline < ? ORDER BY next_deadline, id LIMIT ?"
            + (claim ? unitOfWork.dialect().claimSkippingLocked() : ""),
        statement -> {
          statement.setLong(1, Cells.bound(instant));
          statement.setInt(2, limit);
        }, claim));
  }

  @Override
  public List<Request> findDueBefore(Instant instant, Instant afterDeadline, RequestId afterId, int limit) {
    requireNonNull(instant, "instant");
    requireNonNull(afterDeadline, "afterDeadline");
    requireNonNull(afterId, "afterId");
    requireLimit(limit);
    if (!afterDeadline.isBefore(instant)) {
      return List.of();
    }
    boolean claim = unitOfWork.claiming();
    return unitOfWork.run("reading requests due before " + instant, connection -> select(connection,
        "SELECT " + COLUMNS + " FROM grid_request WHERE next_deadline < ? "
            + "AND (next_deadline > ? OR (next_deadline = ? AND id > ?)) ORDER BY next_deadline, id LIMIT ?"
            + (claim ? unitOfWork.dialect().claimSkippingLocked() : ""),
        statement -> {
          statement.setLong(1, Cells.bound(instant));
          statement.setLong(2, Cells.bound(afterDeadline));
          statement.setLong(3, Cells.bound(afterDeadline));
          statement.setString(4, afterId.value());
          statement.setInt(5, limit);
        }, claim));
  }

  @Override
  public List<Request> findDueBetween(Instant from, Instant to, int limit) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireLimit(limit);
    if (!to.isAfter(from)) {
      return List.of();
    }
    return unitOfWork.run("reading requests due between " + from + " and " + to, connection -> select(connection,
        "SELECT " + COLUMNS + " FROM grid_request WHERE next_deadline >= ? AND next_deadline < ? "
            + "ORDER BY next_deadline, id LIMIT ?",
        statement -> {
          statement.setLong(1, Cells.bound(from));
          statement.setLong(2, Cells.bound(to));
          statement.setInt(3, limit);
        }));
  }

  @Override
  public List<Request> findOpen(Tier tier, GridId grid) {
    requireNonNull(tier, "tier");
    return unitOfWork.run("reading open requests at " + tier, connection -> {
      List<Request> found = select(connection,
          "SELECT " + COLUMNS + " FROM grid_request WHERE tier = ? AND next_deadline IS NOT NULL"
              + (grid == null ? "" : " AND grid_id = ?"),
          statement -> {
            statement.setString(1, tier.name());
            if (grid != null) {
              statement.setString(2, grid.value());
            }
          });
      // Sorted here, not by ORDER BY: database collations differ, the model's order does not.
      List<Request> sorted = new ArrayList<>(found);
      sorted.sort((a, b) -> a.id().compareTo(b.id()));
      return sorted;
    });
  }

  @Override
  public Map<RequestState, Long> countByState() {
    return unitOfWork.run("counting requests by state", connection -> {
      unitOfWork.flush();
      Map<RequestState, Long> counts = new EnumMap<>(RequestState.class);
      try (PreparedStatement statement =
              connection.prepareStatement("SELECT state, COUNT(*) FROM grid_request GROUP BY state");
          ResultSet rows = statement.executeQuery()) {
        Cells cells = new Cells(rows, "grid_request").row("(count by state)");
        while (rows.next()) {
          counts.put(cells.requiredEnum("state", "state", RequestState.class), rows.getLong(2));
        }
      }
      return counts;
    });
  }

  @Override
  public long count() {
    return unitOfWork.run("counting requests", connection -> {
      unitOfWork.flush();
      try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM grid_request");
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private static void requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Loading

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** The columns of one grid_request row, before its children are loaded. */
  private static final class Row {
    final String id;
    final long version;
    final Form.Report report;
    final RequestState state;
    final Office holder;
    final PersonId assignee;
    final DeadlineKind stepKind;
    final Instant stepDeadline;
    final boolean reminded;
    final Instant onSiteDeadline;
    final RequestState pausedState;
    final DeadlineKind pausedKind;
    final Instant pausedDeadline;
    final boolean pausedReminded;
    final Instant suspendedAt;
    final int suspendedDays;
    final boolean reopenedAtTier;
    final String result;
    final int historySize;
    final int commandCount;
    final int returnedCount;
    final Instant nextDeadline;
    final List<HistoryEntry> history = new ArrayList<>();
    final List<CommandId> commands = new ArrayList<>();
    final List<DepartmentId> returned = new ArrayList<>();

    Row(Cells c, ResultSet rows) throws SQLException {
      id = rows.getString(1);
      c.row(id);
      c.required("id", "id", RequestId::of);
      version = c.requiredLong("version", "version");
      state = c.requiredEnum("state", "state", RequestState.class);
      Tier tier = c.requiredEnum("tier", "tier", Tier.class);
      String unit = c.requiredText("holder_unit", "holder_unit");
      holder = c.check("holder_unit", () -> new Office(tier, unit));
      assignee = c.optional("assignee", "assignee", PersonId::of);
      nextDeadline = c.optionalInstant("next_deadline");
      stepKind = c.optionalEnum("step_kind", "step_kind", DeadlineKind.class);
      stepDeadline = c.optionalInstant("step_deadline");
      reminded = c.requiredBoolean("reminded", "reminded");
      onSiteDeadline = c.optionalInstant("on_site_deadline");
      pausedState = c.optionalEnum("paused_state", "paused_state", RequestState.class);
      pausedKind = c.optionalEnum("paused_kind", "paused_kind", DeadlineKind.class);
      pausedDeadline = c.optionalInstant("paused_deadline");
      pausedReminded = c.requiredBoolean("paused_reminded", "paused_reminded");
      suspendedAt = c.optionalInstant("suspended_at");
      suspendedDays = c.requiredInt("suspended_days", "suspended_days");
      reopenedAtTier = c.requiredBoolean("reopened_at_tier", "reopened_at_tier");
      result = c.text("result");
      PersonId reporter = c.required("reporter", "reporter", PersonId::of);
      Place place = new Place(
          c.required("county_id", "county_id", CountyId::of),
          c.required("township_id", "township_id", TownshipId::of),
          c.required("district_id", "district_id", DistrictId::of),
          c.required("village_id", "village_id", VillageId::of),
          c.required("grid_id", "grid_id", GridId::of));
      Category category = c.required("category", "category", Category::of);
      String description = c.requiredText("description", "description");
      Urgency urgency = c.requiredEnum("urgency", "urgency", Urgency.class);
      MustAttendType mustAttend = c.optionalEnum("must_attend", "must_attend", MustAttendType.class);
      Tier complaintTier = c.optionalEnum("complaint_tier", "complaint_tier", Tier.class);
      String complaintUnit = c.text("complaint_unit");
      if ((complaintTier == null) != (complaintUnit == null)) {
        throw c.error(complaintTier == null ? "complaint_tier" : "complaint_unit", "is null while the other is not");
      }
      Office complaint =
          complaintTier == null ? null : c.check("complaint_unit", () -> new Office(complaintTier, complaintUnit));
      report = c.check("description",
          () -> new Form.Report(reporter, place, category, description, urgency, mustAttend, complaint));
      historySize = c.requiredInt("history_size", "history_size");
      commandCount = c.requiredInt("command_count", "command_count");
      returnedCount = c.requiredInt("returned_count", "returned_count");
    }

    Request toRequest() {
      Cells c = new Cells(null, "grid_request").row(id);
      if (history.size() != historySize) {
        throw c.error("history_size", historySize + ", but grid_request_history holds " + history.size() + " rows");
      }
      if (commands.size() != commandCount) {
        throw c.error("command_count", commandCount + ", but grid_request_command holds " + commands.size()
            + " rows");
      }
      if (returned.size() != returnedCount) {
        throw c.error("returned_count", returnedCount + ", but grid_request_return holds " + returned.size()
            + " rows");
      }
      Request.Snapshot snapshot;
      try {
        snapshot = new Request.Snapshot(RequestId.of(id), version, report, state, holder, assignee, stepKind,
            stepDeadline, reminded, onSiteDeadline, pausedState, pausedKind, pausedDeadline, pausedReminded,
            suspendedAt, suspendedDays, ImmutableSet.copyOf(returned), reopenedAtTier, result,
            ImmutableList.copyOf(history), ImmutableSet.copyOf(commands));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw c.error(column(String.valueOf(e.getMessage())), e.getMessage());
      }
      Request request = Request.restore(snapshot);
      if (!java.util.Objects.equals(request.nextDeadlineOrNull(), nextDeadline)) {
        throw c.error("next_deadline", "is " + nextDeadline + ", but the request's deadlines give "
            + request.nextDeadlineOrNull());
      }
      return request;
    }

    /** The column of a snapshot field named at the start of the model's message. */
    private static String column(String message) {
      String field = message.split("[ ,:]", 2)[0];
      StringBuilder column = new StringBuilder();
      for (char ch : field.toCharArray()) {
        if (Character.isUpperCase(ch)) {
          column.append('_').append(Character.toLowerCase(ch));
        } else {
          column.append(ch);
        }
      }
      return column.toString();
    }
  }

  private List<Request> select(Connection connection, String sql, Binder binder) throws SQLException {
    return select(connection, sql, binder, false);
  }

  /** Runs a query of grid_request rows and loads their children; {@code claimed} when it locked the rows. */
  private List<Request> select(Connection connection, String sql, Binder binder, boolean claimed)
      throws SQLException {
    unitOfWork.flush();
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet result = statement.executeQuery()) {
        Cells cells = new Cells(result, "grid_request", REQUEST_POSITIONS);
        while (result.next()) {
          rows.add(new Row(cells, result));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Row> byId = new HashMap<>();
    for (Row row : rows) {
      byId.put(row.id, row);
    }
    List<String> ids = new ArrayList<>(byId.keySet());
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      loadHistory(connection, chunk, byId);
      loadCommands(connection, chunk, byId);
      if (chunk.stream().anyMatch(id -> byId.get(id).returnedCount > 0)) {
        loadReturns(connection, chunk, byId);
      }
    }
    List<Request> requests = new ArrayList<>(rows.size());
    Map<String, Sizes> seen = seen();
    for (Row row : rows) {
      Request request = row.toRequest();
      requests.add(request);
      if (seen != null) {
        seen.put(row.id, new Sizes(row.version, row.historySize, row.commandCount, row.returnedCount, claimed));
      }
    }
    return Collections.unmodifiableList(requests);
  }

  private static String placeholders(int n) {
    return "?, ".repeat(n - 1) + "?";
  }

  private static void bindIds(PreparedStatement statement, List<String> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setString(i + 1, ids.get(i));
    }
  }

  private static void loadHistory(Connection connection, List<String> ids, Map<String, Row> byId)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(String.format(SELECT_HISTORY, placeholders(ids.size())))) {
      bindIds(statement, ids);
      try (ResultSet rows = statement.executeQuery()) {
        Cells h = new Cells(rows, "grid_request_history", HISTORY_POSITIONS);
        while (rows.next()) {
          Row owner = byId.get(rows.getString(1));
          int seq = rows.getInt(2);
          String rowId = owner.id + "/" + seq;
          h.row(rowId);
          if (seq != owner.history.size()) {
            throw h.error("seq", "expected " + owner.history.size() + ": the history has a gap");
          }
          owner.history.add(entry(h, rows, owner.report));
        }
      }
    }
  }

  private static HistoryEntry entry(Cells h, ResultSet rows, Form.Report report) throws SQLException {
    Instant at = h.requiredInstant("at", "at");
    String actorKind = h.requiredText("actor_kind", "actor_kind");
    Actor actor = switch (actorKind) {
      case "STAFF" -> {
        PersonId person = h.required("actor_person", "actor_person", PersonId::of);
        String role = h.requiredText("actor_role", "actor_role");
        Office office = office(h, rows, "actor_tier", "actor_unit", true);
        yield h.check("actor_role", () -> Actor.staff(person, role, office));
      }
      case "CITIZEN" -> Actor.citizen(h.required("actor_person", "actor_person", PersonId::of));
      case "SYSTEM" -> {
        String name = h.requiredText("actor_name", "actor_name");
        yield h.check("actor_name", () -> new Actor.SystemActor(name));
      }
      default -> throw h.error("actor_kind", "'" + actorKind + "' is not STAFF, CITIZEN or SYSTEM");
    };
    TransitionKind kind = h.requiredEnum("kind", "kind", TransitionKind.class);
    RequestState state = h.requiredEnum("state", "state", RequestState.class);
    Office holder = office(h, rows, "holder_tier", "holder_unit", true);
    String reason = h.text("reason");
    Office charged = office(h, rows, "charged_tier", "charged_unit", false);
    Form form = form(h, rows, report);
    return h.check("at", () -> new HistoryEntry(at, actor, kind, state, holder, form, reason, charged));
  }

  private static Form form(Cells f, ResultSet rows, Form.Report report) throws SQLException {
    String kind = f.text("form_kind");
    if (kind == null) {
      return null;
    }
    switch (kind) {
      case "REPORT":
        return report;
      case "ASSIGNMENT": {
        Office office = office(f, rows, "form_office_tier", "form_office_unit", true);
        PersonId assignee = f.required("form_assignee", "form_assignee", PersonId::of);
        Instant dueBy = f.requiredInstant("form_due_by", "form_due_by");
        return new Form.Assignment(office, assignee, dueBy);
      }
      case "REMINDER": {
        Office office = office(f, rows, "form_office_tier", "form_office_unit", true);
        DeadlineKind missed = f.requiredEnum("form_missed", "form_missed", DeadlineKind.class);
        Instant missedDeadline = f.requiredInstant("form_missed_deadline", "form_missed_deadline");
        Instant graceUntil = f.requiredInstant("form_grace_until", "form_grace_until");
        return new Form.Reminder(office, missed, missedDeadline, graceUntil);
      }
      case "FEEDBACK": {
        String result = f.requiredText("form_result", "form_result");
        Rating rating = f.optionalEnum("form_rating", "form_rating", Rating.class);
        return f.check("form_result", () -> new Form.Feedback(result, rating));
      }
      default:
        throw f.error("form_kind", "'" + kind + "' is not REPORT, ASSIGNMENT, REMINDER or FEEDBACK");
    }
  }

  private static Office office(Cells c, ResultSet rows, String tierColumn, String unitColumn, boolean required)
      throws SQLException {
    Tier tier = c.optionalEnum(tierColumn, tierColumn, Tier.class);
    String unit = c.text(unitColumn);
    if (tier == null && unit == null) {
      if (required) {
        throw c.error(tierColumn, "is null");
      }
      return null;
    }
    if (tier == null || unit == null) {
      throw c.error(tier == null ? tierColumn : unitColumn, "is null while the other is not");
    }
    return c.check(unitColumn, () -> new Office(tier, unit));
  }

  private static void loadCommands(Connection connection, List<String> ids, Map<String, Row> byId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT request_id, command_id FROM grid_request_command WHERE request_id IN (" + placeholders(ids.size())
            + ") ORDER BY request_id, ord")) {
      bindIds(statement, ids);
      try (ResultSet rows = statement.executeQuery()) {
        Cells c = new Cells(rows, "grid_request_command");
        while (rows.next()) {
          Row owner = byId.get(rows.getString(1));
          c.row(owner.id + "/" + rows.getString(2));
          owner.commands.add(c.required("command_id", "command_id", CommandId::of));
        }
      }
    }
  }

  private static void loadReturns(Connection connection, List<String> ids, Map<String, Row> byId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT request_id, ord, department_id FROM grid_request_return WHERE request_id IN ("
            + placeholders(ids.size()) + ") ORDER BY request_id, ord")) {
      bindIds(statement, ids);
      try (ResultSet rows = statement.executeQuery()) {
        Cells c = new Cells(rows, "grid_request_return");
        while (rows.next()) {
          Row owner = byId.get(rows.getString(1));
          c.row(owner.id + "/" + rows.getInt(2));
          owner.returned.add(c.required("department_id", "department_id", DepartmentId::of));
        }
      }
    }
  }
}
