package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

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
}
