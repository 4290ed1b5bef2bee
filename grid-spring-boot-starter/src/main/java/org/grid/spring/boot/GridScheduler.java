package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs grid's background jobs (the deadline sweep, the outbox relay) on threads of its own, each with a fixed
 * delay between the end of one run and the start of the next, from the application's start to its stop; a run that
 * throws is logged and does not end its job's schedule. It is no {@code TaskScheduler} bean, so it neither
 * replaces nor takes the application's own scheduling.
 */
public final class GridScheduler implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(GridScheduler.class);

  /**
   * A job on the schedule.
   *
   * @param name the job's name, for the log and the threads
   * @param initialDelay the time from start to the first run
   * @param interval the time from the end of a run to the start of the next
   * @param task the run; what it throws is logged, and the next run comes on schedule
   */
  public record Job(String name, Duration initialDelay, Duration interval, Runnable task) {

    /**
     * Checks the job.
     *
     * @param name the job's name, for the log and the threads
     * @param initialDelay the time from start to the first run
     * @param interval the time from the end of a run to the start of the next
     * @param task the run; what it throws is logged, and the next run comes on schedule
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the initial delay is negative, or either duration does not fit the
     *     scheduler, which counts whole milliseconds: an interval under 1 millisecond, or a duration of more than
     *     {@link Long#MAX_VALUE} milliseconds
     */
    public Job {
      requireNonNull(name, "name");
      requireNonNull(initialDelay, "initialDelay");
      requireNonNull(interval, "interval");
      requireNonNull(task, "task");
      // Checked here, naming the job: the executor refuses them only when the scheduler starts, naming nothing.
      if (initialDelay.isNegative()) {
        throw new IllegalArgumentException("initialDelay of job " + name + " must not be negative, was "
            + initialDelay);
      }
      if (interval.compareTo(GridProperties.SHORTEST_INTERVAL) < 0) {
        throw new IllegalArgumentException("interval of job " + name + " must be at least 1ms (the scheduler "
            + "counts milliseconds), was " + interval);
      }
      requireMillis(name, "initialDelay", initialDelay);
      requireMillis(name, "interval", interval);
    }

    private static void requireMillis(String name, String field, Duration value) {
      try {
        value.toMillis();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(field + " of job " + name + " must be at most " + Long.MAX_VALUE
            + " milliseconds, was " + value, e);
      }
    }
  }

  private final List<Job> jobs;
  private ScheduledExecutorService executor;

  /**
   * Creates the scheduler.
   *
   * @param jobs the jobs, possibly none; not null
   */
  public GridScheduler(List<Job> jobs) {
    this.jobs = List.copyOf(requireNonNull(jobs, "jobs"));
  }

  /**
   * Returns the jobs this scheduler runs.
   *
   * @return the jobs
   */
  public List<Job> jobs() {
    return jobs;
  }

  @Override
  public synchronized void start() {
    if (executor != null || jobs.isEmpty()) {
      return;
    }
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(task, "grid-scheduler-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    executor = Executors.newScheduledThreadPool(jobs.size(), factory);
    for (Job job : jobs) {
      executor.scheduleWithFixedDelay(() -> runOnce(job), job.initialDelay().toMillis(),
          job.interval().toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("grid's {} runs every {}", job.name(), job.interval());
    }
  }

  /**
   * Runs a job once. The executor drops a job whose run throws, and says nothing: what the run throws (an
   * {@link Error} from a sink or a listener, past the jobs' own catch of runtime exceptions) is logged here, and the
   * next run comes on schedule.
   */
  private static void runOnce(Job job) {
    try {
      job.task().run();
    } catch (RuntimeException | Error e) {
      LOG.error("grid's {} failed; the next run comes on schedule", job.name(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
