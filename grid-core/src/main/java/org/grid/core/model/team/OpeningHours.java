package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening period (开放时间) of a convenience service station: a day of the week and the hours it is open that day.
 * A station open morning and afternoon has two periods for that day.
 *
 * @param day the day of the week
 * @param opens when it opens, local time
 * @param closes when it closes, local time; after {@code opens} (a station is not open over midnight)
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

  /**
   * Checks the period.
   *
   * @param day the day of the week
   * @param opens when it opens
   * @param closes when it closes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
   */
  public OpeningHours {
    requireNonNull(day, "day");
    requireNonNull(opens, "opens");
    requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("opening hours on " + day + ": closes " + closes + " is not after opens " + opens);
    }
  }

  /**
   * Returns a period.
   *
   * @param day the day of the week
   * @param opens when it opens, {@code HH:mm}
   * @param closes when it closes, {@code HH:mm}
   * @return the period
   * @throws java.time.format.DateTimeParseException if a time cannot be read
   * @throws IllegalArgumentException as the constructor
   */
  public static OpeningHours of(DayOfWeek day, String opens, String closes) {
    return new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
  }

  /**
   * Tells whether this period overlaps another on the same day.
   *
   * @param other the other period, not null
   * @return true when both are on the same day and share some time
   */
  public boolean overlaps(OpeningHours other) {
    return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
  }
}
