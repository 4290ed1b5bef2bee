package org.grid.adapters.jdbc.escalation;

import com.google.common.collect.ImmutableMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;

/**
 * Reads the columns of one row and turns every value the model refuses into a {@link RowMappingException} naming
 * the table, the row's id and the column; binds values the same way back. Nothing is defaulted.
 */
final class Cells {

  private final ResultSet rows;
  private final String table;
  private final Map<String, Integer> positions;
  private String rowId;

  Cells(ResultSet rows, String table) {
    this(rows, table, Map.of());
  }

  /**
   * Reads a result whose column positions are known from its query ({@link #positions}): a label is then found
   * without asking the driver, which on H2 builds a map of the labels for every result.
   */
  Cells(ResultSet rows, String table, Map<String, Integer> positions) {
    this.rows = rows;
    this.table = table;
    this.positions = positions;
  }

  /**
   * Returns the 1-based position of each column of a select list.
   *
   * @param columns the columns, in the order the query selects them
   * @return the positions by column label
   */
  static Map<String, Integer> positions(List<String> columns) {
    ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builder();
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i), i + 1);
    }
    return positions.buildOrThrow();
  }

  private int column(String label) throws SQLException {
    Integer position = positions.get(label);
    return position != null ? position : rows.findColumn(label);
  }

  /** Names the row read now, for the messages. */
  Cells row(String id) {
    this.rowId = id;
    return this;
  }

  String rowId() {
    return rowId;
  }

  RowMappingException error(String column, String problem) {
    return new RowMappingException(table, String.valueOf(rowId), column, problem);
  }

  /** A text column that may be null. */
  String text(String label) throws SQLException {
    return rows.getString(column(label));
  }

  /** A text column that must not be null. */
  String requiredText(String label, String column) throws SQLException {
    String value = rows.getString(column(label));
    if (value == null) {
      throw error(column, "is null");
    }
    return value;
  }

  /** Maps a column that must not be null through a model factory. */
  <T> T required(String label, String column, Function<String, T> factory) throws SQLException {
    return map(column, requiredText(label, column), factory);
  }

  /** Maps a column that may be null through a model factory. */
  <T> T optional(String label, String column, Function<String, T> factory) throws SQLException {
    String value = rows.getString(column(label));
    return value == null ? null : map(column, value, factory);
  }

  <E extends Enum<E>> E requiredEnum(String label, String column, Class<E> type) throws SQLException {
    return enumValue(column, requiredText(label, column), type);
  }

  <E extends Enum<E>> E optionalEnum(String label, String column, Class<E> type) throws SQLException {
    String value = rows.getString(column(label));
    return value == null ? null : enumValue(column, value, type);
  }

  Instant optionalInstant(String label) throws SQLException {
    long nanos = rows.getLong(column(label));
    return rows.wasNull() ? null : Sql.instantOfEpochNanos(nanos);
  }

  Instant requiredInstant(String label, String column) throws SQLException {
    Instant value = optionalInstant(label);
    if (value == null) {
      throw error(column, "is null");
    }
    return value;
  }

  long requiredLong(String label, String column) throws SQLException {
    long value = rows.getLong(column(label));
    if (rows.wasNull()) {
      throw error(column, "is null");
    }
    return value;
  }

  int requiredInt(String label, String column) throws SQLException {
    int value = rows.getInt(column(label));
    if (rows.wasNull()) {
      throw error(column, "is null");
    }
    return value;
  }

  boolean requiredBoolean(String label, String column) throws SQLException {
    boolean value = rows.getBoolean(column(label));
    if (rows.wasNull()) {
      throw error(column, "is null");
    }
    return value;
  }

  /** Runs a model constructor, naming the column when the model refuses. */
  <T> T check(String column, java.util.function.Supplier<T> construction) {
    try {
      return construction.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw error(column, String.valueOf(e.getMessage()));
    }
  }

  private <T> T map(String column, String value, Function<String, T> factory) {
    try {
      return factory.apply(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw error(column, "'" + value + "': " + e.getMessage());
    }
  }

  private <E extends Enum<E>> E enumValue(String column, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error(column, "'" + value + "' is not a " + type.getSimpleName());
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Binding

  /**
   * Returns an instant as nanoseconds since the epoch ({@link Sql#epochNanos}).
   *
   * @throws IllegalArgumentException if the instant is outside the years 1677 to 2262
   */
  static long nanos(Instant instant) {
    return Sql.epochNanos(instant, "instant");
  }

  /** Returns a query bound as nanoseconds since the epoch, saturated ({@link Sql#epochNanosBound}). */
  static long bound(Instant instant) {
    return Sql.epochNanosBound(instant);
  }

  static void bindText(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  static void bindName(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
    bindText(statement, index, value == null ? null : value.name());
  }

  static void bindInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, nanos(value));
    }
  }
}
