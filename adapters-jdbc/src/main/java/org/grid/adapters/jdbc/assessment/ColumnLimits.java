package org.grid.adapters.jdbc.assessment;

import java.math.BigDecimal;
import org.grid.core.model.privacy.Masking;

/**
 * The lengths the assessment tables' columns hold, checked before anything is written. Reading rows back goes through
 * {@link org.grid.adapters.jdbc.Sql#mapped}, as in every JDBC adapter.
 */
final class ColumnLimits {

  /** The longest id or subject kind the assessment tables hold. */
  static final int MAX_ID = 200;

  /**
   * The longest evidence id the assessment tables hold ({@code grid_evidence.id} since V5, {@code
   * grid_score_evidence.evidence_id} since V8): ids derived from the duty log reach about 320 characters.
   */
  static final int MAX_EVIDENCE_ID = 400;

  /** The longest decimal text the assessment tables hold. */
  static final int MAX_DECIMAL = 80;

  private ColumnLimits() {}

  /** Refuses, before anything is written, a value longer than its column. */
  static String fits(String value, int max, String what) {
    if (value.length() > max) {
      throw new IllegalArgumentException(what + " is " + value.length() + " characters long; the database holds "
          + max + ": '" + Masking.text(value).substring(0, 20) + "...'");
    }
    return value;
  }

  static String decimal(BigDecimal value, String what) {
    return fits(value.toPlainString(), MAX_DECIMAL, what);
  }
}
