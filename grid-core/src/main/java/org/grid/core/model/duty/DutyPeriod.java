package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A period (考核期) for which compliance is computed: from {@code from} (inclusive) to {@code to} (exclusive).
 * Calendar months and years are taken in the offset of {@code from}; monthly duties are due for every month that
 * lies wholly inside the period, yearly duties for every year that does.
 *
 * @param from the first instant of the period
 * @param to the first instant after the period, later than {@code from}
 */
public record DutyPeriod(OffsetDateTime from, OffsetDateTime to) {

  /**
   * Checks the period.
   *
   * @param from the first instant of the period
   * @param to the first instant after the period, later than {@code from}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public DutyPeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
    }
  }

  /**
   * Returns the period of one calendar year in the given offset.
   *
   * @param year the year
   * @param offset the offset, not null
   * @return the period from 1 January to the next 1 January
   */
  public static DutyPeriod year(int year, ZoneOffset offset) {
    OffsetDateTime start = OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, offset);
    return new DutyPeriod(start, start.plusYears(1));
  }

  /**
   * Tells whether an instant lies in the period.
   *
   * @param at the instant, not null
   * @return true when {@code from <= at < to}
   */
  public boolean contains(OffsetDateTime at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  /** Returns the month of an instant, in the offset of {@code from}. */
  YearMonth monthOf(OffsetDateTime at) {
    return YearMonth.from(at.withOffsetSameInstant(from.getOffset()));
  }

  /**
   * Returns the month of an instant in the offset of {@code from} as {@code year * 12 + month - 1}, without
   * allocating, in a long: the years of an OffsetDateTime reach a billion, whose months an int does not hold.
   */
  long monthIndex(OffsetDateTime at) {
    long seconds = at.toEpochSecond() + from.getOffset().getTotalSeconds();
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    return day.getYear() * 12L + day.getMonthValue() - 1;
  }

  /**
   * Returns the calendar months that lie wholly inside the period, in order.
   *
   * @return the calendar months that lie wholly inside the period, in order
   */
  public List<YearMonth> wholeMonths() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth month = YearMonth.from(from);
    if (!startOf(month).equals(from)) {
      month = month.plusMonths(1);
    }
    while (!startOf(month.plusMonths(1)).isAfter(to)) {
      months.add(month);
      month = month.plusMonths(1);
    }
    return months;
  }

  /**
   * Returns the calendar years that lie wholly inside the period, in order.
   *
   * @return the calendar years that lie wholly inside the period, in order
   */
  public List<Year> wholeYears() {
    List<Year> years = new ArrayList<>();
    for (YearMonth month : wholeMonths()) {
      if (month.getMonthValue() == 1 && !startOf(month.plusMonths(12)).isAfter(to)) {
        years.add(Year.of(month.getYear()));
      }
    }
    return years;
  }

  private OffsetDateTime startOf(YearMonth month) {
    return OffsetDateTime.of(month.getYear(), month.getMonthValue(), 1, 0, 0, 0, 0, from.getOffset());
  }

  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
