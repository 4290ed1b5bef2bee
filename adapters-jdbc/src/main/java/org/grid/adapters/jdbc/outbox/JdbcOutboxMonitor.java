package org.grid.adapters.jdbc.outbox;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.port.out.OutboxMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutboxMonitor} of the JDBC outbox (发件箱监控): counts and ages from {@code grid_outbox}, dead letters
 * from {@code grid_outbox_dead_letter}, and requeueing as one transaction that moves a dead letter back with its
 * original id (so it keeps its place in its aggregate's order), attempts reset and due at once. Thread-safe.
 */
public final class JdbcOutboxMonitor implements OutboxMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutboxMonitor.class);

  private final JdbcUnitOfWork unitOfWork;
  private final Clock clock;

  /**
   * Creates the monitor.
   *
   * @param dataSource the database, migrated; not null
   * @param clock the clock ages are measured by, not null
   */
  public JdbcOutboxMonitor(DataSource dataSource, Clock clock) {
    this.unitOfWork = new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource"));
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public long pendingCount() {
    return count("SELECT COUNT(*) FROM grid_outbox WHERE delivered_at IS NULL");
  }

  @Override
  public Optional<Duration> oldestPendingAge() {
    return unitOfWork.run("reading the oldest pending outbox event", connection -> {
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT MIN(occurred_at) FROM grid_outbox WHERE delivered_at IS NULL");
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        long oldest = rows.getLong(1);
        if (rows.wasNull()) {
          return Optional.empty();
        }
        Duration age = Duration.between(Sql.instantOfEpochNanos(oldest), clock.instant());
        return Optional.of(age.isNegative() ? Duration.ZERO : age);
      }
    });
  }

  @Override
  public long deadLetterCount() {
    return count("SELECT COUNT(*) FROM grid_outbox_dead_letter");
  }

  @Override
  public List<DeadLetter> deadLetters(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return unitOfWork.run("listing dead letters", connection -> {
      List<DeadLetter> letters = new ArrayList<>();
      Sql.query(connection, "SELECT event_id, event_type, subject, aggregate_id, occurred_at, attempts, last_error, "
          + "failed_at FROM grid_outbox_dead_letter ORDER BY failed_at DESC, id DESC LIMIT ?", row -> {
            String eventId = row.getString(1);
            String type = row.getString(2);
            String subject = row.getString(3);
            String aggregate = row.getString(4);
            Instant occurredAt = Sql.instantOfEpochNanos(row.getLong(5));
            int attempts = row.getInt(6);
            String error = row.getString(7);
            Instant failedAt = Sql.instantOfEpochNanos(row.getLong(8));
            try {
              letters.add(Sql.mapped("grid_outbox_dead_letter", eventId, "event_id",
                  () -> new DeadLetter(eventId, type, subject, aggregate, occurredAt, attempts, error, failedAt)));
            } catch (RowMappingException e) {
              // One hand-edited row (attempts 0, say) must not hide every other dead letter from the operator.
              LOG.warn("a dead letter is left out of the listing: {}", e.getMessage());
            }
          }, limit);
      return letters;
    });
  }

  @Override
  public boolean requeue(String eventId) {
    requireNonNull(eventId, "eventId");
    boolean requeued = unitOfWork.inTransaction(() -> unitOfWork.run("requeueing a dead letter", connection -> {
      int moved = Sql.update(connection, "INSERT INTO grid_outbox (id, event_id, aggregate_id, event_type, source, "
          + "subject, county, occurred_at, payload, attempts, next_attempt_at, last_error) "
          + "SELECT id, event_id, aggregate_id, event_type, source, subject, county, occurred_at, payload, 0, 0, "
          + "last_error FROM grid_outbox_dead_letter WHERE event_id = ?", eventId);
      if (moved == 0) {
        return false;
      }
      Sql.update(connection, "DELETE FROM grid_outbox_dead_letter WHERE event_id = ?", eventId);
      return true;
    }));
    if (requeued) {
      LOG.info("dead letter {} requeued", eventId);
    }
    return requeued;
  }

  private long count(String sql) {
    return unitOfWork.run("counting the outbox", (Connection connection) -> {
      try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

}
