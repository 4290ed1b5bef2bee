package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

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
   * Returns the calendar months that lie wholly inside the period, in order. The list is a view computed from the
   * period's ends, so it costs the same for a month and for a million years.
   *
   * @return the calendar months that lie wholly inside the period, in order; unmodifiable
   * @throws IllegalStateException if the period holds more whole months than a list can ({@link Integer#MAX_VALUE}),
   *     which only a period of over 178 million years does
   */
  public List<YearMonth> wholeMonths() {
    long first = firstWholeMonth();
    long count = Math.max(0, endMonth() - first);
    if (count > Integer.MAX_VALUE) {
      throw new IllegalStateException("period " + this + " holds " + count + " whole months, more than a list holds ("
          + Integer.MAX_VALUE + ")");
    }
    return new Span<>((int) count) {
      @Override
      public YearMonth get(int index) {
        long month = first + Objects.checkIndex(index, size());
        return YearMonth.of(Math.toIntExact(Math.floorDiv(month, 12)), (int) Math.floorMod(month, 12) + 1);
      }
    };
  }

  /**
   * Returns the calendar years that lie wholly inside the period, in order. The list is a view computed from the
   * period's ends, as {@link #wholeMonths()} is.
   *
   * @return the calendar years that lie wholly inside the period, in order; unmodifiable
   */
  public List<Year> wholeYears() {
    long first = Math.floorDiv(firstWholeMonth() + 11, 12);
    long count = Math.max(0, Math.floorDiv(endMonth(), 12) - first); // at most 2 billion: the years of java.time
    return new Span<>((int) count) {
      @Override
      public Year get(int index) {
        return Year.of(Math.toIntExact(first + Objects.checkIndex(index, size())));
      }
    };
  }

  /** The first month, as {@code year * 12 + month - 1}, that begins at or after {@code from}. */
  private long firstWholeMonth() {
    long month = from.getYear() * 12L + from.getMonthValue() - 1;
    boolean startsIt = from.getDayOfMonth() == 1 && from.toLocalTime().equals(LocalTime.MIDNIGHT);
    return startsIt ? month : month + 1;
  }

  /**
   * The month of {@code to} in the offset of {@code from}, as {@code year * 12 + month - 1}: the first month not
   * wholly inside the period. Past the last day java.time knows (which {@code to} in another offset can be), the
   * month after the last.
   */
  private long endMonth() {
    long day = Math.floorDiv(to.toEpochSecond() + from.getOffset().getTotalSeconds(), 86_400L);
    if (day > LocalDate.MAX.toEpochDay()) {
      return Year.MAX_VALUE * 12L + 12;
    }
    LocalDate date = LocalDate.ofEpochDay(day);
    return date.getYear() * 12L + date.getMonthValue() - 1;
  }

  /** An unmodifiable list of a given size whose elements are computed from their index. */
  private abstract static class Span<T> extends AbstractList<T> implements RandomAccess {
    private final int size;

    Span(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }
  }

  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
