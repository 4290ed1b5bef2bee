package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * Small statement helpers shared by the JDBC adapters: bind parameters by their Java type, run an update, run a
 * query row by row. Parameters may be {@code String}, {@code Integer}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code LocalDate} or {@link Null} (a typed SQL NULL).
 */
public final class Sql {

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
        statement.setDate(index, Date.valueOf(day));
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
    Date date = row.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
