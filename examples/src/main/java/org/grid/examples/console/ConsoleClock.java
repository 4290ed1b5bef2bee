package org.grid.examples.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The example application's clock (时钟): the system clock, which the sample data sets back while it reports the
 * sample requests as if days ago (so that the monitor has overdue requests to show from the start), and puts right
 * afterwards. grid's starter uses the application's {@link Clock} bean, so the engine, the sweep and the relay all
 * read this one.
 */
public final class ConsoleClock extends Clock {

  private final Clock system;
  private final AtomicReference<Duration> behind;

  /**
   * Creates a clock that follows the given one.
   *
   * @param system the clock followed, not null
   */
  public ConsoleClock(Clock system) {
    this(system, new AtomicReference<>(Duration.ZERO));
  }

  private ConsoleClock(Clock system, AtomicReference<Duration> behind) {
    this.system = Objects.requireNonNull(system, "system");
    this.behind = behind;
  }

  /**
   * Sets the clock back from the followed one.
   *
   * @param duration how far back, zero or more; zero puts the clock right
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public void setBehind(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    behind.set(duration);
  }

  /**
   * Returns how far the clock is set back.
   *
   * @return the duration, zero when the clock is right
   */
  public Duration behind() {
    return behind.get();
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ConsoleClock(system.withZone(zone), behind); // set back together with this one
  }

  @Override
  public Instant instant() {
    return system.instant().minus(behind.get());
  }
}
