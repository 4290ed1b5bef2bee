package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.spring.boot.GridContexts.eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The scheduler of grid's background jobs. */
class GridSchedulerTest {

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
