package org.grid.assessment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fixed-point arithmetic of scores: points are decimals of {@link LineItem#SCALE} (2) places. Points given as
 * input (a rule's points and cap, a rule set's base, a check's score) must fit that scale exactly; points computed
 * with a division (a grid's share of its weights, a mean of checks) are rounded once, half even.
 */
final class Points {

  /** How a computed line item or total is rounded to {@link LineItem#SCALE} places. */
  static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  /** The largest number of digits before the decimal point, so that no input can make a number of absurd size. */
  private static final int MAX_INTEGER_DIGITS = 18;

  private Points() {}

  /**
   * Returns a value at scale 2, unchanged in value.
   *
   * @param value the value, not null
   * @param what what the value is, for the message, for example {@code pointsPerOccurrence of rule visit}
   * @return the value with scale 2
   * @throws IllegalArgumentException if the value has more than 2 decimal places or 19 digits or more before the
   *     point
   */
  static BigDecimal exact(BigDecimal value, String what) {
    if (!fits(value)) {
      throw new IllegalArgumentException(what + " " + problem(value) + ", was " + value);
    }
    return value.setScale(LineItem.SCALE);
  }

  /** Whether {@code value} has at most 2 decimal places and fewer than 19 digits before the point. */
  static boolean fits(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    // in long: precision minus a scale near Integer.MIN_VALUE (1E+2147483647) overflows an int
    return stripped.scale() <= LineItem.SCALE
        && (long) stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS;
  }

  /** Says what is wrong with a value that does not fit. */
  private static String problem(BigDecimal value) {
    return value.stripTrailingZeros().scale() > LineItem.SCALE
        ? "must have at most " + LineItem.SCALE + " decimal places"
        : "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
  }
}
