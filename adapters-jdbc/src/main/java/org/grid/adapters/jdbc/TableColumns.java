package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one table, in one list, each said once with its SQL type and how its value is taken from the
 * object a row is made from: the select list, the {@code INSERT} and the {@code UPDATE} are generated from the list
 * and bound from it, so no statement counts parameters by hand. Reading goes by column name through a {@link
 * RowReader} that knows the positions of the select list. Values are bound as {@link Sql} stores them: enums by
 * name, instants as nanoseconds since the epoch, nulls typed by the column.
 *
 * <p>A column is either changing (in the {@code UPDATE}'s {@code SET}) or fixed once inserted (keys, what never
 * changes). Immutable and thread-safe.
 *
 * @param <T> what a row is made from
 *
 * <p><b>Internal, not API.</b> Public only because the JDBC adapters of the area subpackages share it; an
 * embedder must not use it. It may change or disappear in any release, including a patch release (docs/api.md
 * lists what is API).
 */
public final class TableColumns<T> {

  /** How a column's value is bound. */
  public enum Type {
    /** VARCHAR from a {@code String}, or from an {@code Enum}'s name. */
    TEXT(Types.VARCHAR),
    /** BIGINT from a {@code Long}. */
    BIGINT(Types.BIGINT),
    /** INT from an {@code Integer}. */
    INTEGER(Types.INTEGER),
    /** BOOLEAN from a {@code Boolean}. */
    BOOLEAN(Types.BOOLEAN),
    /** BIGINT of nanoseconds since the epoch from an {@link Instant} ({@link Sql#epochNanos}). */
    INSTANT(Types.BIGINT);

    private final int sqlType;

    Type(int sqlType) {
      this.sqlType = sqlType;
    }
  }

  /**
   * One column.
   *
   * @param name the column's name, not null
   * @param type how it binds, not null
   * @param changing true when an update sets it, false when it is fixed once inserted
   * @param value takes the column's value from what the row is made from (null for SQL NULL), not null
   * @param <T> what a row is made from
   */
  public record Column<T>(String name, Type type, boolean changing, Function<T, ?> value) {
    /**
     * Checks the column.
     *
     * @param name the column's name, not null
     * @param type how it binds, not null
     * @param changing true when an update sets it, false when it is fixed once inserted
     * @param value takes the column's value from what the row is made from (null for SQL NULL), not null
     * @throws NullPointerException if an argument is null
     */
    public Column {
      requireNonNull(name, "name");
      requireNonNull(type, "type");
      requireNonNull(value, "value");
    }
  }

  private final String table;
  private final ImmutableList<Column<T>> columns;
  private final ImmutableList<Column<T>> changing;
  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> positions;

  private TableColumns(String table, List<Column<T>> columns) {
    this.table = table;
    this.columns = ImmutableList.copyOf(columns);
    this.changing = this.columns.stream().filter(Column::changing).collect(ImmutableList.toImmutableList());
    this.names = this.columns.stream().map(Column::name).collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<String, Integer> p = ImmutableMap.builder();
    for (int i = 0; i < names.size(); i++) {
      p.put(names.get(i), i + 1);
    }
    this.positions = p.buildOrThrow();
  }

  /**
   * Starts the column list of a table.
   *
   * @param table the table, not null
   * @param <T> what a row is made from
   * @return a builder
   */
  public static <T> Builder<T> of(String table) {
    return new Builder<>(requireNonNull(table, "table"));
  }

  /**
   * Returns the table.
   *
   * @return the table's name
   */
  public String table() {
    return table;
  }

  /**
   * Returns the names of the columns, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the select list, {@code a, b, c}, in the order of the columns.
   *
   * @return the list
   */
  public String selectList() {
    return String.join(", ", names);
  }

  /**
   * Returns {@code INSERT INTO table (every column) VALUES (?, ...)}, bound by {@link #bindAll}.
   *
   * @return the statement
   */
  public String insert() {
    return "INSERT INTO " + table + " (" + selectList() + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
  }

  /**
   * Returns {@code UPDATE table SET (each changing column) = ? WHERE (each condition) = ?}, bound by {@link
   * #bindChanging} and then the conditions' values.
   *
   * @param where the columns of the condition, joined with {@code AND}
   * @return the statement
   */
  public String update(String... where) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    for (int i = 0; i < changing.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(changing.get(i).name()).append(" = ?");
    }
    for (int i = 0; i < where.length; i++) {
      sql.append(i == 0 ? " WHERE " : " AND ").append(where[i]).append(" = ?");
    }
    return sql.toString();
  }

  /**
   * Returns a reader of a result that selects {@link #selectList()}.
   *
   * @param rows the result, not null
   * @return the reader, naming this table in its errors
   */
  public RowReader reader(ResultSet rows) {
    return new RowReader(requireNonNull(rows, "rows"), table, positions);
  }

  /**
   * Binds every column, in order, to parameters {@code offset + 1}, {@code offset + 2}, ...
   *
   * @param statement the statement
   * @param offset the number of parameters before these
   * @param row what the row is made from
   * @return the number of parameters bound so far, {@code offset} plus the number of columns
   * @throws SQLException when binding fails
   */
  public int bindAll(PreparedStatement statement, int offset, T row) throws SQLException {
    return bind(statement, offset, row, columns);
  }

  /**
   * Binds the changing columns, in order, to parameters {@code offset + 1}, ...
   *
   * @param statement the statement
   * @param offset the number of parameters before these
   * @param row what the row is made from
   * @return the number of parameters bound so far
   * @throws SQLException when binding fails
   */
  public int bindChanging(PreparedStatement statement, int offset, T row) throws SQLException {
    return bind(statement, offset, row, changing);
  }

  private static <T> int bind(PreparedStatement statement, int offset, T row, List<Column<T>> list)
      throws SQLException {
    int index = offset;
    for (Column<T> column : list) {
      bindValue(statement, ++index, column, column.value().apply(row));
    }
    return index;
  }

  private static void bindValue(PreparedStatement statement, int index, Column<?> column, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, column.type().sqlType);
      return;
    }
    switch (column.type()) {
      case TEXT -> statement.setString(index, value instanceof Enum<?> e ? e.name() : (String) value);
      case BIGINT -> statement.setLong(index, (Long) value);
      case INTEGER -> statement.setInt(index, (Integer) value);
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case INSTANT -> statement.setLong(index, Sql.epochNanos((Instant) value, column.name()));
      default -> throw new IllegalStateException("unknown type " + column.type());
    }
  }

  /**
   * Collects the columns of a table, in order.
   *
   * @param <T> what a row is made from
   */
  public static final class Builder<T> {
    private final String table;
    private final ImmutableList.Builder<Column<T>> columns = ImmutableList.builder();

    private Builder(String table) {
      this.table = table;
    }

    /**
     * Adds a text column that an update sets.
     *
     * @param name the column
     * @param value its value (a {@code String} or an {@code Enum}, stored by name), or null
     * @return this builder
     */
    public Builder<T> text(String name, Function<T, ?> value) {
      return add(new Column<>(name, Type.TEXT, true, value));
    }

    /**
     * Adds a text column fixed once inserted.
     *
     * @param name the column
     * @param value its value (a {@code String} or an {@code Enum}), or null
     * @return this builder
     */
    public Builder<T> fixedText(String name, Function<T, ?> value) {
      return add(new Column<>(name, Type.TEXT, false, value));
    }

    /**
     * Adds a BIGINT column that an update sets.
     *
     * @param name the column
     * @param value its value, or null
     * @return this builder
     */
    public Builder<T> bigint(String name, Function<T, Long> value) {
      return add(new Column<>(name, Type.BIGINT, true, value));
    }

    /**
     * Adds an INT column that an update sets.
     *
     * @param name the column
     * @param value its value, or null
     * @return this builder
     */
    public Builder<T> integer(String name, Function<T, Integer> value) {
      return add(new Column<>(name, Type.INTEGER, true, value));
    }

    /**
     * Adds an INT column fixed once inserted.
     *
     * @param name the column
     * @param value its value, or null
     * @return this builder
     */
    public Builder<T> fixedInteger(String name, Function<T, Integer> value) {
      return add(new Column<>(name, Type.INTEGER, false, value));
    }

    /**
     * Adds a BOOLEAN column that an update sets.
     *
     * @param name the column
     * @param value its value, or null
     * @return this builder
     */
    public Builder<T> bool(String name, Function<T, Boolean> value) {
      return add(new Column<>(name, Type.BOOLEAN, true, value));
    }

    /**
     * Adds an instant column that an update sets.
     *
     * @param name the column
     * @param value its value, or null
     * @return this builder
     */
    public Builder<T> instant(String name, Function<T, Instant> value) {
      return add(new Column<>(name, Type.INSTANT, true, value));
    }

    /**
     * Adds an instant column fixed once inserted.
     *
     * @param name the column
     * @param value its value, or null
     * @return this builder
     */
    public Builder<T> fixedInstant(String name, Function<T, Instant> value) {
      return add(new Column<>(name, Type.INSTANT, false, value));
    }

    /**
     * Adds a column.
     *
     * @param column the column, not null
     * @return this builder
     */
    public Builder<T> add(Column<T> column) {
      columns.add(requireNonNull(column, "column"));
      return this;
    }

    /**
     * Returns the columns.
     *
     * @return the columns in the order added
     * @throws IllegalArgumentException if no column was added or a name repeats
     */
    public TableColumns<T> build() {
      ImmutableList<Column<T>> list = columns.build();
      if (list.isEmpty()) {
        throw new IllegalArgumentException("columns: " + table + " needs at least one");
      }
      if (list.stream().map(Column::name).distinct().count() != list.size()) {
        throw new IllegalArgumentException("columns: a name repeats in " + table);
      }
      return new TableColumns<>(table, list);
    }
  }
}
