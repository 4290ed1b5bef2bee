package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.spring.boot.GridContexts.eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The scheduler of grid's background jobs. */
class GridSchedulerTest {

  @Test
  void aJobWhoseDurationsTheSchedulerCannotTakeIsRefusedNamingTheJobAndTheField() {
    Runnable task = () -> { };
    assertThatThrownBy(() -> new GridScheduler.Job("relay", Duration.ofSeconds(-1), Duration.ofSeconds(1), task))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialDelay of job relay must not be negative, was PT-1S");
    assertThatThrownBy(() -> new GridScheduler.Job("relay", Duration.ZERO, Duration.ZERO, task))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval of job relay must be at least 1ms (the scheduler counts milliseconds), was PT0S");
    assertThatThrownBy(() -> new GridScheduler.Job("sweep", Duration.ZERO, Duration.ofNanos(999_999), task))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("interval of job sweep");
    assertThatThrownBy(() -> new GridScheduler.Job("sweep", Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE), task))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interval of job sweep must be at most 9223372036854775807 milliseconds");
    assertThatThrownBy(() -> new GridScheduler.Job("sweep", Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(1),
        task)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("initialDelay of job sweep");
    assertThat(new GridScheduler.Job("sweep", Duration.ZERO, Duration.ofMillis(1), task).interval())
        .isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void aJobThatThrowsKeepsItsSchedule() {
    AtomicInteger runs = new AtomicInteger();
    Runnable failing = () -> {
      int run = runs.incrementAndGet();
      if (run == 1) {
        // What a broken sink or listener may throw past the jobs' catch of RuntimeException.
        throw new AssertionError("an Error from the first run");
      }
      if (run == 2) {
        throw new IllegalStateException("a RuntimeException from the second run");
      }
    };
    GridScheduler scheduler = new GridScheduler(
        List.of(new GridScheduler.Job("failing job", Duration.ZERO, Duration.ofMillis(10), failing)));
    scheduler.start();
    try {
      eventually(() -> assertThat(runs.get()).isGreaterThan(3));
    } finally {
      scheduler.stop();
    }
  }
}
