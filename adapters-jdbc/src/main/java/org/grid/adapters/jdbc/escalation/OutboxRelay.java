package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.RowReader;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivering half of the transactional outbox: reads the events {@link JdbcRequestEventPublisher} stored, in
 * the order they were stored, hands them to a {@link Sink}, and deletes them once the sink returned, in one
 * transaction. A sink that throws, or a crash before the commit, leaves the events in the outbox for the next
 * delivery: every event is delivered at least once, and the events of one request in the order of its versions.
 * Consumers drop duplicates by {@link OutboxEvent#eventId()}.
 *
 * <p>A relay locks its row of {@code grid_outbox_relay} while it delivers, so relays on several nodes take turns
 * and never deliver a request's events out of order. Run {@link #deliverPending} often (a scheduler of the
 * embedder's choice) or {@link #drain}. Thread-safe.
 */
public final class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  /** Where the relay delivers events. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Delivers events, in order. Must return only once they are safely delivered; throwing leaves them in the
     * outbox to be delivered again.
     *
     * @param events the events, in outbox order, not empty
     */
    void deliver(List<OutboxEvent> events);
  }

  /**
   * An event with its identity.
   *
   * @param eventId {@code <request id>/<version>/<position>}: the same for every delivery of the same event, so a
   *     consumer that saw it already drops it
   * @param event the event
   */
  public record OutboxEvent(String eventId, RequestEvent event) {
    /**
     * Checks the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public OutboxEvent {
      requireNonNull(eventId, "eventId");
      requireNonNull(event, "event");
    }
  }

  private final JdbcUnitOfWork unitOfWork;
  private final Sink sink;

  /**
   * Creates a relay that delivers to a sink.
   *
   * @param dataSource the database, migrated; not null
   * @param sink where to deliver, not null
   */
  public OutboxRelay(DataSource dataSource, Sink sink) {
    this.unitOfWork = new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource"));
    this.sink = requireNonNull(sink, "sink");
  }

  /**
   * Returns a sink that publishes to a {@link RequestEventPublisher}, one call per change (the events of one request
   * version), so the event id of each event is its request id, version and position in that call.
   *
   * @param publisher the publisher, not null
   * @return the sink
   */
  public static Sink publishingTo(RequestEventPublisher publisher) {
    requireNonNull(publisher, "publisher");
    return events -> {
      List<RequestEvent> change = new ArrayList<>();
      RequestEvent first = null;
      for (OutboxEvent e : events) {
        RequestEvent event = e.event();
        if (first != null
            && (!first.requestId().equals(event.requestId()) || first.version() != event.version())) {
          publisher.publish(List.copyOf(change));
          change.clear();
        }
        if (change.isEmpty()) {
          first = event;
        }
        change.add(event);
      }
      publisher.publish(List.copyOf(change));
    };
  }

  /**
   * Delivers up to {@code limit} of the oldest pending events in one transaction.
   *
   * @param limit the most events to deliver, at least 1
   * @return how many were delivered
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if the database fails; nothing is marked delivered
   * @throws RowMappingException if a stored event does not decode (naming grid_outbox, its id and the column)
   * @throws RuntimeException what the sink threw; nothing is marked delivered
   */
  public int deliverPending(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return unitOfWork.inTransaction(() -> unitOfWork.run("delivering the outbox", connection -> {
      lockRelay(connection);
      List<Long> ids = new ArrayList<>();
      List<OutboxEvent> events = read(connection, limit, ids);
      if (events.isEmpty()) {
        return 0;
      }
      sink.deliver(List.copyOf(events));
      delete(connection, ids);
      LOG.debug("delivered {} outbox events", events.size());
      return events.size();
    }));
  }

  /**
   * Delivers pending events in batches until none is left.
   *
   * @return how many were delivered
   */
  public int drain() {
    int total = 0;
    int delivered;
    do {
      delivered = deliverPending(500);
      total += delivered;
    } while (delivered > 0);
    return total;
  }

  /**
   * Counts the events not yet delivered.
   *
   * @return the count
   */
  public long pending() {
    return unitOfWork.run("counting the outbox", connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM grid_outbox");
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private static void lockRelay(Connection connection) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT name FROM grid_outbox_relay WHERE name = 'default' FOR UPDATE");
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new RowMappingException("grid_outbox_relay", "default", "name", "the relay's row is missing");
      }
    }
  }

  private static List<OutboxEvent> read(Connection connection, int limit, List<Long> ids) throws SQLException {
    List<OutboxEvent> events = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, request_id, version, position, event_type, occurred_at, payload FROM grid_outbox "
            + "ORDER BY id LIMIT ?")) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        RowReader c = new RowReader(rows, "grid_outbox");
        while (rows.next()) {
          long id = rows.getLong("id");
          c.row(Long.toString(id));
          RequestId requestId = c.required("request_id", RequestId::of);
          long version = c.requiredLong("version");
          int position = c.requiredInt("position");
          String type = c.requiredText("event_type");
          Instant at = c.requiredInstant("occurred_at");
          String payload = c.requiredText("payload");
          RequestEvent event;
          try {
            event = EventCodec.decode(type, requestId, version, at, payload);
          } catch (EventCodec.DecodingException e) {
            throw c.error(e.column, e.getMessage());
          }
          ids.add(id);
          events.add(new OutboxEvent(requestId.value() + "/" + version + "/" + position, event));
        }
      }
    }
    return events;
  }

  private static void delete(Connection connection, List<Long> ids) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM grid_outbox WHERE id = ?")) {
      for (Long id : ids) {
        statement.setLong(1, id);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
