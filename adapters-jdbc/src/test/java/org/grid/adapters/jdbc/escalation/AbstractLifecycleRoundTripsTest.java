package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.DelegatingDataSource;
import org.grid.adapters.jdbc.RoundTripCountingDataSource;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/**
 * How many round trips to the database a full request lifecycle costs through the JDBC adapters (report, accept,
 * resolve, feedback, rate: five commands, five transactions, with their history, command and outbox rows), counted
 * by {@link RoundTripCountingDataSource}. The bound is the figure docs/benchmarks.md gives for issue 20; a change
 * that adds a round trip to the command path fails here and names every round trip of the lifecycle.
 */
abstract class AbstractLifecycleRoundTripsTest extends AbstractDatabaseTest {

  /** Returns the most round trips one lifecycle may take on this database. */
  abstract int mostRoundTrips();

  @Test
  void a_lifecycle_takes_at_most_its_round_trips() {
    Engines.seed(database.dataSource());
    RoundTripCountingDataSource counting = new RoundTripCountingDataSource(database.dataSource());
    Engines.Node node = Engines.node(counting, Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"),
        EscalationSamples.ZONE));
    // The first lifecycle warms the adapters (the dialect, the prepared statements); the second is counted.
    run(node, "RT-1");
    counting.reset();
    run(node, "RT-2");
    List<String> trips = counting.trips();
    assertThat(trips.size())
        .as("%d round trips of one lifecycle on %s:%n%s", trips.size(), database.dialect(), String.join("\n", trips))
        .isLessThanOrEqualTo(mostRoundTrips());
    // On PostgreSQL the last inserts of a transaction carry its COMMIT (JdbcUnitOfWork); elsewhere it is a call.
    assertThat(trips).as("every transaction commits")
        .filteredOn(trip -> trip.equals("commit") || trip.endsWith("; COMMIT")).hasSize(5);
  }

  /**
   * A connection handed over in its owner's transaction (as Spring hands over a joined one: commit, close and
   * auto-commit are the owner's) is never committed by grid, not even by the commit PostgreSQL's last inserts may
   * carry: the owner's rollback takes back the whole lifecycle.
   */
  @Test
  void a_transaction_the_caller_began_is_committed_only_by_the_caller() throws SQLException {
    Engines.seed(database.dataSource());
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), EscalationSamples.ZONE);
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      run(Engines.node(DelegatingDataSource.owned(database.dataSource(), connection), clock), "RT-OWNED");
      connection.rollback();
      connection.setAutoCommit(true);
    }
    assertThat(Engines.node(database.dataSource(), clock).repository().findById(RequestId.of("RT-OWNED")))
        .as("the lifecycle rolled back with its owner's transaction").isEmpty();
  }

  private static void run(Engines.Node node, String id) {
    List<CommandOutcome> outcomes = new ArrayList<>();
    for (RequestCommand command : Engines.lifecycle(id, EscalationSamples.PLACE_A)) {
      outcomes.add(node.engine().handle(command));
    }
    assertThat(outcomes).allMatch(o -> o instanceof CommandOutcome.Applied, "applied");
  }
}
