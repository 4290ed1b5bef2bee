package org.grid.adapters.jdbc.events;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.adapters.jdbc.outbox.OutboxRows;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.OutgoingEvent;

/**
 * The transactional outbox for teams, pairings, plans, duties and scores (领域事件发件箱写入): a {@link
 * DomainEventPublisher} that stores each event as a CloudEvents 1.0 JSON document in {@code grid_outbox}, in the
 * transaction of the {@link JdbcUnitOfWork} it was built on, which is the one the repositories stored the change
 * in. A change is stored with its events or not at all; {@link OutboxRelay} delivers them. Called outside a unit
 * of work over its data source it refuses, because events stored apart from their change could outlive it.
 *
 * <p>Types, ids, aggregates and sources are listed in docs/events.md; each type has a JSON Schema under {@code
 * org/grid/events/schema/}. Event ids are unique across kinds (prefixed by the kind: {@code team/…}, {@code
 * score/…}) and the same when a unit of work is retried. Publishing an event whose id is stored already writes
 * nothing when the id names the event (a re-run of one assessment command, a miss reported again) and a suffixed id
 * when it is an instant's (a second pairing change or plan adoption at that instant). Thread-safe.
 */
public final class JdbcDomainEventPublisher implements DomainEventPublisher {

  private final JdbcUnitOfWork unitOfWork;

  /**
   * Creates the publisher on a unit of work; use the one the application services and repositories use.
   *
   * @param unitOfWork the unit of work, not null
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public JdbcDomainEventPublisher(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Creates the publisher on a database; it joins the unit of work of any {@link JdbcUnitOfWork} over the same data
   * source object.
   *
   * @param dataSource the database, migrated; not null
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcDomainEventPublisher(DataSource dataSource) {
    this(new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource")));
  }

  /**
   * Writes the events to the outbox in the current transaction, in list order. An event whose id names the event
   * itself (a team's version, a score's command, a missed duty's key) and is stored already, pending, delivered
   * within the retention window or dead-lettered, is not written again: publishing it again (a re-run of the same
   * assessment command) is a no-op. A pairing change or plan adoption whose id (made of an instant) is taken by an
   * earlier change at the same instant gets the next free suffix {@code /2}, {@code /3}, ...
   *
   * @throws IllegalStateException if called outside a unit of work over this publisher's data source
   * @throws IllegalArgumentException if an event's family has no encoding here, or an id it is made of is too long
   *     for the outbox (the transaction then rolls back)
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if the database fails
   */
  @Override
  public void publish(List<? extends DomainEvent> events) {
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    List<OutgoingEvent> rows = new ArrayList<>(events.size());
    List<Boolean> identifying = new ArrayList<>(events.size());
    for (DomainEvent event : events) {
      rows.add(DomainCloudEvents.encode(requireNonNull(event, "event")));
      identifying.add(DomainCloudEvents.identifiesItself(event));
    }
    if (!unitOfWork.inUnitOfWork()) {
      throw new IllegalStateException("events are written in the transaction of the change they record: publish them "
          + "inside a unit of work over this data source (build the application service with a JdbcUnitOfWork over "
          + "it)");
    }
    unitOfWork.run("writing " + rows.size() + " events to the outbox", connection -> {
      Set<String> taken = new HashSet<>(OutboxRows.storedIds(connection,
          rows.stream().map(OutgoingEvent::id).toList()));
      List<OutgoingEvent> write = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        OutgoingEvent row = rows.get(i);
        if (taken.contains(row.id())) {
          if (identifying.get(i)) {
            continue;
          }
          row = renumbered(connection, row, taken);
        }
        taken.add(row.id());
        write.add(row);
      }
      OutboxRows.append(connection, write);
      return null;
    });
  }

  /** The event under its id with the first suffix /2, /3, ... that is neither stored nor taken in this batch. */
  private static OutgoingEvent renumbered(Connection connection, OutgoingEvent row, Set<String> taken)
      throws SQLException {
    for (int n = 2; ; n++) {
      String id = row.id() + "/" + n;
      if (!taken.contains(id) && OutboxRows.storedIds(connection, List.of(id)).isEmpty()) {
        return CloudEventEnvelope.withId(row, id);
      }
    }
  }
}
