package org.grid.spring.boot;

import java.time.Duration;
import java.time.ZoneId;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.core.model.jurisdiction.CountyId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * grid's settings in a Spring Boot application (网格配置), every one under the prefix {@code grid.}: the schema
 * migration, the county the assessment services score, the deadline sweep, the outbox relay, the health indicator
 * and the meters. docs/spring-boot.md lists them with their defaults.
 */
@ConfigurationProperties(prefix = "grid")
public class GridProperties {

  /** Whether grid is wired at all; false leaves every bean of this starter out. */
  private boolean enabled = true;

  /**
   * The county (县) whose requests the assessment services read as evidence; the id as stored with the townships,
   * for example "C1" (at most 64 characters, no surrounding whitespace, no control characters). Without it the
   * services that assess a county (AssessRequestsService, ScorePartyMembersService, AssessCountyService) are not
   * created.
   */
  private String county;

  /** The time zone in which the assessment counts the days of requests' history entries. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  /**
   * The longest duration a schedule of grid's, the relay's lease or the meters' refresh interval takes: 36,500 days
   * (100 years), far inside what the scheduler counts in milliseconds, a claim's end inside the instants
   * grid_outbox stores, and the refresh interval inside the nanoseconds the meters count.
   */
  static final Duration LONGEST = Duration.ofDays(36_500);

  /** The shortest interval of a scheduled job: the scheduler counts milliseconds. */
  static final Duration SHORTEST_INTERVAL = Duration.ofMillis(1);

  private final Schema schema = new Schema();
  private final Sweep sweep = new Sweep();
  private final Relay relay = new Relay();
  private final Health health = new Health();
  private final Metrics metrics = new Metrics();

  /**
   * Checks every setting, as the auto-configuration does before it wires anything.
   *
   * @throws IllegalArgumentException naming the property that is out of range
   */
  public void check() {
    if (county != null && county.isBlank()) {
      throw new IllegalArgumentException("grid.county must not be blank when set");
    }
    if (county != null) {
      try {
        CountyId.of(county);
      } catch (IllegalArgumentException e) {
        // The id's own message (a county id is no personal data), under the property's name.
        throw new IllegalArgumentException("grid.county must be a county id: " + e.getMessage());
      }
    }
    if (zone == null) {
      throw new IllegalArgumentException("grid.zone must be set");
    }
    interval("grid.sweep.interval", sweep.interval);
    delay("grid.sweep.initial-delay", sweep.initialDelay);
    interval("grid.relay.interval", relay.interval);
    delay("grid.relay.initial-delay", relay.initialDelay);
    positive("grid.relay.lease", relay.lease);
    // A claim holds until now plus the lease, stored in nanoseconds since the epoch (up to 2262).
    atMostLongest("grid.relay.lease", relay.lease);
    atLeastOne("grid.relay.batch-size", relay.batchSize);
    if (relay.batchSize > OutboxRelay.Settings.MAX_BATCH_SIZE) {
      // A batch is read whole into memory and handed to the sink at once: no reading of a whole backlog in one go.
      throw new IllegalArgumentException("grid.relay.batch-size must be at most " + OutboxRelay.Settings.MAX_BATCH_SIZE
          + ", was " + relay.batchSize);
    }
    atLeastOne("grid.relay.max-attempts", relay.maxAttempts);
    notNegative("grid.health.max-outbox-lag", health.maxOutboxLag);
    if (health.maxDeadLetters < 0) {
      throw new IllegalArgumentException("grid.health.max-dead-letters must not be negative, was "
          + health.maxDeadLetters);
    }
    notNegative("grid.metrics.refresh-interval", metrics.refreshInterval);
    // The meters compare it in nanoseconds at every reading of a gauge (Duration.toNanos ends at 292 years).
    atMostLongest("grid.metrics.refresh-interval", metrics.refreshInterval);
    atLeastOne("grid.metrics.overdue-limit", metrics.overdueLimit);
  }

  private static void interval(String property, Duration value) {
    positive(property, value);
    if (value.compareTo(SHORTEST_INTERVAL) < 0) {
      throw new IllegalArgumentException(property + " must be at least 1ms (the scheduler counts milliseconds), was "
          + value);
    }
    atMostLongest(property, value);
  }

  private static void delay(String property, Duration value) {
    notNegative(property, value);
    atMostLongest(property, value);
  }

  private static void atMostLongest(String property, Duration value) {
    if (value.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(property + " must be at most 36500d (100 years), was " + value);
    }
  }

  private static void positive(String property, Duration value) {
    notNegative(property, value);
    if (value.isZero()) {
      throw new IllegalArgumentException(property + " must be positive, was " + value);
    }
  }

  private static void notNegative(String property, Duration value) {
    if (value == null) {
      throw new IllegalArgumentException(property + " must be set");
    }
    if (value.isNegative()) {
      throw new IllegalArgumentException(property + " must not be negative, was " + value);
    }
  }

  private static void atLeastOne(String property, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(property + " must be at least 1, was " + value);
    }
  }

  /**
   * Tells whether grid is wired.
   *
   * @return true when it is
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether grid is wired.
   *
   * @param enabled false to leave grid out
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the county the assessment services score.
   *
   * @return the county id, or null when none is set
   */
  public String getCounty() {
    return county;
  }

  /**
   * Sets the county the assessment services score.
   *
   * @param county the county id (at most 64 characters, no surrounding whitespace or control characters), or null
   */
  public void setCounty(String county) {
    this.county = county;
  }

  /**
   * Returns the time zone of the assessment's days.
   *
   * @return the zone
   */
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Sets the time zone of the assessment's days.
   *
   * @param zone the zone, not null
   */
  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Returns the schema settings.
   *
   * @return the settings
   */
  public Schema getSchema() {
    return schema;
  }

  /**
   * Returns the deadline sweep's settings.
   *
   * @return the settings
   */
  public Sweep getSweep() {
    return sweep;
  }

  /**
   * Returns the outbox relay's settings.
   *
   * @return the settings
   */
  public Relay getRelay() {
    return relay;
  }

  /**
   * Returns the health indicator's settings.
   *
   * @return the settings
   */
  public Health getHealth() {
    return health;
  }

  /**
   * Returns the meters' settings.
   *
   * @return the settings
   */
  public Metrics getMetrics() {
    return metrics;
  }

  /** grid's tables: its own Flyway history, apart from an application's. */
  public static class Schema {

    /**
     * Whether grid's Flyway migrations run when the application starts (in grid's own history table,
     * grid_schema_history, after the application's own Flyway). Turn off when the schema is migrated apart, for
     * example by a deployment job.
     */
    private boolean migrate = true;

    /**
     * Tells whether the migrations run at start.
     *
     * @return true when they run
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets whether the migrations run at start.
     *
     * @param migrate true to run them
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }

  /** The deadline sweep (到期巡检): reminders, escalations and on-site lapses of requests whose deadline passed. */
  public static class Sweep {

    /** Whether the deadline sweep runs on a schedule in this application. */
    private boolean enabled = true;

    /**
     * The time from the end of one sweep to the start of the next, from 1 millisecond to 36,500 days. Several nodes
     * may sweep one database at once: each batch claims its rows.
     */
    private Duration interval = Duration.ofMinutes(1);

    /** The time from the application's start to the first sweep, from zero to 36,500 days. */
    private Duration initialDelay = Duration.ofSeconds(10);

    /**
     * Tells whether the sweep runs.
     *
     * @return true when it runs
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the sweep runs.
     *
     * @param enabled true to run it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the time between sweeps.
     *
     * @return the interval
     */
    public Duration getInterval() {
      return interval;
    }

    /**
     * Sets the time between sweeps.
     *
     * @param interval the interval, from 1 millisecond to 36,500 days
     */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    /**
     * Returns the time before the first sweep.
     *
     * @return the delay
     */
    public Duration getInitialDelay() {
      return initialDelay;
    }

    /**
     * Sets the time before the first sweep.
     *
     * @param initialDelay the delay, from zero to 36,500 days
     */
    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
    }
  }

  /** The outbox relay (事件投递): hands the stored events to the application's EventSink bean. */
  public static class Relay {

    /**
     * Whether the outbox relay runs on a schedule in this application. It needs an EventSink bean: without one it
     * stays off and says so in the log.
     */
    private boolean enabled = true;

    /**
     * The time from the end of one relay run (which hands out the events stored before it began) to the start of
     * the next, from 1 millisecond to 36,500 days: about the longest an event waits in the outbox while the sink
     * keeps up.
     */
    private Duration interval = Duration.ofSeconds(5);

    /** The time from the application's start to the first relay run, from zero to 36,500 days. */
    private Duration initialDelay = Duration.ofSeconds(5);

    /** The most events claimed and handed to the sink at once, from 1 to 10,000. */
    private int batchSize = 100;

    /** Refused deliveries after which an event becomes a dead letter (死信). */
    private int maxAttempts = 10;

    /**
     * How long a relay's claim on a batch holds: at least twice the slowest call of the sink (a pass starts no call
     * once half of it has passed), and at most 36,500 days.
     */
    private Duration lease = Duration.ofMinutes(5);

    /**
     * Tells whether the relay runs.
     *
     * @return true when it runs (given an EventSink bean)
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the relay runs.
     *
     * @param enabled true to run it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the time between relay runs.
     *
     * @return the interval
     */
    public Duration getInterval() {
      return interval;
    }

    /**
     * Sets the time between relay runs.
     *
     * @param interval the interval, from 1 millisecond to 36,500 days
     */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    /**
     * Returns the time before the first relay run.
     *
     * @return the delay
     */
    public Duration getInitialDelay() {
      return initialDelay;
    }

    /**
     * Sets the time before the first relay run.
     *
     * @param initialDelay the delay, from zero to 36,500 days
     */
    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
    }

    /**
     * Returns the batch size.
     *
     * @return the most events per batch
     */
    public int getBatchSize() {
      return batchSize;
    }

    /**
     * Sets the batch size.
     *
     * @param batchSize the most events per batch, from 1 to 10,000
     */
    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    /**
     * Returns the attempts before an event becomes a dead letter.
     *
     * @return the attempts
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the attempts before an event becomes a dead letter.
     *
     * @param maxAttempts the attempts, at least 1
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * Returns the claim's lease.
     *
     * @return the lease
     */
    public Duration getLease() {
      return lease;
    }

    /**
     * Sets the claim's lease.
     *
     * @param lease the lease, positive and at most 36,500 days
     */
    public void setLease(Duration lease) {
      this.lease = lease;
    }
  }

  /** The Actuator health indicator "grid". */
  public static class Health {

    /** Whether the health indicator "grid" is published (when Actuator's health module is on the class path). */
    private boolean enabled = true;

    /**
     * The outbox lag (the age of the oldest undelivered event) beyond which the indicator reports DEGRADED instead
     * of UP.
     */
    private Duration maxOutboxLag = Duration.ofMinutes(10);

    /** The number of dead letters beyond which the indicator reports DEGRADED instead of UP. */
    private long maxDeadLetters = 0;

    /**
     * Tells whether the indicator is published.
     *
     * @return true when it is
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the indicator is published.
     *
     * @param enabled true to publish it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the largest outbox lag still reported UP.
     *
     * @return the lag
     */
    public Duration getMaxOutboxLag() {
      return maxOutboxLag;
    }

    /**
     * Sets the largest outbox lag still reported UP.
     *
     * @param maxOutboxLag the lag, zero or positive
     */
    public void setMaxOutboxLag(Duration maxOutboxLag) {
      this.maxOutboxLag = maxOutboxLag;
    }

    /**
     * Returns the most dead letters still reported UP.
     *
     * @return the count
     */
    public long getMaxDeadLetters() {
      return maxDeadLetters;
    }

    /**
     * Sets the most dead letters still reported UP.
     *
     * @param maxDeadLetters the count, zero or more
     */
    public void setMaxDeadLetters(long maxDeadLetters) {
      this.maxDeadLetters = maxDeadLetters;
    }
  }

  /** The Micrometer meters grid.requests.*, grid.sweep.* and grid.outbox.*. */
  public static class Metrics {

    /** Whether grid's meters are published (when Micrometer is on the class path). */
    private boolean enabled = true;

    /**
     * How long the gauges' figures are reused before the database is asked again: the open requests by tier and
     * state, the overdue count and the outbox figures are read together, at most once per this time. From zero
     * (always ask) to 36,500 days.
     */
    private Duration refreshInterval = Duration.ofSeconds(30);

    /** The most overdue requests counted: grid.requests.overdue saturates at this number. */
    private int overdueLimit = 10_000;

    /**
     * Tells whether the meters are published.
     *
     * @return true when they are
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the meters are published.
     *
     * @param enabled true to publish them
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns how long figures are reused.
     *
     * @return the interval
     */
    public Duration getRefreshInterval() {
      return refreshInterval;
    }

    /**
     * Sets how long figures are reused.
     *
     * @param refreshInterval the interval, zero (always ask) or positive, at most 36,500 days
     */
    public void setRefreshInterval(Duration refreshInterval) {
      this.refreshInterval = refreshInterval;
    }

    /**
     * Returns the most overdue requests counted.
     *
     * @return the limit
     */
    public int getOverdueLimit() {
      return overdueLimit;
    }

    /**
     * Sets the most overdue requests counted.
     *
     * @param overdueLimit the limit, at least 1
     */
    public void setOverdueLimit(int overdueLimit) {
      this.overdueLimit = overdueLimit;
    }
  }
}
