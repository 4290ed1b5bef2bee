package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.Dialect;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.escalation.RequestChildren.Sizes;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.Visibility;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.out.RequestRepository;

/**
 * A {@link RequestRepository} over a relational database (H2, PostgreSQL or MariaDB) migrated by {@link
 * org.grid.adapters.jdbc.GridSchema}. A request is a row of {@code grid_request} (its record without the history:
 * the state and its named parts, the report form, and its next deadline, indexed with its id for "due before"),
 * with its append-only history in {@code grid_request_history} (each entry in one row with the form issued with
 * it), the ids of the commands applied, each with the digest of its content, in {@code grid_request_command} and
 * the departments that returned it in {@code grid_request_return}. Its offices are stored as (tier, unit) and
 * rebuilt beside its place. The mapping is not here: {@link RequestRowCodec} binds and reads the request row by
 * column name, {@link HistoryRowCodec} the history rows, {@link RequestChildren} writes and loads the child
 * rows, and {@link ClaimBatching} remembers what the transaction read and batches a sweep's saves; this class
 * keeps the queries and the version-checked save.
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

  /** The ids of a county's requests with a history entry in [?, ?): a range of ix_grid_request_history_at. */
  static final String ACTIVE_BETWEEN =
      "SELECT DISTINCT h.request_id FROM grid_request_history h JOIN grid_request r ON r.id = h.request_id "
          + "WHERE h.at >= ? AND h.at < ? AND r.county_id = ?";

  /**
   * A reporter's requests in a township, locked for {@link #eraseFreeText}: read through the reporter's index
   * (ix_grid_request_reporter_reported, V15), the township checked in each row.
   */
  static final String REPORTER_IN_TOWNSHIP =
      RequestRowCodec.SELECT + "WHERE township_id = ? AND reporter = ? ORDER BY id FOR UPDATE";

  /** How many ids one {@code IN} list of {@link #findAllById} binds. */
  private static final int BY_ID_CHUNK = 500;

  private final JdbcUnitOfWork unitOfWork;
  private final ClaimBatching claims;

  /**
   * Creates the repository on a unit of work, so that its saves join the unit's transaction (and the outbox's).
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcRequestRepository(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.claims = new ClaimBatching(unitOfWork);
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
      if (unitOfWork.dialect() == Dialect.POSTGRESQL) {
        return selectOne(connection, id);
      }
      List<Request> found = select(connection, RequestRowCodec.SELECT + "WHERE id = ?",
          statement -> statement.setString(1, id.value()), false);
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
    RequestRecord record = request.snapshot();
    if (expectedVersion > 0 && claims.defer(record, expectedVersion)) {
      return true;
    }
    return unitOfWork.run("saving request " + request.id(), connection -> {
      unitOfWork.flush();
      return expectedVersion == 0 ? insert(connection, record) : update(connection, record, expectedVersion);
    });
  }

  private boolean insert(Connection connection, RequestRecord record) throws SQLException {
    if (unitOfWork.dialect() == Dialect.POSTGRESQL) {
      // ON CONFLICT refuses a duplicate id in the same round trip, where a savepoint would cost two more.
      try (PreparedStatement statement =
          connection.prepareStatement(RequestRowCodec.INSERT + " ON CONFLICT (id) DO NOTHING")) {
        RequestRowCodec.COLUMNS.bindAll(statement, 0, record);
        if (statement.executeUpdate() == 0) {
          return false;
        }
      }
    } else {
      // A savepoint, so that a duplicate id refuses this save without spoiling the caller's transaction.
      Savepoint savepoint = connection.setSavepoint();
      try (PreparedStatement statement = connection.prepareStatement(RequestRowCodec.INSERT)) {
        RequestRowCodec.COLUMNS.bindAll(statement, 0, record);
        statement.executeUpdate();
      } catch (SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
          connection.rollback(savepoint);
          return false;
        }
        throw e;
      }
      releaseQuietly(connection, savepoint);
    }
    RequestChildren.append(unitOfWork, connection, List.of(record), List.of(new Sizes(0, 0, 0, 0, true, null)));
    claims.written(record);
    return true;
  }

  private static void releaseQuietly(Connection connection, Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException ignored) {
      // Some drivers do not release savepoints; it ends with the transaction anyway.
    }
  }

  private boolean update(Connection connection, RequestRecord record, long expectedVersion) throws SQLException {
    Sizes sizes = claims.sizes(record.id().value());
    boolean read = sizes != null && sizes.version() == expectedVersion;
    if (!read) {
      // Not read in this transaction at the expected version: lock the row and read its sizes. (When it was, and
      // the UPDATE below finds that version, the stored sizes are those read: a committed version is never reused.)
      sizes = lockedSizes(connection, record.id(), expectedVersion);
      if (sizes == null) {
        return false;
      }
    }
    if (sizes.history() > record.history().size() || sizes.commands() > record.appliedCommands().size()) {
      throw new IllegalArgumentException("request " + record.id() + ": history or command ids shorter than stored");
    }
    // Read at the expected version in this transaction (a command's save): on PostgreSQL the update waits to go with
    // the child and outbox rows and the COMMIT, in one round trip; if another transaction changed the row since the
    // read, the server stops that statement before the COMMIT and the whole command is tried again, reading the new
    // version (JdbcUnitOfWork#updateLater). Otherwise it runs now and its count answers.
    // Read without the row's lock (a command's read): the update also finds the result as read, so that a command
    // that read the request before its reporter's free text was erased (the erasure keeps the version) cannot write
    // the erased text back, nor copy it into a new entry; it finds no row, as for another version.
    boolean guarded = read && !sizes.locked();
    String update = guarded ? RequestRowCodec.UPDATE_IF_RESULT : RequestRowCodec.UPDATE;
    Versioned versioned = new Versioned(record, expectedVersion, guarded, sizes.result());
    if (!read || !unitOfWork.updateLater("request " + record.id() + " at version " + expectedVersion,
        update, versioned, JdbcRequestRepository::bindUpdate)) {
      try (PreparedStatement statement = connection.prepareStatement(update)) {
        bindUpdate(statement, 0, versioned);
        if (statement.executeUpdate() != 1) {
          return false;
        }
      }
    }
    RequestChildren.append(unitOfWork, connection, List.of(record), List.of(sizes));
    claims.written(record);
    return true;
  }

  /**
   * A request to store over the version it was read at; {@code guarded} when the update must also find the result
   * as read ({@link RequestRowCodec#UPDATE_IF_RESULT}).
   */
  private record Versioned(RequestRecord record, long expectedVersion, boolean guarded, String readResult) {}

  /**
   * Binds {@link RequestRowCodec#UPDATE} or {@link RequestRowCodec#UPDATE_IF_RESULT}: the changing columns, the id
   * and the expected version, then for the guarded one the result as read (twice: equal, or both null).
   */
  private static void bindUpdate(PreparedStatement statement, int offset, Versioned update) throws SQLException {
    int next = RequestRowCodec.COLUMNS.bindChanging(statement, offset, update.record());
    statement.setString(next + 1, update.record().id().value());
    statement.setLong(next + 2, update.expectedVersion());
    if (update.guarded()) {
      statement.setString(next + 3, update.readResult());
      statement.setBoolean(next + 4, update.readResult() == null);
    }
  }

  /** Locks a request's row and reads the sizes of its child rows; null when it is not at the expected version. */
  private static Sizes lockedSizes(Connection connection, RequestId id, long expectedVersion) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(
        "SELECT version, history_size, command_count, returned_count FROM grid_request WHERE id = ? FOR UPDATE")) {
      lock.setString(1, id.value());
      try (ResultSet rows = lock.executeQuery()) {
        if (!rows.next() || rows.getLong(1) != expectedVersion) {
          return null;
        }
        return new Sizes(expectedVersion, rows.getInt(2), rows.getInt(3), rows.getInt(4), true, null);
      }
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
        RequestRowCodec.SELECT + "WHERE next_deadline < ? ORDER BY next_deadline, id LIMIT ?"
            + (claim ? unitOfWork.dialect().claimSkippingLocked() : ""),
        statement -> {
          statement.setLong(1, Sql.epochNanosBound(instant));
          statement.setInt(2, limit);
        }, claim));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One count over the due index's entries before the instant, up to the limit ({@code ix_grid_request_due}).
   */
  @Override
  public int countDueBefore(Instant instant, int limit) {
    requireNonNull(instant, "instant");
    requireLimit(limit);
    return unitOfWork.run("counting requests due before " + instant, connection -> {
      unitOfWork.flush();
      try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT id FROM "
          + "grid_request WHERE next_deadline < ? ORDER BY next_deadline, id LIMIT ?) due")) {
        statement.setLong(1, Sql.epochNanosBound(instant));
        statement.setInt(2, limit);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      }
    });
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
        RequestRowCodec.SELECT + "WHERE next_deadline < ? "
            + "AND (next_deadline > ? OR (next_deadline = ? AND id > ?)) ORDER BY next_deadline, id LIMIT ?"
            + (claim ? unitOfWork.dialect().claimSkippingLocked() : ""),
        statement -> {
          statement.setLong(1, Sql.epochNanosBound(instant));
          statement.setLong(2, Sql.epochNanosBound(afterDeadline));
          statement.setLong(3, Sql.epochNanosBound(afterDeadline));
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
        RequestRowCodec.SELECT + "WHERE next_deadline >= ? AND next_deadline < ? "
            + "ORDER BY next_deadline, id LIMIT ?",
        statement -> {
          statement.setLong(1, Sql.epochNanosBound(from));
          statement.setLong(2, Sql.epochNanosBound(to));
          statement.setInt(3, limit);
        }));
  }

  @Override
  public List<Request> findOpen(Tier tier, GridId grid) {
    requireNonNull(tier, "tier");
    return unitOfWork.run("reading open requests at " + tier, connection -> {
      List<Request> found = select(connection,
          RequestRowCodec.SELECT + "WHERE tier = ? AND next_deadline IS NOT NULL"
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

  /**
   * {@inheritDoc}
   *
   * <p>One query, {@code ORDER BY reported_at DESC, id DESC} with the keyset condition and {@code LIMIT}, answered
   * from an index of V15 in the list's order: the township's (a township, district or village grid office), the
   * reporter's (a citizen), or the report time's with the county in its entries (a county office or department), so
   * the database reads the page in index order and stops after it.
   */
  @Override
  public List<Request> findPage(RequestFilter filter, PageCursor after, int limit) {
    requireNonNull(filter, "filter");
    requireLimit(limit);
    PageQuery query = pageQuery(filter, after, limit);
    return unitOfWork.run("reading a page of requests", connection -> select(connection, query.sql(),
        statement -> Sql.bind(statement, query.values().toArray())));
  }

  /** The SQL of a page and its parameters, in order. */
  record PageQuery(String sql, List<Object> values) {}

  /** Builds the query of {@link #findPage}; package-private for the test of its plan. */
  static PageQuery pageQuery(RequestFilter filter, PageCursor after, int limit) {
    List<String> where = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    Visibility visibility = filter.visibility();
    if (visibility.office() != null) {
      placeOf(visibility.office(), where, values);
    }
    if (visibility.reporter() != null) {
      where.add("reporter = ?");
      values.add(visibility.reporter().value());
    }
    if (filter.tier() != null) {
      where.add("tier = ?");
      values.add(filter.tier().name());
    }
    Office holder = filter.holder();
    if (holder != null) {
      where.add("tier = ? AND holder_unit = ? AND county_id = ?");
      values.add(holder.tier().name());
      values.add(holder.unit());
      values.add(holder.county().value());
      if (holder.township() != null) {
        where.add("township_id = ?");
        values.add(holder.township().value());
      }
      if (holder.district() != null) {
        where.add("district_id = ? AND village_id = ?");
        values.add(holder.district().value());
        values.add(holder.village().value());
      }
    }
    if (filter.state() != null) {
      where.add("state = ?");
      values.add(filter.state().name());
    }
    if (filter.category() != null) {
      where.add("current_category = ?");
      values.add(filter.category().code());
    }
    if (filter.overdueAt() != null) {
      where.add("next_deadline < ?");
      values.add(Sql.epochNanosBound(filter.overdueAt()));
    }
    if (filter.reporter() != null) {
      where.add("reporter = ?");
      values.add(filter.reporter().value());
    }
    if (filter.reportedFrom() != null) {
      where.add("reported_at >= ?");
      values.add(Sql.epochNanosBound(filter.reportedFrom()));
    }
    if (filter.reportedUntil() != null) {
      where.add("reported_at < ?");
      values.add(Sql.epochNanosBound(filter.reportedUntil()));
    }
    if (after != null) {
      long at = Sql.epochNanosBound(after.reportedAt());
      where.add("(reported_at < ? OR (reported_at = ? AND id < ?))");
      values.add(at);
      values.add(at);
      values.add(after.id().value());
    }
    String sql = RequestRowCodec.SELECT + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where) + " ")
        + "ORDER BY reported_at DESC, id DESC LIMIT ?";
    values.add(limit);
    return new PageQuery(sql, values);
  }

  /** The conditions of {@link Office#covers}: the place's path down to the office's unit, in the office's county. */
  private static void placeOf(Office office, List<String> where, List<Object> values) {
    where.add("county_id = ?");
    values.add(office.county().value());
    switch (office.tier()) {
      case DEPARTMENT, COUNTY_OFFICE -> { }
      case TOWNSHIP_OFFICE -> {
        where.add("township_id = ?");
        values.add(office.unit());
      }
      case DISTRICT_GRID -> {
        where.add("township_id = ? AND district_id = ?");
        values.add(office.township().value());
        values.add(office.unit());
      }
      case VILLAGE_GRID -> {
        where.add("township_id = ? AND district_id = ? AND village_id = ? AND grid_id = ?");
        values.add(office.township().value());
        values.add(office.district().value());
        values.add(office.village().value());
        values.add(office.unit());
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query: a range scan of {@code ix_grid_request_history_at} (V11) over the period's entries, each joined to
   * its request's row by key for the county.
   */
  @Override
  public List<RequestId> findIdsActiveBetween(CountyId county, Instant from, Instant to) {
    requireNonNull(county, "county");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return List.of();
    }
    return unitOfWork.run("reading the requests active between " + from + " and " + to, connection -> {
      unitOfWork.flush();
      List<RequestId> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(ACTIVE_BETWEEN)) {
        statement.setLong(1, Sql.epochNanosBound(from));
        statement.setLong(2, Sql.epochNanosBound(to));
        statement.setString(3, county.value());
        try (ResultSet rows = statement.executeQuery()) {
          RowReader reader = new RowReader(rows, "grid_request_history").row("(active between)");
          while (rows.next()) {
            ids.add(reader.required("request_id", RequestId::of));
          }
        }
      }
      // Sorted here, not by ORDER BY: database collations differ, the model's order does not.
      ids.sort(Comparator.naturalOrder());
      return ids;
    });
  }

  @Override
  public List<Request> findAllById(Collection<RequestId> ids) {
    requireNonNull(ids, "ids");
    TreeSet<String> wanted = new TreeSet<>();
    for (RequestId id : ids) {
      wanted.add(requireNonNull(id, "id").value());
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    return unitOfWork.run("reading " + wanted.size() + " requests by id", connection -> {
      List<String> all = new ArrayList<>(wanted);
      List<Request> found = new ArrayList<>(all.size());
      for (int from = 0; from < all.size(); from += BY_ID_CHUNK) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + BY_ID_CHUNK));
        found.addAll(select(connection, RequestRowCodec.SELECT + "WHERE id IN ("
            + "?, ".repeat(chunk.size() - 1) + "?)", statement -> {
              for (int i = 0; i < chunk.size(); i++) {
                statement.setString(i + 1, chunk.get(i));
              }
            }));
      }
      found.sort((a, b) -> a.id().compareTo(b.id()));
      return Collections.unmodifiableList(found);
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: the reporter's requests in the township are read and locked ({@code FOR UPDATE}; found
   * through the reporter's index, {@link #REPORTER_IN_TOWNSHIP}), and for each that holds other free text its {@code
   * description} and {@code result}, its history rows' {@code reason} and its feedback rows' {@code form_result}
   * are overwritten with the marker. These are the only updates of history rows, which are otherwise append-only;
   * versions, counts and every other column stay. The outbox is not touched: events that leave grid carry no free
   * text in clear.
   */
  @Override
  public int eraseFreeText(TownshipId township, PersonId reporter, String marker) {
    requireNonNull(township, "township");
    requireNonNull(reporter, "reporter");
    requireNonNull(marker, "marker");
    if (marker.isBlank()) {
      throw new IllegalArgumentException("marker must not be blank");
    }
    return unitOfWork.run("erasing the free text of a reporter's requests in " + township, connection -> {
      List<Request> requests = select(connection, REPORTER_IN_TOWNSHIP, statement -> {
            statement.setString(1, township.value());
            statement.setString(2, reporter.value());
          });
      int erased = 0;
      for (Request request : requests) {
        RequestRecord record = request.snapshot();
        RequestRecord blank = record.withFreeTextErased(marker);
        if (blank == record) {
          continue;
        }
        String id = record.id().value();
        Sql.update(connection, "UPDATE grid_request SET description = ?, result = ? WHERE id = ?",
            blank.report().description(), Sql.textOrNull(blank.result()), id);
        Sql.update(connection, "UPDATE grid_request_history SET reason = ? WHERE request_id = ? "
            + "AND reason IS NOT NULL", marker, id);
        Sql.update(connection, "UPDATE grid_request_history SET form_result = ? WHERE request_id = ? "
            + "AND form_kind = 'FEEDBACK'", marker, id);
        // a digest hashes its command's text: kept as the empty digest (NULL), as RequestRecord.withFreeTextErased does
        Sql.update(connection, "UPDATE grid_request_command SET digest = NULL WHERE request_id = ?", id);
        erased++;
      }
      return erased;
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
        RowReader c = new RowReader(rows, RequestRowCodec.TABLE).row("(count by state)");
        while (rows.next()) {
          counts.put(c.requiredEnum("state", RequestState.class), rows.getLong(2));
        }
      }
      return counts;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code GROUP BY} over the open rows ({@code next_deadline IS NOT NULL}, as {@link #findOpen} asks).
   */
  @Override
  public Map<Tier, Map<RequestState, Long>> countOpenByTierAndState() {
    return unitOfWork.run("counting open requests by tier and state", connection -> {
      unitOfWork.flush();
      Map<Tier, Map<RequestState, Long>> counts = new EnumMap<>(Tier.class);
      try (PreparedStatement statement = connection.prepareStatement("SELECT tier, state, COUNT(*) FROM grid_request "
              + "WHERE next_deadline IS NOT NULL GROUP BY tier, state");
          ResultSet rows = statement.executeQuery()) {
        RowReader c = new RowReader(rows, RequestRowCodec.TABLE).row("(count of open requests by tier and state)");
        while (rows.next()) {
          counts.computeIfAbsent(c.requiredEnum("tier", Tier.class), t -> new EnumMap<>(RequestState.class))
              .put(c.requiredEnum("state", RequestState.class), rows.getLong(3));
        }
      }
      return RequestRepository.unmodifiable(counts);
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

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private List<Request> select(Connection connection, String sql, Binder binder) throws SQLException {
    return select(connection, sql, binder, false);
  }

  /**
   * A request's row, history and command ids, and the work calendar of its township, in one statement: on
   * PostgreSQL, one round trip.
   */
  private static final String ONE_WITH_CHILDREN = RequestRowCodec.SELECT + "WHERE id = ?; "
      + RequestChildren.HISTORY_OF_ONE + "; " + RequestChildren.COMMANDS_OF_ONE + "; " + JdbcWorkCalendars.OF_REQUEST;

  /**
   * Reads one request with its children in one round trip (PostgreSQL runs the queries of one statement in order,
   * each on its own snapshot, as separate statements would; the children's sizes stored in the row bound what is
   * read of them, as in {@link #select}). The calendar of the request's township comes with it, for the rest of the
   * transaction ({@link JdbcWorkCalendars}): a command on the request needs it next, and the township of a request
   * never changes.
   */
  private Optional<Request> selectOne(Connection connection, RequestId id) throws SQLException {
    unitOfWork.flush();
    try (PreparedStatement statement = connection.prepareStatement(ONE_WITH_CHILDREN)) {
      for (int i = 1; i <= 4; i++) {
        statement.setString(i, id.value());
      }
      statement.execute();
      return readOne(connection, statement);
    }
  }

  /** Reads the results of {@link #ONE_WITH_CHILDREN}, the statement's current result being its first. */
  private Optional<Request> readOne(Connection connection, PreparedStatement statement) throws SQLException {
    Map<String, RequestRowCodec.Row> byId = new LinkedHashMap<>();
    try (ResultSet result = statement.getResultSet()) {
      RowReader reader = RequestRowCodec.COLUMNS.reader(result);
      while (result.next()) {
        RequestRowCodec.Row row = RequestRowCodec.read(reader);
        byId.put(row.id, row);
      }
    }
    statement.getMoreResults();
    try (ResultSet result = statement.getResultSet()) {
      RequestChildren.readHistory(result, byId);
    }
    statement.getMoreResults();
    try (ResultSet result = statement.getResultSet()) {
      RequestChildren.readCommands(result, byId);
    }
    statement.getMoreResults();
    try (ResultSet result = statement.getResultSet()) {
      if (!byId.isEmpty()) {
        JdbcWorkCalendars.remember(unitOfWork, byId.values().iterator().next().report.place().township(), result);
      }
    }
    if (byId.isEmpty()) {
      return Optional.empty();
    }
    RequestChildren.loadReturnsIfAny(connection, byId);
    RequestRowCodec.Row row = byId.values().iterator().next();
    Request request = row.toRequest();
    claims.read(row.id,
        new Sizes(row.version, row.historySize, row.commandCount, row.returnedCount, false, row.result));
    return Optional.of(request);
  }

  /** Runs a query of grid_request rows and loads their children; {@code claimed} when it locked the rows. */
  private List<Request> select(Connection connection, String sql, Binder binder, boolean claimed)
      throws SQLException {
    unitOfWork.flush();
    Map<String, RequestRowCodec.Row> byId = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet result = statement.executeQuery()) {
        RowReader reader = RequestRowCodec.COLUMNS.reader(result);
        while (result.next()) {
          RequestRowCodec.Row row = RequestRowCodec.read(reader);
          byId.put(row.id, row);
        }
      }
    }
    if (byId.isEmpty()) {
      return List.of();
    }
    RequestChildren.load(connection, byId);
    List<Request> requests = new ArrayList<>(byId.size());
    for (RequestRowCodec.Row row : byId.values()) {
      requests.add(row.toRequest());
      claims.read(row.id,
          new Sizes(row.version, row.historySize, row.commandCount, row.returnedCount, claimed, row.result));
    }
    return Collections.unmodifiableList(requests);
  }
}
