package org.grid.adapters.jdbc.escalation;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.adapters.jdbc.outbox.OutboxRows;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.port.out.RequestEventPublisher;

/**
 * The writing half of the transactional outbox: a {@link RequestEventPublisher} that stores events in the table
 * {@code grid_outbox} in the transaction of the {@link JdbcUnitOfWork} it was built on, which is also the
 * transaction in which {@link JdbcRequestRepository} saved the change. So a change is stored with its events or
 * not at all; {@link OutboxRelay} delivers them afterwards. Called outside a unit of work over its data source it
 * refuses: events stored apart from their change could be kept without it, or lost with it.
 *
 * <p>Each event is stored as a CloudEvents 1.0 JSON document (see docs/events.md and the schemas under {@code
 * org/grid/events/schema/}), ordered under the aggregate {@code request/<request id>}. An event's id is {@code
 * request/<request id>/<version>/<position in the published list>}; the table refuses it twice. Thread-safe.
 */
public final class JdbcRequestEventPublisher implements RequestEventPublisher {

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the publisher on a unit of work; use the one the request repository uses.
   *
   * @param unitOfWork the unit of work, not null
   */
  public JdbcRequestEventPublisher(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the publisher on a database; it joins the unit of work of any {@link JdbcUnitOfWork} over the same data
   * source object.
   *
   * @param dataSource the database, migrated; not null
   */
  public JdbcRequestEventPublisher(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  @Override
  public void publish(List<RequestEvent> events) {
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    if (!unitOfWork.inUnitOfWork()) {
      throw new IllegalStateException("events are written in the transaction of the change they record: publish them "
          + "inside a unit of work over this data source (the request engine does so when built with a "
          + "JdbcUnitOfWork over it)");
    }
    if (unitOfWork.claiming()) {
      // In a sweep the events of all changes go to the outbox in one batch, at the next read or before commit.
      List<List<RequestEvent>> pending = unitOfWork.transactionScoped(this, ArrayList::new);
      if (unitOfWork.defer(this, connection -> write(connection, pending))) {
        pending.add(List.copyOf(events));
        return;
      }
    }
    List<OutgoingEvent> rows = new ArrayList<>(events.size());
    for (int position = 0; position < events.size(); position++) {
      rows.add(RequestCloudEvents.encode(events.get(position), position));
    }
    OutboxRows.appendLater(unitOfWork, rows);
  }

  /**
   * Writes lists of events (each the events of one publish call, numbered from 0 by position), emptying the list.
   * The rows go in multi-row inserts in list order, so the outbox ids keep each request's events in order.
   */
  private static void write(Connection connection, List<List<RequestEvent>> batches) throws SQLException {
    List<OutgoingEvent> rows = new ArrayList<>();
    for (List<RequestEvent> events : batches) {
      for (int position = 0; position < events.size(); position++) {
        rows.add(RequestCloudEvents.encode(events.get(position), position));
      }
    }
    OutboxRows.append(connection, rows);
    batches.clear();
  }
}
