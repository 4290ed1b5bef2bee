package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.spring.boot.GridContexts.eventually;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The health indicator "grid" and the meters. */
class GridHealthAndMetricsTest {

  /** A data source the test can take down. */
  static final class Switchable extends DelegatingDataSource {
    final AtomicBoolean down = new AtomicBoolean();

    Switchable(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (down.get()) {
        throw new SQLException("connection refused (the test took the database down)", "08001");
      }
      return super.getConnection();
    }
  }

  /** The application's data source, switchable. */
  @Configuration(proxyBeanMethods = false)
  static class SwitchableH2 {
    @Bean
    Switchable dataSource() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:grid-starter-health-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;"
          + "OPTIMIZE_REUSE_RESULTS=FALSE");
      return new Switchable(h2);
    }
  }

  private static Health health(org.springframework.context.ApplicationContext context) {
    return context.getBean("gridHealthIndicator", GridHealthIndicator.class).health(true);
  }

  @Test
  void healthIsUpWithTheSchemaCurrentAndDownWhenTheDatabaseIsUnreachable() {
    GridContexts.runner(SwitchableH2.class).run(context -> {
      Health up = health(context);
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      assertThat(up.getDetails()).containsEntry("pendingMigrations", 0).containsEntry("failedMigrations", 0)
          .containsEntry("outboxPending", 0L).containsEntry("outboxDeadLetters", 0L);
      assertThat(up.getDetails().get("schemaVersion")).isEqualTo(up.getDetails().get("latestMigration"))
          .isNotEqualTo("none");
      context.getBean(Switchable.class).down.set(true);
      assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
      context.getBean(Switchable.class).down.set(false);
      assertThat(health(context).getStatus()).isEqualTo(Status.UP);
    });
  }

  @Test
  void healthIsDownWhileGridsMigrationsAreNotApplied() {
    GridContexts.runner().withPropertyValues("grid.schema.migrate=false").run(context -> {
      assertThat(context).doesNotHaveBean(GridSchemaInitializer.class);
      Health down = health(context);
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails()).containsEntry("schemaVersion", "none");
      assertThat((Integer) down.getDetails().get("pendingMigrations")).isPositive();
    });
  }

  /** A newer release migrating the database under a running node turns this node's health down. */
  @Test
  void healthIsDownOnceANewerReleaseMigratedTheSchema() {
    GridContexts.runner().run(context -> {
      Health up = health(context);
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      Object latest = up.getDetails().get("latestMigration");
      try (java.sql.Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
          java.sql.Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO \"" + org.grid.adapters.jdbc.GridSchema.HISTORY_TABLE + "\" "
            + "(\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", "
            + "\"installed_by\", \"execution_time\", \"success\") VALUES (999, '999', 'from a newer release', "
            + "'SQL', 'V999__from_a_newer_release.sql', 0, 'test', 1, TRUE)");
      }
      Health down = health(context);
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails()).containsEntry("schemaVersion", "999").containsEntry("latestMigration", latest);
    });
  }

  @Test
  void healthIsDegradedWithADeadLetterAndTheHealthIndicatorCanBeTurnedOff() {
    GridContexts.runner().withUserConfiguration(GridContexts.WithSink.class)
        .withPropertyValues("grid.relay.max-attempts=1").run(context -> {
          GridContexts.township(context);
          GridContexts.reported(context, "R1");
          assertThat(health(context).getStatus()).isEqualTo(Status.UP);
          context.getBean(GridContexts.RecordingSink.class).refuse = true;
          context.getBean(OutboxRelay.class).drain();
          Health degraded = health(context);
          assertThat(degraded.getStatus().getCode()).isEqualTo(GridHealthIndicator.DEGRADED);
          assertThat((Long) degraded.getDetails().get("outboxDeadLetters")).isPositive();
        });
    GridContexts.runner().withPropertyValues("grid.health.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(GridHealthIndicator.class));
  }

  private static final ApplicationContextRunner METERED = GridContexts.runner()
      .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
          CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

  @Test
  void theMetersCountAReportedRequestByTierAndStateAndTheOutbox() {
    METERED.withPropertyValues("grid.metrics.refresh-interval=0s").run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get(GridMetrics.OPEN).tag("tier", "VILLAGE_GRID").tag("state", "REPORTED").gauge()
          .value()).isZero();
      GridContexts.township(context);
      GridContexts.reported(context, "R1");
      GridContexts.reported(context, "R2");
      Tier tier = Tier.VILLAGE_GRID;
      assertThat(registry.get(GridMetrics.OPEN).tag("tier", tier.name()).tag("state", RequestState.REPORTED.name())
          .gauge().value()).isEqualTo(2.0);
      assertThat(registry.get(GridMetrics.OPEN).tag("tier", "COUNTY_OFFICE").tag("state", "REPORTED").gauge()
          .value()).isZero();
      assertThat(registry.find(GridMetrics.OPEN).tag("state", "CLOSED").gauges()).isEmpty();
      assertThat(registry.get(GridMetrics.OVERDUE).gauge().value()).isZero();
      assertThat(registry.get(GridMetrics.OUTBOX_PENDING).gauge().value()).isGreaterThanOrEqualTo(2.0);
      assertThat(registry.get(GridMetrics.OUTBOX_LAG).timeGauge().value()).isNotNegative();
      assertThat(registry.get(GridMetrics.OUTBOX_DEAD_LETTERS).gauge().value()).isZero();
    });
  }

  @Test
  void theSweepIsTimedAndTheGaugesReuseTheirFigures() {
    METERED.withPropertyValues("grid.sweep.initial-delay=0s", "grid.sweep.interval=50ms",
        "grid.metrics.refresh-interval=1h").run(context -> {
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          eventually(() -> assertThat(registry.get(GridMetrics.SWEEP_DURATION).timer().count()).isPositive());
          assertThat(registry.get(GridMetrics.OPEN).tag("tier", "VILLAGE_GRID").tag("state", "REPORTED").gauge()
              .value()).isZero();
          GridContexts.township(context);
          GridContexts.reported(context, "R1");
          // read an hour ago, as far as the gauges know: the figures are kept ...
          assertThat(registry.get(GridMetrics.OPEN).tag("tier", "VILLAGE_GRID").tag("state", "REPORTED").gauge()
              .value()).isZero();
          // ... until they are refreshed
          context.getBean(GridMetrics.class).refresh();
          assertThat(registry.get(GridMetrics.OPEN).tag("tier", "VILLAGE_GRID").tag("state", "REPORTED").gauge()
              .value()).isEqualTo(1.0);
        });
    METERED.withPropertyValues("grid.metrics.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(GridMetrics.class);
      assertThat(context.getBean(MeterRegistry.class).find(GridMetrics.OPEN).gauges()).isEmpty();
    });
  }
}
