package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the columns of the current row of a result by column name and turns every value that is missing or that
 * the model refuses into a {@link RowMappingException} naming the table, the row's id and the column. Nothing is
 * defaulted. Built on {@link Sql#mapped} and {@link Sql#enumValue}; instants are read as {@link Sql} stores them.
 *
 * <p>One reader serves every row of a result: name the row with {@link #row(String)} before reading it. A reader
 * made with the column positions of its query ({@link TableColumns#reader}) finds a column without asking the
 * driver, which on H2 builds a map of the labels for every result. Not thread-safe.
 *
 * <p><b>Internal, not API.</b> Public only because the JDBC adapters of the area subpackages share it; an
 * embedder must not use it. It may change or disappear in any release, including a patch release (docs/api.md
 * lists what is API).
 */
public final class RowReader {

  private final ResultSet rows;
  private final String table;
  private final Map<String, Integer> positions;
  private String rowId;

  /**
   * Creates a reader that finds columns through the driver.
   *
   * @param rows the result, or null for a reader that only names errors and checks model constructions
   * @param table the table, for the messages, not null
   */
  public RowReader(ResultSet rows, String table) {
    this(rows, table, Map.of());
  }

  /**
   * Creates a reader of a result whose column positions are known from its query.
   *
   * @param rows the result, not null
   * @param table the table, for the messages, not null
   * @param positions the 1-based position of each column the query selects, not null; other columns are found
   *     through the driver
   */
  public RowReader(ResultSet rows, String table, Map<String, Integer> positions) {
    this.rows = rows;
    this.table = requireNonNull(table, "table");
    this.positions = requireNonNull(positions, "positions");
  }

  /**
   * Names the row read now, for the messages.
   *
   * @param id the row's id (with its parent's where the key has one), not null
   * @return this reader
   */
  public RowReader row(String id) {
    this.rowId = requireNonNull(id, "id");
    return this;
  }

  /**
   * Returns the id of the row read now.
   *
   * @return the id given to {@link #row(String)}, or null before
   */
  public String rowId() {
    return rowId;
  }

  /**
   * Returns an error about a column of the row read now.
   *
   * @param column the column, not null
   * @param problem what is wrong with it, not null
   * @return the error, to throw
   */
  public RowMappingException error(String column, String problem) {
    return new RowMappingException(table, String.valueOf(rowId), column, problem);
  }

  private int position(String column) throws SQLException {
    Integer position = positions.get(column);
    return position != null ? position : rows.findColumn(column);
  }

  /**
   * Reads a text column that may be null.
   *
   * @param column the column
   * @return the text, or null
   * @throws SQLException when reading fails
   */
  public String text(String column) throws SQLException {
    return rows.getString(position(column));
  }

  /**
   * Reads a text column that must not be null.
   *
   * @param column the column
   * @return the text
   * @throws RowMappingException if it is null
   * @throws SQLException when reading fails
   */
  public String requiredText(String column) throws SQLException {
    String value = text(column);
    if (value == null) {
      throw error(column, "is null");
    }
    return value;
  }

  /**
   * Maps a text column that must not be null through a model factory.
   *
   * @param column the column
   * @param factory the model's factory, such as an id's {@code of}
   * @param <T> the model type
   * @return what the factory returned
   * @throws RowMappingException if the value is null or the factory refuses it
   * @throws SQLException when reading fails
   */
  public <T> T required(String column, Function<String, T> factory) throws SQLException {
    return Sql.mapped(table, String.valueOf(rowId), column, text(column), factory);
  }

  /**
   * Maps a text column that may be null through a model factory.
   *
   * @param column the column
   * @param factory the model's factory
   * @param <T> the model type
   * @return what the factory returned, or null when the column is null
   * @throws RowMappingException if the factory refuses the value
   * @throws SQLException when reading fails
   */
  public <T> T optional(String column, Function<String, T> factory) throws SQLException {
    String value = text(column);
    return value == null ? null : Sql.mapped(table, String.valueOf(rowId), column, value, factory);
  }

  /**
   * Reads an enum column that holds the constant's name and must not be null.
   *
   * @param column the column
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   * @throws RowMappingException if the value is null or names no constant
   * @throws SQLException when reading fails
   */
  public <E extends Enum<E>> E requiredEnum(String column, Class<E> type) throws SQLException {
    return Sql.enumValue(table, String.valueOf(rowId), column, text(column), type);
  }

  /**
   * Reads an enum column that holds the constant's name or null.
   *
   * @param column the column
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant, or null when the column is null
   * @throws RowMappingException if the value names no constant
   * @throws SQLException when reading fails
   */
  public <E extends Enum<E>> E optionalEnum(String column, Class<E> type) throws SQLException {
    String value = text(column);
    return value == null ? null : Sql.enumValue(table, String.valueOf(rowId), column, value, type);
  }

  /**
   * Reads an instant column ({@link Sql#epochNanos}) that may be null.
   *
   * @param column the column
   * @return the instant, or null
   * @throws SQLException when reading fails
   */
  public Instant instant(String column) throws SQLException {
    long nanos = rows.getLong(position(column));
    return rows.wasNull() ? null : Sql.instantOfEpochNanos(nanos);
  }

  /**
   * Reads an instant column that must not be null.
   *
   * @param column the column
   * @return the instant
   * @throws RowMappingException if it is null
   * @throws SQLException when reading fails
   */
  public Instant requiredInstant(String column) throws SQLException {
    Instant value = instant(column);
    if (value == null) {
      throw error(column, "is null");
    }
    return value;
  }

  /**
   * Reads a BIGINT column that must not be null.
   *
   * @param column the column
   * @return the value
   * @throws RowMappingException if it is null
   * @throws SQLException when reading fails
   */
  public long requiredLong(String column) throws SQLException {
    long value = rows.getLong(position(column));
    if (rows.wasNull()) {
      throw error(column, "is null");
    }
    return value;
  }

  /**
   * Reads an INT column that must not be null.
   *
   * @param column the column
   * @return the value
   * @throws RowMappingException if it is null
   * @throws SQLException when reading fails
   */
  public int requiredInt(String column) throws SQLException {
    int value = rows.getInt(position(column));
    if (rows.wasNull()) {
      throw error(column, "is null");
    }
    return value;
  }

  /**
   * Reads a BOOLEAN column that must not be null.
   *
   * @param column the column
   * @return the value
   * @throws RowMappingException if it is null
   * @throws SQLException when reading fails
   */
  public boolean requiredBoolean(String column) throws SQLException {
    boolean value = rows.getBoolean(position(column));
    if (rows.wasNull()) {
      throw error(column, "is null");
    }
    return value;
  }

  /**
   * Runs a model construction from values already read, naming the column when the model refuses.
   *
   * @param column the column to blame
   * @param construction builds the value
   * @param <T> the model type
   * @return the value
   * @throws RowMappingException if the model refuses
   */
  public <T> T check(String column, Supplier<T> construction) {
    return Sql.mapped(table, String.valueOf(rowId), column, construction);
  }
}
