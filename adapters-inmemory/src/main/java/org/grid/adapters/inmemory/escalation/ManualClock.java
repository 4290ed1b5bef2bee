package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A {@link Clock} that stands still until it is set or advanced: for tests, demos and scenario replays. Thread-safe.
 */
public final class ManualClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  /**
   * Creates a clock standing at an instant.
   *
   * @param start the instant, not null
   * @param zone the zone, not null
   */
  public ManualClock(Instant start, ZoneId zone) {
    this.now = requireNonNull(start, "start");
    this.zone = requireNonNull(zone, "zone");
  }

  /**
   * Sets the clock; it may go back.
   *
   * @param instant the new instant, not null
   */
  public void set(Instant instant) {
    now = requireNonNull(instant, "instant");
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far, not negative
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock in another zone standing at this clock's current instant; it does not follow later changes
   * of this clock.
   *
   * @param newZone the zone, not null
   * @return the new clock
   */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new ManualClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
