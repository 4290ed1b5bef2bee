package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.grid.escalation.port.in.ProcessDueRequestsUseCase;
import org.grid.escalation.port.in.SweepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the deadline sweep (到期巡检) on grid's schedule: {@link ProcessDueRequestsUseCase#processDue} at the
 * clock's instant, timed and told to the {@link SweepListener}s. A failure is logged and the next run comes on
 * schedule; what a failed batch did was rolled back.
 */
public final class GridSweepJob implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(GridSweepJob.class);

  private final ProcessDueRequestsUseCase sweep;
  private final Clock clock;
  private final List<SweepListener> listeners;

  /**
   * Creates the job.
   *
   * @param sweep the engine's sweep, not null
   * @param clock the clock whose instant the sweep processes deadlines up to, not null
   * @param listeners told of each sweep, not null
   */
  public GridSweepJob(ProcessDueRequestsUseCase sweep, Clock clock, List<SweepListener> listeners) {
    this.sweep = requireNonNull(sweep, "sweep");
    this.clock = requireNonNull(clock, "clock");
    this.listeners = List.copyOf(requireNonNull(listeners, "listeners"));
  }

  /** Sweeps once; never throws (a failure is logged). */
  @Override
  public void run() {
    long start = System.nanoTime();
    SweepResult result;
    try {
      result = sweep.processDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.error("grid's deadline sweep failed; the next runs on schedule", e);
      return;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (result.changed() > 0 || result.skippedStale() > 0 || result.skippedNoCalendar() > 0) {
      LOG.info("grid's deadline sweep changed {} requests in {} ms ({} skipped as changed meanwhile, {} for want "
          + "of a calendar)", result.changed(), took.toMillis(), result.skippedStale(), result.skippedNoCalendar());
    }
    for (SweepListener listener : listeners) {
      try {
        listener.swept(took, result);
      } catch (RuntimeException e) {
        LOG.warn("a sweep listener failed", e);
      }
    }
  }
}
