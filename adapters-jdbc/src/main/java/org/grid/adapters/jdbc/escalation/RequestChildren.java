package org.grid.adapters.jdbc.escalation;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.Sql;
import org.grid.adapters.jdbc.TableColumns;
import org.grid.adapters.jdbc.escalation.HistoryRowCodec.HistoryRow;
import org.grid.escalation.model.AppliedCommands;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.RequestRecord;

/**
 * The child rows of a request: its history ({@code grid_request_history}, through {@link HistoryRowCodec}), the
 * ids of the commands applied with the digest of each one's content ({@code grid_request_command}; an empty digest
 * is stored as NULL, and NULL, as in the rows written before V10, reads back as the empty digest) and the departments that returned it ({@code
 * grid_request_return}). History and command ids are append-only, so a save inserts only the rows after those
 * stored, in multi-row inserts; the few returning departments are rewritten whole when they change.
 */
final class RequestChildren {

  /** At most this many ids go into one {@code IN (...)} list when children are loaded. */
  private static final int IN_CHUNK = 500;

  /**
   * The sizes of a request's child rows at a version, as read or written in the current transaction.
   *
   * @param version the request's version
   * @param history the number of history rows
   * @param commands the number of command id rows
   * @param returned the number of returning departments
   * @param locked whether the transaction holds the request's row lock (it claimed or wrote the row)
   * @param result the request's result (free text) as read at that version, or null; a command's update of a row
   *     read without its lock finds it unchanged, unless the reporter's free text was erased since the read (which
   *     keeps the version): then the update finds no row, so that the command cannot write the text back
   */
  record Sizes(long version, int history, int commands, int returned, boolean locked, String result) {

    /** The sizes of a record as it is stored once written, under the lock of the writing transaction. */
    static Sizes of(RequestRecord r) {
      return new Sizes(r.version(), r.history().size(), r.appliedCommands().size(), r.returnedBy().size(), true,
          r.result());
    }
  }

  /** A child row: a value of a request at its position. */
  private record Child<T>(String requestId, int position, T value) {}

  private static final TableColumns<Child<Map.Entry<CommandId, String>>> COMMANDS =
      TableColumns.<Child<Map.Entry<CommandId, String>>>of("grid_request_command")
          .fixedText("request_id", Child::requestId)
          .fixedText("command_id", c -> c.value().getKey().value())
          .fixedInteger("ord", Child::position)
          .fixedText("digest", c -> c.value().getValue().isEmpty() ? null : c.value().getValue())
          .build();

  private static final TableColumns<Child<DepartmentId>> RETURNS =
      TableColumns.<Child<DepartmentId>>of("grid_request_return")
          .fixedText("request_id", Child::requestId)
          .fixedInteger("ord", Child::position)
          .fixedText("department_id", c -> c.value().value())
          .build();

  private RequestChildren() {}

  /**
   * Inserts, for each request, the history entries and command ids after those stored before, and rewrites its
   * returning departments when their number changed. The history and command rows wait for the unit of work
   * ({@link JdbcUnitOfWork#insertLater}), so that on PostgreSQL they go to the server with the outbox rows of the
   * same transaction in one round trip; outside a unit of work they are inserted at once.
   *
   * @param unitOfWork the unit of work the connection belongs to
   * @param connection the connection
   * @param records the requests
   * @param before the sizes stored before, one per request
   * @throws IllegalArgumentException if a history entry carries a report other than its request's
   */
  static void append(JdbcUnitOfWork unitOfWork, Connection connection, List<RequestRecord> records, List<Sizes> before)
      throws SQLException {
    List<HistoryRow> entries = new ArrayList<>();
    List<Child<Map.Entry<CommandId, String>>> commands = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      RequestRecord record = records.get(r);
      String id = record.id().value();
      ImmutableList<HistoryEntry> history = record.history();
      for (int seq = before.get(r).history(); seq < history.size(); seq++) {
        HistoryEntry e = history.get(seq);
        if (e.form() instanceof Form.Report report && !report.equals(record.report())) {
          throw new IllegalArgumentException(
              "request " + id + ": history entry " + seq + " carries a report other than the request's");
        }
        entries.add(new HistoryRow(id, seq, e));
      }
      AppliedCommands applied = record.appliedCommands();
      for (int ord = before.get(r).commands(); ord < applied.size(); ord++) {
        commands.add(new Child<>(id, ord, Map.entry(applied.id(ord), applied.digest(ord))));
      }
    }
    if (!unitOfWork.insertLater(HistoryRowCodec.TABLE, HistoryRowCodec.COLUMNS.names(), entries,
        HistoryRowCodec.COLUMNS::bindAll)) {
      Sql.insertRows(connection, HistoryRowCodec.TABLE, HistoryRowCodec.COLUMNS.names(), entries,
          HistoryRowCodec.COLUMNS::bindAll);
    }
    if (!unitOfWork.insertLater(COMMANDS.table(), COMMANDS.names(), commands, COMMANDS::bindAll)) {
      Sql.insertRows(connection, COMMANDS.table(), COMMANDS.names(), commands, COMMANDS::bindAll);
    }
    for (int r = 0; r < records.size(); r++) {
      RequestRecord record = records.get(r);
      if (!record.returnedBy().isEmpty() && record.returnedBy().size() != before.get(r).returned()) {
        writeReturns(connection, record);
      }
    }
  }

  /** Rare and short (one row per department that returned the request): rewritten whole. */
  private static void writeReturns(Connection connection, RequestRecord record) throws SQLException {
    String id = record.id().value();
    Sql.update(connection, "DELETE FROM grid_request_return WHERE request_id = ?", id);
    List<Child<DepartmentId>> rows = new ArrayList<>();
    for (DepartmentId department : record.returnedBy()) {
      rows.add(new Child<>(id, rows.size(), department));
    }
    Sql.insertRows(connection, RETURNS.table(), RETURNS.names(), rows, RETURNS::bindAll);
  }

  /**
   * Loads the child rows of the requests read, in chunks of ids: for each request those its row counts
   * ({@code history_size}, {@code command_count}, {@code returned_count}). The row and its children are read by
   * separate statements, and at READ COMMITTED a change committed in between has appended rows the row read does not
   * count yet; the children are append-only and numbered from 0 ({@code seq}, {@code ord}; the returning departments
   * are rewritten in their order), so the first so many are exactly those of the version read, and later ones are
   * left for the next read. Fewer rows than counted is an error.
   *
   * @param connection the connection
   * @param byId the rows read, by id
   * @throws org.grid.adapters.jdbc.RowMappingException if a child row does not map or the history has a gap
   */
  static void load(Connection connection, Map<String, RequestRowCodec.Row> byId) throws SQLException {
    List<String> ids = new ArrayList<>(byId.keySet());
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      loadHistory(connection, chunk, byId);
      loadCommands(connection, chunk, byId);
      if (chunk.stream().anyMatch(id -> byId.get(id).returnedCount > 0)) {
        loadReturns(connection, chunk, byId);
      }
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<String> ids)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(String.format(sql, "?, ".repeat(ids.size() - 1) + "?"));
    try {
      for (int i = 0; i < ids.size(); i++) {
        statement.setString(i + 1, ids.get(i));
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static void loadHistory(Connection connection, List<String> ids, Map<String, RequestRowCodec.Row> byId)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, HistoryRowCodec.SELECT, ids);
        ResultSet rows = statement.executeQuery()) {
      readHistory(rows, byId);
    }
  }

  /** The history of one request: {@link HistoryRowCodec#SELECT} for one id. */
  static final String HISTORY_OF_ONE = String.format(HistoryRowCodec.SELECT, "?");

  /** The command ids of requests, with {@code %s} for the {@code IN} list. */
  private static final String COMMANDS_SELECT = "SELECT request_id, command_id, digest, ord FROM "
      + "grid_request_command WHERE request_id IN (%s) ORDER BY request_id, ord";

  /** The command ids of one request. */
  static final String COMMANDS_OF_ONE = String.format(COMMANDS_SELECT, "?");

  /** Reads history rows (of {@link HistoryRowCodec#SELECT}) into their requests. */
  static void readHistory(ResultSet rows, Map<String, RequestRowCodec.Row> byId) throws SQLException {
    RowReader h = HistoryRowCodec.COLUMNS.reader(rows);
    while (rows.next()) {
      RequestRowCodec.Row owner = byId.get(rows.getString(1));
      int seq = rows.getInt(2);
      if (owner == null || seq >= owner.historySize) {
        continue; // appended by a change committed after the request's row was read
      }
      h.row(owner.id + "/" + seq);
      if (seq != owner.history.size()) {
        throw h.error("seq", "expected " + owner.history.size() + ": the history has a gap");
      }
      owner.history.add(HistoryRowCodec.read(h, owner.report));
    }
  }

  private static void loadCommands(Connection connection, List<String> ids, Map<String, RequestRowCodec.Row> byId)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, COMMANDS_SELECT, ids);
        ResultSet rows = statement.executeQuery()) {
      readCommands(rows, byId);
    }
  }

  /** Reads command rows (of {@link #COMMANDS_SELECT}) into their requests. */
  static void readCommands(ResultSet rows, Map<String, RequestRowCodec.Row> byId) throws SQLException {
    RowReader c =
        new RowReader(rows, COMMANDS.table(), Map.of("request_id", 1, "command_id", 2, "digest", 3, "ord", 4));
    while (rows.next()) {
      RequestRowCodec.Row owner = byId.get(rows.getString(1));
      if (owner == null || rows.getInt(4) >= owner.commandCount) {
        continue; // applied by a change committed after the request's row was read
      }
      c.row(owner.id + "/" + rows.getString(2));
      CommandId command = c.required("command_id", CommandId::of);
      String digest = c.text("digest");
      if (owner.commands.put(command, digest == null ? "" : digest) != null) {
        throw c.error("command_id", "is stored twice for the request");
      }
    }
  }

  /** Loads the returning departments of the requests that have some (a query only when one has). */
  static void loadReturnsIfAny(Connection connection, Map<String, RequestRowCodec.Row> byId) throws SQLException {
    List<String> ids = new ArrayList<>();
    for (RequestRowCodec.Row row : byId.values()) {
      if (row.returnedCount > 0) {
        ids.add(row.id);
      }
    }
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      loadReturns(connection, ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)), byId);
    }
  }

  private static void loadReturns(Connection connection, List<String> ids, Map<String, RequestRowCodec.Row> byId)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, "SELECT request_id, ord, department_id FROM "
            + "grid_request_return WHERE request_id IN (%s) ORDER BY request_id, ord", ids);
        ResultSet rows = statement.executeQuery()) {
      RowReader c = new RowReader(rows, RETURNS.table(), Map.of("request_id", 1, "ord", 2, "department_id", 3));
      while (rows.next()) {
        RequestRowCodec.Row owner = byId.get(rows.getString(1));
        if (rows.getInt(2) >= owner.returnedCount) {
          continue; // added by a change committed after the request's row was read
        }
        c.row(owner.id + "/" + rows.getInt(2));
        owner.returned.add(c.required("department_id", DepartmentId::of));
      }
    }
  }
}
