package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/**
 * The worst values of grid's properties: each stops the application at start with a message naming the property
 * and the problem, instead of starting and failing later (the scheduler's start, every relay run, every
 * reading of a gauge).
 */
class GridPropertiesTest {

  private final ApplicationContextRunner runner = GridContexts.runner();
  private final ApplicationContextRunner withSink = runner.withUserConfiguration(GridContexts.WithSink.class);

  private static void refused(ApplicationContextRunner runner, String property, String problem, String... values) {
    runner.withPropertyValues(values).run(context -> assertThat(context).getFailure().rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(property + " ")
        .hasMessageContaining(problem));
  }

  /** A value given as is: the runner's withPropertyValues trims values, a properties file keeps trailing blanks. */
  private static ApplicationContextRunner raw(ApplicationContextRunner runner, String property, String value) {
    return runner.withInitializer(context -> context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("raw", Map.of(property, value))));
  }

  @Test
  void anIntervalShorterThanAMillisecondIsRefusedNamingIt() {
    refused(runner, "grid.sweep.interval", "at least 1ms", "grid.sweep.interval=PT0.0005S");
    refused(withSink, "grid.relay.interval", "at least 1ms", "grid.relay.interval=1ns");
  }

  @Test
  void anIntervalOrDelayBeyondAHundredYearsIsRefusedNamingIt() {
    refused(runner, "grid.sweep.interval", "at most 36500d", "grid.sweep.interval=200000000000d");
    refused(runner, "grid.sweep.initial-delay", "at most 36500d", "grid.sweep.initial-delay=200000000000d");
    refused(withSink, "grid.relay.interval", "at most 36500d", "grid.relay.interval=36501d");
    refused(withSink, "grid.relay.initial-delay", "at most 36500d", "grid.relay.initial-delay=200000000000d");
  }

  @Test
  void theShortestAndLongestSchedulesStillStart() {
    runner.withPropertyValues("grid.sweep.interval=1ms", "grid.sweep.initial-delay=36500d").run(context ->
        assertThat(context).hasNotFailed().hasSingleBean(GridSweepJob.class));
    withSink.withPropertyValues("grid.relay.interval=36500d", "grid.relay.initial-delay=PT0.0005S")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aLeaseTheOutboxCannotStoreIsRefusedAtStartNamingIt() {
    // now + 100000 days lies past 2262, the last instant grid_outbox stores: every relay run failed.
    refused(withSink, "grid.relay.lease", "at most 36500d", "grid.relay.lease=100000d");
    withSink.withPropertyValues("grid.relay.lease=36500d").run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aBatchSizePastTheRelaysLimitIsRefusedAtStartNamingIt() {
    // A batch is read whole into memory: 2147483647 read a whole backlog in one claim.
    refused(runner, "grid.relay.batch-size", "at most 10000", "grid.relay.batch-size=10001");
    withSink.withPropertyValues("grid.relay.batch-size=10000").run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aRefreshIntervalTheMetersCannotCountIsRefusedAtStartNamingIt() {
    // 200000 days overflowed Duration.toNanos at every reading of a gauge: the meters reported NaN for ever.
    refused(runner, "grid.metrics.refresh-interval", "at most 36500d", "grid.metrics.refresh-interval=200000d");
    runner.withPropertyValues("grid.metrics.refresh-interval=36500d")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(GridMetrics.class));
  }

  @Test
  void aCountyThatIsNoCountyIdIsRefusedNamingGridCounty() {
    raw(runner, "grid.county", " C1").run(context -> assertThat(context).getFailure().rootCause()
        .hasMessageStartingWith("grid.county ").hasMessageContaining("whitespace"));
    raw(runner, "grid.county", "C1\u0000").run(context -> assertThat(context).getFailure().rootCause()
        .hasMessageStartingWith("grid.county ").hasMessageContaining("control characters"));
    refused(runner, "grid.county", "at most 64 characters", "grid.county=" + "C".repeat(65));
    runner.withPropertyValues("grid.county=" + "C".repeat(64)).run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aSwitchIsReadAsTheBinderReadsIt() {
    // "yes", "on" and "1" are true to the binder: they turned the part off, while GridProperties said it was on.
    runner.withPropertyValues("grid.sweep.enabled=yes", "grid.schema.migrate=on", "grid.metrics.enabled=1")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(GridSweepJob.class)
            .hasSingleBean(GridSchemaInitializer.class).hasSingleBean(GridMetrics.class));
    runner.withPropertyValues("grid.sweep.enabled=NO", "grid.metrics.enabled=off", "grid.health.enabled=0")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(GridSweepJob.class)
            .doesNotHaveBean(GridMetrics.class).doesNotHaveBean(GridHealthIndicator.class));
    runner.withPropertyValues("grid.enabled=yes")
        .run(context -> assertThat(context).hasSingleBean(GridProperties.class));
  }

  @Test
  void aSwitchThatIsNoBooleanIsRefusedNamingIt() {
    // grid.enabled=maybe left all of grid out, silently.
    refused(runner, "grid.enabled", "must be true or false, was 'maybe'", "grid.enabled=maybe");
    refused(withSink, "grid.relay.enabled", "must be true or false, was 'enabled'", "grid.relay.enabled=enabled");
    refused(runner, "grid.schema.migrate", "must be true or false", "grid.schema.migrate=always");
  }
}
