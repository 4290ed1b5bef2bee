package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Small statement helpers shared by the JDBC adapters: bind parameters by their Java type, run an update, run a
 * query row by row, and map what a row holds to the model so that every refusal names table, row and column.
 * Parameters may be {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate} or {@link Null} (a typed SQL NULL).
 *
 * <p>Times are stored as every table of grid stores them: an instant is a BIGINT of nanoseconds since
 * 1970-01-01T00:00Z ({@link #epochNanos}), exact, ordered and the same on every database; a time with an offset
 * adds an INT column with the offset in seconds ({@link #offsetSeconds}), so that it reads back equal.
 *
 * <p><b>Internal, not API.</b> Public only because the JDBC adapters of the area subpackages share it; an
 * embedder must not use it. It may change or disappear in any release, including a patch release (docs/api.md
 * lists what is API).
 */
public final class Sql {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private Sql() {}

  /**
   * A typed SQL NULL parameter.
   *
   * @param sqlType the {@link Types} constant of the column
   */
  public record Null(int sqlType) {}

  /** Handles one row of a result. */
  @FunctionalInterface
  public interface RowHandler {
    /**
     * Handles the current row.
     *
     * @param row the result, positioned on the row
     * @throws SQLException when reading the row fails
     */
    void handle(ResultSet row) throws SQLException;
  }

  /**
   * Binds one row of a multi-row insert.
   *
   * @param <T> what a row is made from
   */
  @FunctionalInterface
  public interface RowBinder<T> {
    /**
     * Binds the row's columns to parameters {@code offset + 1}, {@code offset + 2}, ...
     *
     * @param statement the statement
     * @param offset the number of parameters before this row's
     * @param row what the row is made from
     * @throws SQLException when binding fails
     */
    void bind(PreparedStatement statement, int offset, T row) throws SQLException;
  }

  /** The most rows one multi-row insert carries (PostgreSQL allows 32,767 parameters per statement). */
  static final int ROWS_PER_INSERT = 200;

  /**
   * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@value
   * #ROWS_PER_INSERT} rows each, which every supported database executes far faster than a JDBC batch of
   * single-row inserts (one statement to parse, plan and run instead of one per row). Rows are inserted in list
   * order, so identity columns number them in that order.
   *
   * @param <T> what a row is made from
   * @param connection the connection
   * @param table the table
   * @param columns the columns the binder binds, in order
   * @param rows the rows, possibly empty
   * @param binder binds one row
   * @throws SQLException when a statement fails
   */
  public static <T> void insertRows(
      Connection connection, String table, List<String> columns, List<T> rows, RowBinder<T> binder)
      throws SQLException {
    int width = columns.size();
    String prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
    String tuple = "(" + "?, ".repeat(width - 1) + "?)";
    for (int from = 0; from < rows.size(); ) {
      int count = Math.min(ROWS_PER_INSERT, rows.size() - from);
      StringBuilder sql = new StringBuilder(prefix.length() + count * (tuple.length() + 2)).append(prefix);
      for (int i = 0; i < count; i++) {
        sql.append(i == 0 ? "" : ", ").append(tuple);
      }
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < count; i++) {
          binder.bind(statement, i * width, rows.get(from + i));
        }
        int inserted = statement.executeUpdate();
        if (inserted != count) {
          throw new SQLException("inserting " + count + " rows into " + table + " inserted " + inserted);
        }
      }
      from += count;
    }
  }

  /**
   * Rows to insert into one table, waiting to be written with others ({@link #insertTogether}).
   *
   * @param <T> what a row is made from
   * @param table the table
   * @param columns the columns the binder binds, in order
   * @param rows the rows
   * @param binder binds one row
   */
  record Rows<T>(String table, List<String> columns, List<T> rows, RowBinder<T> binder) {

    /** The chunks of at most {@link #ROWS_PER_INSERT} rows, each one multi-row insert. */
    List<Rows<T>> chunks() {
      List<Rows<T>> chunks = new ArrayList<>();
      for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
        chunks.add(new Rows<>(table, columns, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)),
            binder));
      }
      return chunks;
    }

    String sql() {
      String tuple = "(" + "?, ".repeat(columns.size() - 1) + "?)";
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
          .append(String.join(", ", columns)).append(") VALUES ");
      for (int i = 0; i < rows.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(tuple);
      }
      return sql.toString();
    }

    int bind(PreparedStatement statement, int offset) throws SQLException {
      for (T row : rows) {
        binder.bind(statement, offset, row);
        offset += columns.size();
      }
      return offset;
    }
  }

  /**
   * An update that must change exactly one row, waiting to be sent ahead of the inserts of its transaction ({@link
   * #insertTogether}): a conditional update (on the version the transaction read) whose miss must stop the
   * transaction before its {@code COMMIT}. It goes to the server as {@code WITH changed AS (UPDATE ... RETURNING 1)
   * SELECT 1 / COUNT(*) FROM changed}: when the update changes no row the division fails on the server, which then
   * skips the rest of the statement, the {@code COMMIT} included, and leaves the transaction aborted; the caller gets
   * a {@link TransientConflict}, and the unit of work tries the whole transaction again.
   *
   * @param <T> what the update's values are made from
   * @param what the row, for the message of a miss ("request R1 at version 3")
   * @param update the {@code UPDATE} with {@code ?} parameters
   * @param row what the values are made from
   * @param binder binds the values to parameters {@code offset + 1}, ...
   */
  record GuardedUpdate<T>(String what, String update, T row, RowBinder<T> binder) {

    /** The SQLState of a division by zero: how PostgreSQL refuses a guarded update that changed no row. */
    static final String MISSED = "22012";

    String sql() {
      return "WITH changed AS (" + update + " RETURNING 1) SELECT 1 / COUNT(*) FROM changed";
    }
  }

  /** The most parameters one statement of {@link #insertTogether} binds (PostgreSQL allows 65,535). */
  static final int PARAMETERS_PER_STATEMENT = 32_767;

  /**
   * Inserts the rows of several tables in as few round trips as PostgreSQL allows: their multi-row inserts joined
   * by semicolons into one prepared statement, which the PostgreSQL driver sends at once and the server runs in
   * order, in the caller's transaction. Each insert's count is checked as {@link #insertRows} checks it. For
   * PostgreSQL only: other drivers refuse several statements in one, unless told otherwise.
   *
   * @param connection the connection, on PostgreSQL
   * @param all the rows, in the order they are to be inserted
   * @throws SQLException when a statement fails
   */
  static void insertTogether(Connection connection, List<Rows<?>> all) throws SQLException {
    insertTogether(connection, List.of(), all, false);
  }

  /**
   * Inserts as {@link #insertTogether(Connection, List)} and, when {@code commit} is set, ends the caller's
   * transaction with a {@code COMMIT} sent in the same statement as the last inserts: the server runs it only when
   * every insert before it succeeded (an error skips the rest of the statement and leaves the transaction aborted,
   * to be rolled back), and the PostgreSQL driver, told by the server that no transaction is open any more, sends
   * nothing for a later {@link Connection#commit()}. One round trip less per transaction; the commit is the same.
   * Guarded updates go ahead of the inserts, in the first statement, in their order.
   *
   * @param connection the connection, on PostgreSQL, in a transaction (auto-commit off)
   * @param updates the guarded updates, in order, possibly none
   * @param all the rows, in the order they are to be inserted, at least one
   * @param commit whether the last statement commits the transaction
   * @throws SQLException when a statement or the commit fails
   * @throws TransientConflict when a guarded update changed no row (nothing is committed)
   */
  static void insertTogether(Connection connection, List<GuardedUpdate<?>> updates, List<Rows<?>> all,
      boolean commit) throws SQLException {
    List<Rows<?>> chunks = new ArrayList<>();
    for (Rows<?> rows : all) {
      chunks.addAll(rows.chunks());
    }
    if (!updates.isEmpty()) {
      try {
        sendTogether(connection, updates, chunks, commit);
      } catch (SQLException e) {
        if (GuardedUpdate.MISSED.equals(e.getSQLState())) {
          List<String> rows = new ArrayList<>();
          for (GuardedUpdate<?> update : updates) {
            rows.add(update.what());
          }
          throw new TransientConflict("changed since this transaction read it: one of " + rows);
        }
        throw e;
      }
      return;
    }
    sendTogether(connection, updates, chunks, commit);
  }

  private static void sendTogether(Connection connection, List<GuardedUpdate<?>> updates, List<Rows<?>> chunks,
      boolean commit) throws SQLException {
    if (chunks.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(guardedSql(updates, commit))) {
        bindGuarded(statement, updates);
        statement.execute();
        readGuarded(statement, updates);
      }
      return;
    }
    for (int from = 0; from < chunks.size(); ) {
      List<GuardedUpdate<?>> guarded = from == 0 ? updates : List.of();
      int to = from;
      int parameters = 0;
      while (to < chunks.size() && (to == from
          || parameters + chunks.get(to).rows().size() * chunks.get(to).columns().size() <= PARAMETERS_PER_STATEMENT)) {
        parameters += chunks.get(to).rows().size() * chunks.get(to).columns().size();
        to++;
      }
      List<Rows<?>> group = chunks.subList(from, to);
      StringBuilder sql = new StringBuilder(guarded.isEmpty() ? "" : guardedSql(guarded, false));
      for (Rows<?> chunk : group) {
        sql.append(sql.length() == 0 ? "" : "; ").append(chunk.sql());
      }
      if (commit && to == chunks.size()) {
        sql.append("; COMMIT");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        int offset = bindGuarded(statement, guarded);
        for (Rows<?> chunk : group) {
          offset = chunk.bind(statement, offset);
        }
        statement.execute();
        readGuarded(statement, guarded);
        for (int i = 0; i < group.size(); i++) {
          if (i > 0 || !guarded.isEmpty()) {
            statement.getMoreResults();
          }
          int inserted = statement.getUpdateCount();
          if (inserted != group.get(i).rows().size()) {
            throw new SQLException("inserting " + group.get(i).rows().size() + " rows into " + group.get(i).table()
                + " inserted " + inserted);
          }
        }
      }
      from = to;
    }
  }

  private static String guardedSql(List<GuardedUpdate<?>> updates, boolean commit) {
    StringBuilder sql = new StringBuilder();
    for (GuardedUpdate<?> update : updates) {
      sql.append(sql.length() == 0 ? "" : "; ").append(update.sql());
    }
    return commit ? sql.append("; COMMIT").toString() : sql.toString();
  }

  private static int bindGuarded(PreparedStatement statement, List<GuardedUpdate<?>> updates) throws SQLException {
    int offset = 0;
    for (GuardedUpdate<?> update : updates) {
      offset = bindOne(statement, offset, update);
    }
    return offset;
  }

  private static <T> int bindOne(PreparedStatement statement, int offset, GuardedUpdate<T> update)
      throws SQLException {
    update.binder().bind(statement, offset, update.row());
    return offset + (int) update.update().chars().filter(c -> c == '?').count();
  }

  /** Reads the guards' results (the statement's first ones): each one row, which the server made only on a hit. */
  private static void readGuarded(PreparedStatement statement, List<GuardedUpdate<?>> updates) throws SQLException {
    for (int i = 0; i < updates.size(); i++) {
      if (i > 0) {
        statement.getMoreResults();
      }
      try (ResultSet result = statement.getResultSet()) {
        if (result == null || !result.next() || result.getLong(1) != 1) {
          throw new SQLException("the guarded update of " + updates.get(i).what() + " changed no row");
        }
      }
    }
  }

  /**
   * Runs an insert, update or delete.
   *
   * @param connection the connection
   * @param sql the statement with {@code ?} parameters
   * @param values the parameters, in order
   * @return the number of rows changed
   * @throws SQLException when the statement fails
   */
  public static int update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      return statement.executeUpdate();
    }
  }

  /**
   * Runs an insert into a table whose key is auto-numbered ({@code ${identity}} in the migrations) and returns the
   * key the database gave the row.
   *
   * @param connection the connection
   * @param sql the insert with {@code ?} parameters
   * @param keyColumn the name of the auto-numbered column
   * @param values the parameters, in order
   * @return the new row's key
   * @throws SQLException when the statement fails or the database returns no key
   */
  public static long insertReturningKey(Connection connection, String sql, String keyColumn, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {keyColumn})) {
      bind(statement, values);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("the database returned no " + keyColumn + " for: " + sql);
        }
        return keys.getLong(1);
      }
    }
  }

  /**
   * Tells whether a query returns a row; with {@code FOR UPDATE} it also locks the row until the transaction ends,
   * which is how the adapters serialise two saves of one aggregate.
   *
   * @param connection the connection
   * @param sql the query with {@code ?} parameters
   * @param values the parameters, in order
   * @return true when there is a row
   * @throws SQLException when the query fails
   */
  public static boolean exists(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  /**
   * Returns a text parameter, or a VARCHAR NULL for a null value.
   *
   * @param value the text, possibly null
   * @return {@code value}, or {@code new Null(Types.VARCHAR)}
   */
  public static Object textOrNull(String value) {
    return value == null ? new Null(Types.VARCHAR) : value;
  }

  /**
   * Runs a query and hands each row to {@code handler}.
   *
   * @param connection the connection
   * @param sql the query with {@code ?} parameters
   * @param handler what to do with each row
   * @param values the parameters, in order
   * @throws SQLException when the query fails
   */
  public static void query(Connection connection, String sql, RowHandler handler, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    }
  }

  /**
   * Binds parameters to a statement by their Java type.
   *
   * @param statement the statement
   * @param values the parameters, in order
   * @throws SQLException when binding fails
   * @throws IllegalArgumentException for a parameter of another type (a bug in the adapter)
   */
  public static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      int index = i + 1;
      Object value = values[i];
      if (value instanceof String text) {
        statement.setString(index, text);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Double number) {
        statement.setDouble(index, number);
      } else if (value instanceof Boolean flag) {
        statement.setBoolean(index, flag);
      } else if (value instanceof LocalDate day) {
        // As a LocalDate (JDBC 4.2), not a java.sql.Date: that one goes through the Julian calendar before 15
        // October 1582, so H2 stored other days and days in the switch-over gap came back ten days later.
        statement.setObject(index, day);
      } else if (value instanceof Null nothing) {
        statement.setNull(index, nothing.sqlType());
      } else {
        throw new IllegalArgumentException("cannot bind parameter " + index + " of type "
            + (value == null ? "null (use Sql.Null)" : value.getClass().getName()));
      }
    }
  }

  /**
   * Reads a nullable double column.
   *
   * @param row the row
   * @param column the column index
   * @return the value, or null when SQL NULL
   * @throws SQLException when reading fails
   */
  public static Double nullableDouble(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  /**
   * Reads a date column.
   *
   * @param row the row
   * @param column the column index
   * @return the day, or null when SQL NULL
   * @throws SQLException when reading fails
   */
  public static LocalDate date(ResultSet row, int column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Times

  /**
   * Returns an instant as nanoseconds since 1970-01-01T00:00Z, the form every grid table stores instants in.
   *
   * @param instant the instant, not null
   * @param what what the instant is, for the message, for example {@code "at of the entry"}
   * @return the nanoseconds, less than {@code Long.MAX_VALUE}
   * @throws IllegalArgumentException if the instant is outside the years 1677 to 2262, which a BIGINT of
   *     nanoseconds cannot hold (its last nanosecond, {@code Long.MAX_VALUE}, is kept free so that the saturated
   *     exclusive upper bound of {@link #epochNanosBound} lies beyond every stored instant)
   */
  public static long epochNanos(Instant instant, String what) {
    try {
      long nanos = exactEpochNanos(instant);
      if (nanos != Long.MAX_VALUE) {
        return nanos;
      }
    } catch (ArithmeticException e) {
      // refused below
    }
    throw new IllegalArgumentException(what + " " + instant + " is outside what the database stores (1677-2262)");
  }

  /**
   * Returns a query bound as nanoseconds since the epoch: exact for every instant the database can hold, and
   * saturated beyond, so that an instant such as {@link Instant#MAX} or {@link Instant#MIN} bounds beyond every
   * stored instant.
   *
   * @param instant the bound, not null
   * @return the nanoseconds, or {@code Long.MIN_VALUE} / {@code Long.MAX_VALUE} beyond the stored range
   */
  public static long epochNanosBound(Instant instant) {
    try {
      return exactEpochNanos(instant);
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long exactEpochNanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
  }

  /**
   * Returns the instant of a stored number of nanoseconds since the epoch.
   *
   * @param nanos the stored value
   * @return the instant
   */
  public static Instant instantOfEpochNanos(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }

  /**
   * Returns the offset of a time in seconds, the form in which it is stored beside the instant.
   *
   * @param time the time, not null
   * @return the offset's total seconds, from -64,800 to 64,800
   */
  public static int offsetSeconds(OffsetDateTime time) {
    return time.getOffset().getTotalSeconds();
  }

  /**
   * Reads a time stored as an instant column ({@link #epochNanos}) and an offset column ({@link #offsetSeconds}).
   *
   * @param row the row
   * @param instantColumn the label of the instant column
   * @param offsetColumn the label of the offset column
   * @param table the table, for the message
   * @param rowId the row's id, for the message
   * @return the time, equal to the one stored
   * @throws RowMappingException if a column is null or the offset is beyond ±18 hours
   * @throws SQLException when reading fails
   */
  public static OffsetDateTime offsetDateTime(
      ResultSet row, String instantColumn, String offsetColumn, String table, String rowId) throws SQLException {
    long nanos = row.getLong(instantColumn);
    if (row.wasNull()) {
      throw new RowMappingException(table, rowId, instantColumn, "is null");
    }
    int seconds = row.getInt(offsetColumn);
    if (row.wasNull()) {
      throw new RowMappingException(table, rowId, offsetColumn, "is null");
    }
    ZoneOffset offset;
    try {
      offset = ZoneOffset.ofTotalSeconds(seconds);
    } catch (DateTimeException e) {
      throw new RowMappingException(table, rowId, offsetColumn,
          seconds + " seconds is not an offset: " + e.getMessage());
    }
    return OffsetDateTime.ofInstant(instantOfEpochNanos(nanos), offset);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Mapping

  /**
   * Maps one stored value through a model factory (an id's {@code of}, say), turning the model's refusal into an
   * error that names table, row and column and gives the model's reason, without quoting the value (an id column
   * edited by hand may hold a name). Nothing is defaulted: a null is refused too.
   *
   * @param table the table
   * @param rowId the row's id (with its township where the key has one)
   * @param column the column
   * @param value the stored value, possibly null
   * @param factory the model's factory
   * @param <T> the model type
   * @return what the factory returned
   * @throws RowMappingException if the value is null or the factory refuses it
   */
  public static <T> T mapped(String table, String rowId, String column, String value, Function<String, T> factory) {
    if (value == null) {
      throw new RowMappingException(table, rowId, column, "is null");
    }
    try {
      return factory.apply(value);
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      // The model's reason, never the value: an id column edited by hand may hold a name, or a text of any length.
      throw new RowMappingException(table, rowId, column, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Builds a model value from several stored values, turning the model's refusal into an error that names table,
   * row and the column at fault.
   *
   * @param table the table
   * @param rowId the row's id
   * @param column the column to blame
   * @param construction builds the value
   * @param <T> the model type
   * @return the value
   * @throws RowMappingException if the model refuses
   */
  public static <T> T mapped(String table, String rowId, String column, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw new RowMappingException(table, rowId, column, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads an enum column that holds the constant's name.
   *
   * @param table the table
   * @param rowId the row's id
   * @param column the column
   * @param value the stored name, possibly null
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   * @throws RowMappingException if the value is null or names no constant of {@code type}
   */
  public static <E extends Enum<E>> E enumValue(String table, String rowId, String column, String value,
      Class<E> type) {
    if (value == null) {
      throw new RowMappingException(table, rowId, column, "is null");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new RowMappingException(table, rowId, column, "'" + value + "' is not a " + type.getSimpleName());
    }
  }
}
