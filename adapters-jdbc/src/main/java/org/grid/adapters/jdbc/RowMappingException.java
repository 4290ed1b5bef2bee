package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.privacy.Masking;

/**
 * Thrown when a stored row does not map to the domain model (an id or name that the model refuses, a count out of
 * range, a broken reference, a hand-edited column): the message names the table, the row's id and the column, and
 * nothing is guessed or defaulted.
 *
 * <p>The message is for logs, so it carries no personal data in clear: every national ID number and mobile phone
 * number in it (in the row's id or a quoted cell value) is masked ({@link Masking#text(String)}), and the columns that
 * hold a person's name are never quoted. Its control characters are escaped ({@link Masking#controlsEscaped}), so a
 * value edited to hold a line break cannot forge a log line. {@link #rowId()} returns the id as stored.
 */
public final class RowMappingException extends JdbcAdapterException {

  private static final long serialVersionUID = 1L;

  /** The table of the row that does not map, as named in the schema. */
  private final String table;

  /**
   * The id of the row as stored, unmasked (with its township where the key has one); unlike the message, it may
   * hold personal data.
   */
  private final String rowId;

  /** The column whose value does not map, as named in the schema. */
  private final String column;

  /**
   * Creates the exception.
   *
   * @param table the table, not null
   * @param rowId the id of the offending row (with its township where the key has one), not null
   * @param column the offending column, not null
   * @param problem what is wrong with the value, not null
   */
  public RowMappingException(String table, String rowId, String column, String problem) {
    super(Masking.controlsEscaped(
        Masking.text(table + " row " + rowId + ", column " + column + ": " + requireNonNull(problem, "problem"))),
        null);
    this.table = requireNonNull(table, "table");
    this.rowId = requireNonNull(rowId, "rowId");
    this.column = requireNonNull(column, "column");
  }

  /**
   * Returns the table of the row that does not map.
   *
   * @return the table's name as in the schema, for example {@code grid_team}; never null
   */
  public String table() {
    return table;
  }

  /**
   * Returns the id of the row that does not map, for an operator to find and repair the row.
   *
   * @return the id as stored, not masked (with its township where the key has one), so it may hold a national ID
   *     number or phone number that the message masks: keep it out of logs; never null
   */
  public String rowId() {
    return rowId;
  }

  /**
   * Returns the column that does not map.
   *
   * @return the column's name as in the schema; never null
   */
  public String column() {
    return column;
  }
}
