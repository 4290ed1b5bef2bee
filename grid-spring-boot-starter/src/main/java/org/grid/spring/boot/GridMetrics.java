package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.grid.core.port.out.OutboxMonitor;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.in.MonitorRequestsUseCase;
import org.grid.escalation.port.in.SweepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * grid's Micrometer meters (监控指标), bound to the application's registries by Spring Boot (a {@link MeterBinder}):
 *
 * <ul>
 *   <li>{@value #OPEN} (gauge, tags {@code tier} and {@code state}): the open requests held at each tier in each
 *       open state;
 *   <li>{@value #OVERDUE} (gauge): the open requests whose next deadline has passed, counted up to
 *       {@code grid.metrics.overdue-limit};
 *   <li>{@value #SWEEP_DURATION} (timer) and {@value #SWEEP_CHANGED} (counter): each scheduled sweep's duration and
 *       the requests it changed;
 *   <li>{@value #OUTBOX_PENDING}, {@value #OUTBOX_LAG} (seconds: the age of the oldest undelivered event, 0 when none)
 *       and {@value #OUTBOX_DEAD_LETTERS} (gauges).
 * </ul>
 *
 * <p>The gauges are read from the monitoring queries ({@link MonitorRequestsUseCase}) and the {@link OutboxMonitor},
 * all together and at most once per {@code grid.metrics.refresh-interval}; while the database cannot be read they
 * report NaN. The open-request gauges read every open request of each tier (the monitoring port has no count by
 * tier): their cost grows with the open requests, which is why the figures are kept for a while.
 */
public final class GridMetrics implements MeterBinder, SweepListener {

  /** The gauge of open requests by tier and state. */
  public static final String OPEN = "grid.requests.open";
  /** The gauge of overdue requests. */
  public static final String OVERDUE = "grid.requests.overdue";
  /** The timer of scheduled sweeps. */
  public static final String SWEEP_DURATION = "grid.sweep.duration";
  /** The counter of requests the scheduled sweeps changed. */
  public static final String SWEEP_CHANGED = "grid.sweep.changed";
  /** The gauge of undelivered events. */
  public static final String OUTBOX_PENDING = "grid.outbox.pending";
  /** The gauge of the oldest undelivered event's age. */
  public static final String OUTBOX_LAG = "grid.outbox.lag";
  /** The gauge of dead letters. */
  public static final String OUTBOX_DEAD_LETTERS = "grid.outbox.dead.letters";

  private static final Logger LOG = LoggerFactory.getLogger(GridMetrics.class);

  private final MonitorRequestsUseCase monitor;
  private final OutboxMonitor outbox;
  private final Clock clock;
  private final Duration refreshInterval;
  private final int overdueLimit;
  private final List<Timer> sweepTimers = new CopyOnWriteArrayList<>();
  private final List<Counter> sweepCounters = new CopyOnWriteArrayList<>();

  private Snapshot snapshot;
  private long snapshotAt;

  /** The figures read together. */
  private record Snapshot(Map<Tier, Map<RequestState, Long>> open, long overdue, long pending, Duration lag,
      long deadLetters) {}

  /**
   * Creates the meters.
   *
   * @param monitor the monitoring queries, not null
   * @param outbox the outbox's monitor, not null
   * @param clock the clock of "overdue", not null
   * @param refreshInterval how long figures are reused, zero or positive
   * @param overdueLimit the most overdue requests counted, at least 1
   */
  public GridMetrics(MonitorRequestsUseCase monitor, OutboxMonitor outbox, Clock clock, Duration refreshInterval,
      int overdueLimit) {
    this.monitor = requireNonNull(monitor, "monitor");
    this.outbox = requireNonNull(outbox, "outbox");
    this.clock = requireNonNull(clock, "clock");
    this.refreshInterval = requireNonNull(refreshInterval, "refreshInterval");
    if (overdueLimit < 1) {
      throw new IllegalArgumentException("overdueLimit must be at least 1, was " + overdueLimit);
    }
    this.overdueLimit = overdueLimit;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Tier tier : Tier.values()) {
      for (RequestState state : RequestState.values()) {
        if (state.isOpen()) {
          gauge(registry, OPEN, "open requests held at the tier in the state",
              s -> s.open().get(tier).getOrDefault(state, 0L), "tier", tier.name(), "state", state.name());
        }
      }
    }
    gauge(registry, OVERDUE, "open requests whose next deadline has passed", Snapshot::overdue);
    gauge(registry, OUTBOX_PENDING, "events stored and not yet delivered", Snapshot::pending);
    gauge(registry, OUTBOX_DEAD_LETTERS, "events the relay gave up on", Snapshot::deadLetters);
    TimeGauge.builder(OUTBOX_LAG, this, TimeUnit.SECONDS, m -> value(s -> s.lag().toNanos() / 1e9))
        .description("age of the oldest undelivered event")
        .register(registry);
    sweepTimers.add(Timer.builder(SWEEP_DURATION).description("duration of a scheduled deadline sweep")
        .register(registry));
    sweepCounters.add(Counter.builder(SWEEP_CHANGED).description("requests changed by scheduled deadline sweeps")
        .register(registry));
  }

  private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value,
      String... tags) {
    Gauge.builder(name, this, m -> m.value(value)).description(description).tags(tags).register(registry);
  }

  private double value(ToDoubleFunction<Snapshot> value) {
    Snapshot s = snapshot();
    return s == null ? Double.NaN : value.applyAsDouble(s);
  }

  @Override
  public void swept(Duration took, SweepResult result) {
    sweepTimers.forEach(t -> t.record(took));
    sweepCounters.forEach(c -> c.increment(result.changed()));
  }

  /** Forgets the figures, so that the next reading asks the database. */
  public synchronized void refresh() {
    snapshot = null;
  }

  private synchronized Snapshot snapshot() {
    long now = System.nanoTime();
    if (snapshot != null && now - snapshotAt < refreshInterval.toNanos()) {
      return snapshot;
    }
    try {
      Map<Tier, Map<RequestState, Long>> counts = monitor.openCountsByTierAndState();
      Map<Tier, Map<RequestState, Long>> open = new EnumMap<>(Tier.class);
      for (Tier tier : Tier.values()) {
        open.put(tier, counts.getOrDefault(tier, Map.of()));
      }
      long overdue = monitor.countOverdue(clock.instant(), overdueLimit);
      snapshot = new Snapshot(open, overdue, outbox.pendingCount(), outbox.oldestPendingAge().orElse(Duration.ZERO),
          outbox.deadLetterCount());
      snapshotAt = now;
      return snapshot;
    } catch (RuntimeException e) {
      LOG.warn("grid's meters could not be read: {}", e.toString());
      snapshot = null;
      return null;
    }
  }
}
