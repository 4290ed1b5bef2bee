package org.grid.adapters.jdbc.escalation;

import java.time.Duration;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.port.in.SweepResult;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two engine instances ("nodes") sweep one database at the same time: every due request is reminded exactly once,
 * none twice, none missed, and the outbox holds exactly one event per request.
 */
abstract class AbstractMultiNodeSweepTest extends AbstractDatabaseTest {

  private static final Logger LOG = LoggerFactory.getLogger(AbstractMultiNodeSweepTest.class);


  /** How many due requests the nodes sweep. */
  abstract int requests();

  /** One node's sweeps until a sweep finds nothing to change. */
  private record NodeResult(int changed, int stale, int sweeps, List<RequestEvent> events) {}

  private static NodeResult sweepUntilDone(Engines.Node node, Instant now, CountDownLatch start) throws Exception {
    start.await();
    int changed = 0;
    int stale = 0;
    int sweeps = 0;
    List<RequestEvent> events = new ArrayList<>();
    while (true) {
      SweepResult result = node.unitOfWork().claimingDue(() -> node.engine().processDue(now));
      sweeps++;
      changed += result.changed();
      stale += result.skippedStale();
      events.addAll(result.events());
      if (result.changed() == 0) {
        return new NodeResult(changed, stale, sweeps, events);
      }
    }
  }

  @Test
  void two_nodes_sweeping_at_once_process_every_due_request_exactly_once() throws Exception {
    database.deleteAll(TestDatabase.ESCALATION_TABLES);
    Engines.seed(database.dataSource());
    int n = requests();
    // Reported on Monday 2 March 2026 between 09:00 and 10:00: accept due Tuesday 17:30.
    JdbcUnitOfWork loader = new JdbcUnitOfWork(database.dataSource());
    JdbcRequestRepository repository = new JdbcRequestRepository(loader);
    for (int from = 0; from < n; from += 1000) {
      int first = from;
      loader.inTransaction(() -> {
        for (int i = first; i < Math.min(n, first + 1000); i++) {
          repository.save(EscalationSamples.reported(String.format("R%06d", i), i % 2 == 0 ? PLACE_A : PLACE_B,
              at("2026-03-02T09:00").plusMillis(i)), 0);
        }
        return null;
      });
    }
    Instant now = at("2026-03-04T09:00");
    assertThat(repository.findDueBefore(now, n + 1)).hasSize(n);

    MutableClock clock = MutableClock.of(now, EscalationSamples.ZONE);
    Engines.Node a = Engines.node(database.dataSource(), clock);
    Engines.Node b = Engines.node(database.dataSource(), clock);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long began = System.nanoTime();
    Future<NodeResult> ra = pool.submit(() -> sweepUntilDone(a, now, start));
    Future<NodeResult> rb = pool.submit(() -> sweepUntilDone(b, now, start));
    start.countDown();
    NodeResult resultA = ra.get(10, TimeUnit.MINUTES);
    NodeResult resultB = rb.get(10, TimeUnit.MINUTES);
    pool.shutdown();
    LOG.info("{}: {} due requests swept by two nodes in {} ms: node A changed {} in {} sweeps, node B {} in {}",
        database, n, (System.nanoTime() - began) / 1_000_000, resultA.changed(), resultA.sweeps(), resultB.changed(),
        resultB.sweeps());

    assertThat(resultA.changed() + resultB.changed()).as("requests changed by both nodes").isEqualTo(n);
    // Claims never overlap: neither node found a request it had read changed under it by the other.
    assertThat(resultA.stale() + resultB.stale()).as("stale saves").isZero();
    Set<String> reminded = new HashSet<>();
    for (RequestEvent event : concat(resultA.events(), resultB.events())) {
      assertThat(event).isInstanceOf(RequestEvent.ReminderIssued.class);
      assertThat(reminded.add(event.requestId().value())).as("reminded twice: %s", event.requestId()).isTrue();
    }
    assertThat(reminded).hasSize(n);
    assertThat(longs("SELECT COUNT(*), COUNT(DISTINCT request_id) FROM grid_request_history WHERE kind = 'REMINDED'"))
        .containsExactly((long) n, (long) n);
    assertThat(longs("SELECT COUNT(*), MIN(version), MAX(version) FROM grid_request"))
        .containsExactly((long) n, 2L, 2L);
    assertThat(longs("SELECT COUNT(*), COUNT(DISTINCT aggregate_id) FROM grid_outbox"))
        .containsExactly((long) n, (long) n);
    assertThat(repository.findDueBefore(now, 1)).as("nothing due is left").isEmpty();
    assertThat(a.unitOfWork().claimingDue(() -> a.engine().processDue(now)).changed()).isZero();
  }

  private static List<RequestEvent> concat(List<RequestEvent> a, List<RequestEvent> b) {
    List<RequestEvent> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Long> longs(String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      List<Long> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getLong(i));
      }
      return values;
    }
  }
}
