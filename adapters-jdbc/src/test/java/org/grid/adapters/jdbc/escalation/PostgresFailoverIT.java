package org.grid.adapters.jdbc.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_B;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.ZONE;
import static org.grid.testkit.escalation.EscalationSamples.at;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.ReplicatedPostgres;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failover (主备切换) under load: two grid nodes, each with its own connection pool on the multi-host URL of a
 * PostgreSQL primary and its synchronous standby ({@link ReplicatedPostgres}), give request commands and sweep
 * deadlines from several threads; the primary is killed mid-load and the standby promoted. Every node behaves as a
 * client should: a command that fails (the database went away under it) is given again, with the same command id,
 * until it is answered. Afterwards, on the new primary: every command the nodes were told was applied is stored,
 * none twice, nothing is stored that no node was told of, every applied change has its outbox event, the sweep
 * went on from the new primary and the relay delivers everything.
 *
 * <p>Two kinds of requests make the load. Lifecycle requests ({@code L-...}) go through report, accept, resolve,
 * feedback and rate on the clock of the sweep, so no sweep touches them and each ends at version 5 with its five
 * command ids. Late reports ({@code S-...}) are reported on a clock two days behind, so each is due when the sweep
 * runs and is reminded exactly once (version 2). Skipped unless {@value ReplicatedPostgres#BIN} names PostgreSQL's
 * binaries ({@code .ci/run} does).
 */
class PostgresFailoverIT {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresFailoverIT.class);

  /** The sweep's and the lifecycles' time: Wednesday 4 March 2026, 09:00. */
  private static final Instant NOW = at("2026-03-04T09:00");
  /** The late reports' time: Monday 2 March 2026, 09:00; their accept deadline has passed at {@link #NOW}. */
  private static final Instant LATE = at("2026-03-02T09:00");
  /** How long a node keeps giving one command that fails before the test gives up. */
  private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(90);

  /** A grid node: its own pool and the engines over it. */
  private record Node(String name, HikariDataSource pool, JdbcUnitOfWork unitOfWork, RequestService engine,
      RequestService lateEngine) {}

  /** What the nodes were told and what failed, shared by the worker threads. */
  private static final class Ledger {
    final Map<String, String> acknowledged = new ConcurrentHashMap<>(); // command id -> request id
    final Set<String> reportedRequests = ConcurrentHashMap.newKeySet();
    final Set<String> sweptRequests = ConcurrentHashMap.newKeySet();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger retriedCommands = new AtomicInteger();
    final AtomicInteger duplicatesOnRetry = new AtomicInteger();
    final AtomicInteger appliedOnRetry = new AtomicInteger();
    final AtomicInteger acknowledgedAfterPromotion = new AtomicInteger();
    final AtomicInteger sweptAfterPromotion = new AtomicInteger();
    final AtomicBoolean promoted = new AtomicBoolean();
    final AtomicReference<String> unexpected = new AtomicReference<>();
    volatile long firstAnswerAfterKill;
    volatile long killedAt;
  }

  @Test
  void acknowledged_commands_survive_the_primary_failing_over_to_its_synchronous_standby() throws Exception {
    long began = System.nanoTime();
    try (ReplicatedPostgres servers = ReplicatedPostgres.start();
        HikariDataSource poolA = pool(servers, "grid-node-a");
        HikariDataSource poolB = pool(servers, "grid-node-b")) {
      long ready = System.nanoTime();
      GridSchema.migrate(poolA);
      Engines.seed(poolA);
      Node a = node("a", poolA);
      Node b = node("b", poolB);
      Ledger ledger = new Ledger();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService threads = Executors.newFixedThreadPool(6);
      List<Future<?>> workers = new ArrayList<>();
      for (Node node : List.of(a, b)) {
        workers.add(threads.submit(() -> lifecycles(node, ledger, stop)));
        workers.add(threads.submit(() -> lateReports(node, ledger, stop)));
        workers.add(threads.submit(() -> sweeps(node, ledger, stop)));
      }

      // Load on the first primary until both nodes have done some of everything.
      awaitUntil(() -> ledger.acknowledged.size() >= 300 && !ledger.sweptRequests.isEmpty(), 60, "load before kill");
      int acknowledgedBeforeKill = ledger.acknowledged.size();
      ledger.killedAt = System.nanoTime();
      servers.killPrimary();
      Thread.sleep(2_000);                 // the nodes fail on a dead primary for a while
      servers.promote();
      ledger.promoted.set(true);
      long promotedAt = System.nanoTime();
      // Load on the new primary until both commands and sweeps have gone on there.
      awaitUntil(() -> ledger.acknowledgedAfterPromotion.get() >= 200 && ledger.sweptAfterPromotion.get() > 0, 90,
          "load after promotion");
      stop.set(true);
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      threads.shutdown();
      assertThat(ledger.unexpected.get()).as("an answer other than applied or duplicate").isNull();

      // The last sweep, from the new primary: the late reports made before the stop are all due now.
      SweepResult last = a.engine().processDue(NOW);
      last.events().forEach(e -> ledger.sweptRequests.add(e.requestId().value()));
      assertThat(a.engine().processDue(NOW).changed()).as("a sweep after the last finds nothing").isZero();

      LOG.info("{}: ready in {} ms; {} commands acknowledged before the kill, {} in all ({} after the promotion);"
              + " {} failed calls, {} commands given again ({} found applied, {} applied then); first answer {} ms"
              + " after the kill, promoted {} ms after it; {} requests reminded by sweeps; whole test {} ms",
          servers, millis(ready - began), acknowledgedBeforeKill, ledger.acknowledged.size(),
          ledger.acknowledgedAfterPromotion.get(), ledger.failures.get(), ledger.retriedCommands.get(),
          ledger.duplicatesOnRetry.get(), ledger.appliedOnRetry.get(),
          millis(ledger.firstAnswerAfterKill - ledger.killedAt), millis(promotedAt - ledger.killedAt),
          ledger.sweptRequests.size(), millis(System.nanoTime() - began));

      // The nodes now talk to the former standby, which is a primary.
      try (Connection connection = poolB.getConnection();
          PreparedStatement statement = connection.prepareStatement("SELECT pg_is_in_recovery(), inet_server_port()");
          ResultSet row = statement.executeQuery()) {
        row.next();
        assertThat(row.getBoolean(1)).as("in recovery").isFalse();
        assertThat(servers.standbyUrl()).contains(":" + row.getInt(2) + "/");
      }
      assertThat(ledger.failures.get()).as("calls that failed while there was no primary").isPositive();
      check(servers.standbyUrl(), ledger);

      // The relay delivers every event from the new primary, each request's in order (Outbox.drain checks it).
      List<OutgoingEvent> delivered = Outbox.drain(poolA);
      assertThat(delivered).hasSize(count(servers.standbyUrl(), "SELECT COUNT(*) FROM grid_outbox"));
      assertThat(Outbox.pending(poolA)).isZero();
    }
  }

  private static void check(String url, Ledger ledger) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      Map<String, Long> versions = new HashMap<>();
      query(connection, "SELECT id, version FROM grid_request",
          rows -> versions.put(rows.getString(1), rows.getLong(2)));
      Map<String, Set<String>> commands = new HashMap<>();
      query(connection, "SELECT request_id, command_id FROM grid_request_command",
          rows -> commands.computeIfAbsent(rows.getString(1), k -> new HashSet<>()).add(rows.getString(2)));
      Map<String, Integer> reminders = new HashMap<>();
      query(connection, "SELECT request_id, COUNT(*) FROM grid_request_history WHERE kind = 'REMINDED' "
          + "GROUP BY request_id", rows -> reminders.put(rows.getString(1), rows.getInt(2)));
      Map<String, Set<Long>> eventVersions = new HashMap<>();
      query(connection, "SELECT event_id FROM grid_outbox", rows -> {
        String[] parts = rows.getString(1).split("/"); // request/<id>/<version>/<position>
        eventVersions.computeIfAbsent(parts[1], k -> new HashSet<>()).add(Long.parseLong(parts[2]));
      });

      // Every acknowledged command is stored, and nothing is stored that no node was told of.
      ledger.acknowledged.forEach((command, request) ->
          assertThat(commands.getOrDefault(request, Set.of())).as("commands of %s", request).contains(command));
      assertThat(versions.keySet()).as("the stored requests").isEqualTo(ledger.reportedRequests);
      Set<String> storedCommands = new HashSet<>();
      commands.values().forEach(storedCommands::addAll);
      assertThat(storedCommands).as("the stored command ids").isEqualTo(ledger.acknowledged.keySet());

      for (Map.Entry<String, Long> request : versions.entrySet()) {
        String id = request.getKey();
        long version = request.getValue();
        if (id.startsWith("L-")) {
          // Five commands, each applied once: one version each, no sweep in between.
          assertThat(version).as("version of %s", id).isEqualTo(5);
          assertThat(commands.get(id)).as("commands of %s", id).hasSize(5);
          assertThat(reminders).as("reminders").doesNotContainKey(id);
        } else {
          // The report, then exactly one reminder by whichever node swept it.
          assertThat(version).as("version of %s", id).isEqualTo(2);
          assertThat(commands.get(id)).as("commands of %s", id).hasSize(1);
          assertThat(reminders.get(id)).as("reminders of %s", id).isEqualTo(1);
        }
        Set<Long> expected = new HashSet<>();
        for (long v = 1; v <= version; v++) {
          expected.add(v);
        }
        assertThat(eventVersions.get(id)).as("the versions of %s with outbox events", id).isEqualTo(expected);
      }
      assertThat(ledger.sweptRequests).as("requests the sweeps reported changed")
          .allMatch(id -> id.startsWith("S-") && versions.get(id) == 2);
      assertThat(eventVersions.keySet()).as("outbox events of unknown requests").isEqualTo(versions.keySet());
    }
  }

  /** One node's lifecycle clerk: report, accept, resolve, feedback and rate, one request after another. */
  private static Void lifecycles(Node node, Ledger ledger, AtomicBoolean stop) {
    Place place = node.name().equals("a") ? PLACE_A : PLACE_B;
    for (int i = 0; !stop.get(); i++) {
      String id = "L-" + node.name() + "-" + i;
      for (RequestCommand command : Engines.lifecycle(id, place)) {
        give(node.engine(), command, ledger);
      }
    }
    return null;
  }

  /** One node's intake of reports two days late, each due for a reminder when the sweep runs. */
  private static Void lateReports(Node node, Ledger ledger, AtomicBoolean stop) throws InterruptedException {
    Place place = node.name().equals("a") ? PLACE_B : PLACE_A;
    for (int i = 0; !stop.get(); i++) {
      String id = "S-" + node.name() + "-" + i;
      give(node.lateEngine(), new RequestCommand.Report(CommandId.of(id + "-report"), RequestId.of(id),
          Actor.citizen(CITIZEN), CITIZEN, place, LAND_CATEGORY, "the culvert under the village road is blocked",
          Urgency.NORMAL, null, null), ledger);
      Thread.sleep(5);
    }
    return null;
  }

  /** One node's sweep, run every 50 ms as a scheduler would. */
  private static Void sweeps(Node node, Ledger ledger, AtomicBoolean stop) throws InterruptedException {
    while (!stop.get()) {
      try {
        boolean afterPromotion = ledger.promoted.get();
        SweepResult result = node.engine().processDue(NOW);
        for (RequestEvent event : result.events()) {
          ledger.sweptRequests.add(event.requestId().value());
        }
        if (afterPromotion) {
          ledger.sweptAfterPromotion.addAndGet(result.changed());
        }
      } catch (RuntimeException e) {
        ledger.failures.incrementAndGet();
      }
      Thread.sleep(50);
    }
    return null;
  }

  /**
   * Gives a command until it is answered, as a client should: the same command again (same id) after a failure,
   * since the failed call may or may not have been applied. The answer must be applied, or a duplicate when the
   * failed call had been applied after all.
   */
  private static void give(RequestService engine, RequestCommand command, Ledger ledger) {
    long deadline = System.nanoTime() + GIVE_UP_NANOS;
    boolean retried = false;
    while (true) {
      boolean afterPromotion = ledger.promoted.get();
      CommandOutcome outcome;
      try {
        outcome = engine.handle(command);
      } catch (RuntimeException e) {
        ledger.failures.incrementAndGet();
        if (!retried) {
          retried = true;
          ledger.retriedCommands.incrementAndGet();
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(command.commandId() + " was not answered within 90 s", e);
        }
        sleep(100);
        continue;
      }
      if (outcome instanceof CommandOutcome.Applied) {
        if (retried) {
          ledger.appliedOnRetry.incrementAndGet();
        }
      } else if (outcome instanceof CommandOutcome.Duplicate && retried) {
        ledger.duplicatesOnRetry.incrementAndGet();
      } else {
        ledger.unexpected.compareAndSet(null, command.commandId() + ": " + outcome);
        return;
      }
      if (ledger.killedAt != 0 && ledger.firstAnswerAfterKill == 0 && (retried || afterPromotion)) {
        ledger.firstAnswerAfterKill = System.nanoTime();
      }
      String request = command.requestId().value();
      ledger.acknowledged.put(command.commandId().value(), request);
      if (command instanceof RequestCommand.Report) {
        ledger.reportedRequests.add(request);
      }
      if (afterPromotion) {
        ledger.acknowledgedAfterPromotion.incrementAndGet();
      }
      return;
    }
  }

  private static Node node(String name, HikariDataSource pool) {
    Engines.Node node = Engines.node(pool, Clock.fixed(NOW, ZONE));
    JdbcUnitOfWork unitOfWork = node.unitOfWork();
    RequestService late = new RequestService(new JdbcRequestRepository(unitOfWork), new JdbcRoutingTable(unitOfWork),
        new JdbcWorkCalendars(unitOfWork), new JdbcRequestEventPublisher(unitOfWork), unitOfWork,
        Clock.fixed(LATE, ZONE), POLICY, Engines.VALIDATOR, Engines.authorization(unitOfWork));
    return new Node(name, pool, unitOfWork, node.engine(), late);
  }

  private static HikariDataSource pool(ReplicatedPostgres servers, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(servers.multiHostUrl());
    config.setPoolName(name);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    // Shorter than the outage, so that calls during it fail (and are given again) rather than wait in the pool.
    config.setConnectionTimeout(1_000);
    config.setValidationTimeout(1_000);
    return new HikariDataSource(config);
  }

  private interface RowConsumer {
    void accept(ResultSet rows) throws SQLException;
  }

  private static void query(Connection connection, String sql, RowConsumer consumer) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        consumer.accept(rows);
      }
    }
  }

  private static int count(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  private interface Condition {
    boolean holds();
  }

  private static void awaitUntil(Condition condition, int seconds, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as("%s not reached within %d s", what, seconds).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
