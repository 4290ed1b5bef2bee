package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An assessment period (考核周期): the days from {@code start} up to but not including {@code end}, in the
 * township's calendar. Usually a year ({@link #year(int)}).
 *
 * @param start the first day, not null
 * @param end the first day after the period, not null, after {@code start}
 */
public record AssessmentPeriod(LocalDate start, LocalDate end) {

  /**
   * Checks the period.
   *
   * @param start the first day, not null
   * @param end the first day after the period, not null, after {@code start}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public AssessmentPeriod {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period end " + end + " must be after its start " + start);
    }
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, for example 2025
   * @return the period from 1 January of {@code year} to 1 January of the next
   */
  public static AssessmentPeriod year(int year) {
    return new AssessmentPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * Tells whether a day lies in the period.
   *
   * @param day the day, not null
   * @return true when {@code start <= day < end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end);
  }

  /**
   * Tells whether another period lies wholly inside this one.
   *
   * @param other the other period, not null
   * @return true when every day of {@code other} is in this period
   */
  public boolean covers(AssessmentPeriod other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Tells whether the two periods share a day.
   *
   * @param other the other period, not null
   * @return true when they overlap
   */
  public boolean overlaps(AssessmentPeriod other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
