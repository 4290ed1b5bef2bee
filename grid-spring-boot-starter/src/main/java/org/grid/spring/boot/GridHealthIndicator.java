package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.grid.core.port.out.OutboxMonitor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * grid's Actuator health indicator (健康检查), shown as {@code grid}: DOWN when the database cannot be read or grid's
 * migrations are not all applied; otherwise UP, or {@value #DEGRADED} when the outbox has more dead letters than
 * {@code grid.health.max-dead-letters} or its oldest undelivered event is older than
 * {@code grid.health.max-outbox-lag}. The details give the schema version, the pending migrations, and the outbox's
 * pending count, lag and dead letters (counts only: no event data).
 *
 * <p>DEGRADED is a status of its own, which Actuator's default order ranks below UP and maps to HTTP 200: the
 * application keeps serving while its events wait. Map it to 503 with
 * {@code management.endpoint.health.status.http-mapping.degraded} if a stuck outbox should take a node out of
 * service.
 */
public final class GridHealthIndicator extends AbstractHealthIndicator {

  /** The status of a working database whose outbox is stuck or has dead letters. */
  public static final String DEGRADED = "DEGRADED";

  private final GridSchemaStatus schema;
  private final OutboxMonitor outbox;
  private final Duration maxLag;
  private final long maxDeadLetters;

  /**
   * Creates the indicator.
   *
   * @param schema reads the schema's migration status, not null
   * @param outbox the outbox's monitor, not null
   * @param maxLag the largest outbox lag still UP, not null
   * @param maxDeadLetters the most dead letters still UP
   */
  GridHealthIndicator(GridSchemaStatus schema, OutboxMonitor outbox, Duration maxLag, long maxDeadLetters) {
    super("grid's health check failed");
    this.schema = requireNonNull(schema, "schema");
    this.outbox = requireNonNull(outbox, "outbox");
    this.maxLag = requireNonNull(maxLag, "maxLag");
    this.maxDeadLetters = maxDeadLetters;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    GridSchemaStatus.Status status = schema.read();
    builder.withDetail("schemaVersion", status.current() == null ? "none" : status.current())
        .withDetail("latestMigration", status.latest() == null ? "none" : status.latest())
        .withDetail("pendingMigrations", status.pending())
        .withDetail("failedMigrations", status.failed());
    if (!status.upToDate()) {
      builder.down();
      return;
    }
    long pending = outbox.pendingCount();
    Duration lag = outbox.oldestPendingAge().orElse(Duration.ZERO);
    long deadLetters = outbox.deadLetterCount();
    builder.withDetail("outboxPending", pending)
        .withDetail("outboxLagSeconds", lag.toSeconds())
        .withDetail("outboxDeadLetters", deadLetters);
    if (deadLetters > maxDeadLetters || lag.compareTo(maxLag) > 0) {
      builder.status(new Status(DEGRADED, "grid's outbox has dead letters or events waiting too long"));
    } else {
      builder.up();
    }
  }
}
