package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;

/**
 * A work calendar (工作日历) that a county supplies for a township: which days are working days, given the weekly
 * rest days, public holidays (法定节假日) and make-up working days (调休上班日), the township's time zone, and when a
 * working day ends. Deadlines in working days land at the end of a working day in that zone.
 *
 * <p>A day is a working day when it is a make-up working day, or when it is neither a rest day of the week nor a
 * holiday.
 *
 * @param zone the township's time zone, not null
 * @param endOfWorkingDay when a working day ends (a deadline's time of day), not null
 * @param restDays the weekly rest days, at most six (usually Saturday and Sunday)
 * @param holidays public holidays that are not worked; disjoint from {@code makeUpWorkingDays}
 * @param makeUpWorkingDays days that are worked although they fall on a rest day (调休)
 */
public record WorkCalendar(
    ZoneId zone,
    LocalTime endOfWorkingDay,
    ImmutableSet<DayOfWeek> restDays,
    ImmutableSortedSet<LocalDate> holidays,
    ImmutableSortedSet<LocalDate> makeUpWorkingDays) {

  private static final long SECONDS_PER_DAY = 86_400;

  /**
   * Checks the calendar.
   *
   * @param zone the township's time zone, not null
   * @param endOfWorkingDay when a working day ends (a deadline's time of day), not null
   * @param restDays the weekly rest days, at most six (usually Saturday and Sunday)
   * @param holidays public holidays that are not worked; disjoint from {@code makeUpWorkingDays}
   * @param makeUpWorkingDays days that are worked although they fall on a rest day (调休)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if every day of the week is a rest day, or a day is both a holiday and a
   *     make-up working day
   */
  public WorkCalendar {
    requireNonNull(zone, "zone");
    requireNonNull(endOfWorkingDay, "endOfWorkingDay");
    requireNonNull(restDays, "restDays");
    requireNonNull(holidays, "holidays");
    requireNonNull(makeUpWorkingDays, "makeUpWorkingDays");
    if (restDays.size() >= DayOfWeek.values().length) {
      throw new IllegalArgumentException("restDays: at least one day of the week must be a working day");
    }
    Sets.SetView<LocalDate> both = Sets.intersection(holidays, makeUpWorkingDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "holidays and makeUpWorkingDays: a day cannot be both, but these are: " + both);
    }
  }

  /**
   * Returns a calendar.
   *
   * @param zone the time zone
   * @param endOfWorkingDay the end of a working day
   * @param restDays weekly rest days
   * @param holidays public holidays
   * @param makeUpWorkingDays make-up working days
   * @return the calendar
   * @throws IllegalArgumentException as the constructor
   */
  public static WorkCalendar of(
      ZoneId zone,
      LocalTime endOfWorkingDay,
      Collection<DayOfWeek> restDays,
      Collection<LocalDate> holidays,
      Collection<LocalDate> makeUpWorkingDays) {
    return new WorkCalendar(
        zone,
        endOfWorkingDay,
        Sets.immutableEnumSet(restDays),
        ImmutableSortedSet.copyOf(holidays),
        ImmutableSortedSet.copyOf(makeUpWorkingDays));
  }

  /**
   * Tells whether a day is a working day.
   *
   * @param day the day, not null
   * @return true for a make-up working day, or a day that is neither a rest day nor a holiday
   */
  public boolean isWorkingDay(LocalDate day) {
    requireNonNull(day, "day");
    if (makeUpWorkingDays.contains(day)) {
      return true;
    }
    return !restDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /**
   * Returns the {@code n}-th working day strictly after a day.
   *
   * @param day the start day, not null
   * @param n how many working days, at least 0 (0 returns {@code day} itself)
   * @return the day
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    requireNonNull(day, "day");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Returns the deadline {@code n} working days after an instant: the end of the {@code n}-th working day
   * strictly after the instant's day in the calendar's zone. So a request reported on a Monday with a one-day
   * limit is due at the end of Tuesday, and one reported on a Saturday at the end of Monday.
   *
   * @param start the start, not null
   * @param n the working days, at least 1
   * @return the deadline, always after {@code start}
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public Instant deadline(Instant start, int n) {
    requireNonNull(start, "start");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    return endOf(plusWorkingDays(localDate(start), n));
  }

  /**
   * Returns the end of a day as an instant (the day need not be a working day).
   *
   * @param day the day, not null
   * @return the instant the day's working hours end in the calendar's zone
   */
  public Instant endOf(LocalDate day) {
    return day.atTime(endOfWorkingDay).atZone(zone).toInstant();
  }

  /**
   * Returns the day an instant falls on in the calendar's zone.
   *
   * @param instant the instant, not null
   * @return its local date
   */
  public LocalDate localDate(Instant instant) {
    // What instant.atZone(zone).toLocalDate() gives, without the zoned date-time and its time of day: the engine
    // asks this for every deadline it sets.
    long local = instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY));
  }

  /**
   * Counts the working days after the day of {@code from} up to and including the day of {@code to}.
   *
   * @param from the earlier instant, not null
   * @param to the later instant, not null
   * @return the count; 0 when both fall on the same day or {@code to} is not later
   */
  public int workingDaysBetween(Instant from, Instant to) {
    return workingDaysBetween(from, to, Integer.MAX_VALUE);
  }

  /**
   * Counts the working days after the day of {@code from} up to and including the day of {@code to}, but no
   * more than {@code atMost}: the count stops there, so its cost is bounded by the bound (and the holidays on the
   * way), not by how far apart the two instants are.
   *
   * @param from the earlier instant, not null
   * @param to the later instant, not null
   * @param atMost the most to count, not negative
   * @return the count, at most {@code atMost}; 0 when both fall on the same day or {@code to} is not later
   * @throws IllegalArgumentException if {@code atMost} is negative
   */
  public int workingDaysBetween(Instant from, Instant to, int atMost) {
    if (atMost < 0) {
      throw new IllegalArgumentException("atMost must not be negative, was " + atMost);
    }
    LocalDate a = localDate(from);
    LocalDate b = localDate(to);
    int count = 0;
    for (LocalDate d = a; count < atMost && d.isBefore(b); ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
