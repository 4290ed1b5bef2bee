package org.grid.adapters.jdbc.outbox;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.port.out.OutgoingEvent;

/**
 * Writes events into the outbox table {@code grid_outbox} (发件箱写入): one row per {@link OutgoingEvent}, its
 * attributes in columns and the whole CloudEvent as the payload, pending and never attempted. The module's event
 * publishers (such as {@code JdbcRequestEventPublisher}) call it in the transaction of the change the events
 * describe, so a change is stored with its events or not at all; {@link OutboxRelay} delivers them afterwards.
 *
 * <p><b>Internal, not API.</b> Public only because the event publishers of other packages of this module share it;
 * an embedder must not use it. It may change or disappear in any release, including a patch release (docs/api.md
 * lists what is API).
 */
public final class OutboxRows {

  private static final List<String> COLUMNS = List.of("event_id", "aggregate_id", "event_type", "source", "subject",
      "county", "occurred_at", "payload", "attempts", "next_attempt_at");

  private OutboxRows() {}

  /**
   * Inserts events in list order, so each aggregate's events are delivered in that order.
   *
   * @param connection the transaction's connection, not null
   * @param events the events, possibly empty, not null
   * @throws SQLException when a statement fails; an event id stored before violates {@code uq_grid_outbox_event}
   * @throws NullPointerException if an argument is null
   */
  public static void append(Connection connection, List<OutgoingEvent> events) throws SQLException {
    requireNonNull(connection, "connection");
    requireNonNull(events, "events");
    Sql.insertRows(connection, "grid_outbox", COLUMNS, events, OutboxRows::bind);
  }

  /**
   * Inserts events in list order in the transaction of a unit of work, with the other rows waiting for it ({@link
   * JdbcUnitOfWork#insertLater}): on PostgreSQL in the same round trip as the change's history rows.
   *
   * @param unitOfWork the unit of work, in a transaction of its own or not, not null
   * @param events the events, possibly empty, not null
   * @throws NullPointerException if an argument is null
   */
  public static void appendLater(JdbcUnitOfWork unitOfWork, List<OutgoingEvent> events) {
    requireNonNull(unitOfWork, "unitOfWork");
    requireNonNull(events, "events");
    if (!unitOfWork.insertLater("grid_outbox", COLUMNS, List.copyOf(events), OutboxRows::bind)) {
      unitOfWork.run("writing " + events.size() + " events to the outbox", connection -> {
        append(connection, events);
        return null;
      });
    }
  }

  private static void bind(PreparedStatement statement, int offset, OutgoingEvent event) throws SQLException {
    statement.setString(offset + 1, event.id());
    statement.setString(offset + 2, event.aggregate());
    statement.setString(offset + 3, event.type());
    statement.setString(offset + 4, event.source());
    statement.setString(offset + 5, event.subject());
    statement.setString(offset + 6, event.county());
    statement.setLong(offset + 7, Sql.epochNanos(event.time(), "time"));
    statement.setString(offset + 8, event.json());
    statement.setInt(offset + 9, 0);
    statement.setLong(offset + 10, 0L);
  }

  /** How many ids one look-up statement of {@link #storedIds} asks for. */
  private static final int IDS_PER_QUERY = 500;

  /**
   * Tells which of some event ids the outbox holds, pending, delivered (within the retention window) or dead-lettered:
   * the ids a new row may not take.
   *
   * @param connection the transaction's connection, not null
   * @param ids the ids, not null, possibly empty
   * @return those of them stored in {@code grid_outbox} or {@code grid_outbox_dead_letter}
   * @throws SQLException when a statement fails
   * @throws NullPointerException if an argument is null
   */
  public static Set<String> storedIds(Connection connection, Collection<String> ids) throws SQLException {
    requireNonNull(connection, "connection");
    List<String> all = new ArrayList<>(new HashSet<>(requireNonNull(ids, "ids")));
    Set<String> stored = new HashSet<>();
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      String in = "?, ".repeat(chunk.size() - 1) + "?";
      Object[] twice = new Object[chunk.size() * 2];
      for (int i = 0; i < chunk.size(); i++) {
        twice[i] = chunk.get(i);
        twice[chunk.size() + i] = chunk.get(i);
      }
      Sql.query(connection, "SELECT event_id FROM grid_outbox WHERE event_id IN (" + in + ") UNION "
          + "SELECT event_id FROM grid_outbox_dead_letter WHERE event_id IN (" + in + ")",
          row -> stored.add(row.getString(1)), twice);
    }
    return stored;
  }
}
