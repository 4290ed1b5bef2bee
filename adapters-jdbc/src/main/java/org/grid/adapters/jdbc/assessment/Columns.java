package org.grid.adapters.jdbc.assessment;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.grid.adapters.jdbc.RowMappingException;

/** Checks and conversions of the assessment tables' columns. */
final class Columns {

  /** The longest id or subject kind the assessment tables hold. */
  static final int MAX_ID = 200;

  /**
   * The longest evidence id the assessment tables hold ({@code grid_evidence.id} since V5, {@code
   * grid_score_evidence.evidence_id} since V8): ids derived from the duty log reach about 320 characters.
   */
  static final int MAX_EVIDENCE_ID = 400;

  /** The longest decimal text the assessment tables hold. */
  static final int MAX_DECIMAL = 80;

  private Columns() {}

  /** Refuses, before anything is written, a value longer than its column. */
  static String fits(String value, int max, String what) {
    if (value.length() > max) {
      throw new IllegalArgumentException(what + " is " + value.length() + " characters long; the database holds "
          + max + ": '" + value.substring(0, 20) + "...'");
    }
    return value;
  }

  static String decimal(BigDecimal value, String what) {
    return fits(value.toPlainString(), MAX_DECIMAL, what);
  }

  static BigDecimal decimal(String text, String table, String row, String column) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | NullPointerException e) {
      throw new RowMappingException(table, row, column, "is not a decimal number: '" + text + "'");
    }
  }

  /** Maps a value with the model's own checks; a refusal names table, row and column. */
  static <T> T mapped(String table, String row, String column, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RowMappingException(table, row, column, String.valueOf(e.getMessage()));
    }
  }
}
