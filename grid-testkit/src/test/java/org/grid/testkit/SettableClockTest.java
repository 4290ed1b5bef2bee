package org.grid.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * grid's one settable clock is ThreeTen-Extra's {@link MutableClock} (the architecture rule {@code
 * timeIsSetThroughOneClock} forbids home-made ones). These tests hold it to what the scenario replay, the engine
 * harness and the multi-node sweep tests rely on: advances from many threads are never lost, and a clock derived
 * with another zone moves with it.
 */
class SettableClockTest {

  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void concurrentAdvancesAreNeverLost() throws Exception {
    MutableClock clock = MutableClock.of(START, SHANGHAI);
    int threads = 8;
    int advances = 20_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < advances; i++) {
            clock.add(Duration.ofSeconds(1));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(clock.instant()).isEqualTo(START.plusSeconds((long) threads * advances));
  }

  @Test
  void readersNeverSeeTheClockGoBackWhileItIsAdvanced() throws Exception {
    MutableClock clock = MutableClock.of(START, SHANGHAI);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 50_000; i++) {
          clock.add(Duration.ofMillis(1));
        }
      });
      Future<Integer> reader = pool.submit(() -> {
        Instant last = clock.instant();
        int backwards = 0;
        while (!writer.isDone()) {
          Instant now = clock.instant();
          if (now.isBefore(last)) {
            backwards++;
          }
          last = now;
        }
        return backwards;
      });
      writer.get(60, TimeUnit.SECONDS);
      assertThat(reader.get(60, TimeUnit.SECONDS)).isZero();
    } finally {
      pool.shutdownNow();
    }
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(50));
  }

  @Test
  void aClockInAnotherZoneMovesWithIt() {
    MutableClock clock = MutableClock.of(START, SHANGHAI);
    MutableClock utc = clock.withZone(ZoneId.of("UTC"));

    clock.setInstant(START.plusSeconds(3600));

    assertThat(utc.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
  }
}
