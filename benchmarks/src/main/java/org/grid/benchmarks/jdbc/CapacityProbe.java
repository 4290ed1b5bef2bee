package org.grid.benchmarks.jdbc;

import jakarta.validation.Validation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.duty.JdbcDutyLogRepository;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcStaffDirectory;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.benchmarks.escalation.BenchAuthorization;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.in.SweepResult;
import org.grid.core.model.team.PersonId;

/**
 * The inputs of the capacity model (docs/scale.md), measured on one PostgreSQL database
 * ({@code GRID_BENCH_POSTGRES_URL}, a fresh schema dropped afterwards) by one node (this JVM):
 *
 * <ol>
 *   <li>full lifecycles per second (report, accept, resolve, feedback, rate: five commits each) from {@code threads}
 *       threads over {@code seconds} after a warm-up of the same length, with the CPU time the node (this process)
 *       and the database (the server processes of the pool's connections, from {@code /proc}) spent per
 *       lifecycle;</li>
 *   <li>bytes on disk per request, per history entry and per outbox event ({@code pg_total_relation_size}: table,
 *       indexes and TOAST) after that load;</li>
 *   <li>the sweep's cost per due request: {@code due} requests reported two days before the sweep runs, one
 *       {@code processDue} (pages of 1,000, each its own claiming transaction);</li>
 *   <li>the outbox relay's rate against a sink that confirms at once (what the relay costs the database and the
 *       node; the broker's own rate is measured by {@code RabbitMqSinkThroughput}), in batches of
 *       {@code batch};</li>
 *   <li>the duty log: {@code 10 * due} household visits appended one per transaction, entries per second and bytes
 *       per entry on disk.</li>
 * </ol>
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.jdbc.CapacityProbe 20 4 5000 500}
 * (seconds, threads, due requests, relay batch)
 */
public final class CapacityProbe {

  private static final Instant MONDAY = LifecycleBenchmark.START;
  /** Wednesday 09:00 in Shanghai: the Monday reports' accept deadline (Tuesday 17:30) has passed. */
  private static final Instant WEDNESDAY = Instant.parse("2026-03-04T01:00:00Z");
  private static final long CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ, the unit of /proc/<pid>/stat times

  private CapacityProbe() {}

  /**
   * Runs the probe and prints its figures.
   *
   * @param args seconds, threads, due requests, relay batch size
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int due = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    try (BenchDatabase db = BenchDatabase.open("postgres", threads + 2)) {
      JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(db.dataSource);
      new JdbcWorkCalendars(unitOfWork).put(LifecycleBenchmark.PLACE.township(), LifecycleBenchmark.CALENDAR);
      new JdbcRoutingTable(unitOfWork).put(LifecycleBenchmark.PLACE.county(), LifecycleBenchmark.LAND,
          DepartmentId.of("natural-resources"));
      RequestService engine = engine(unitOfWork, MONDAY);
      RequestService sweeper = engine(unitOfWork, WEDNESDAY);
      AtomicLong ids = new AtomicLong();

      lifecycles(engine, ids, threads, seconds); // warm-up
      List<Long> backends = backendPids(db, threads + 2);
      long nodeCpu = processCpuNanos();
      long dbCpu = cpuTicks(backends);
      long began = System.nanoTime();
      long done = lifecycles(engine, ids, threads, seconds);
      double elapsed = (System.nanoTime() - began) / 1e9;
      double nodeCpuMs = (processCpuNanos() - nodeCpu) / 1e6 / done;
      double dbCpuMs = (cpuTicks(backends) - dbCpu) * 1000.0 / CLOCK_TICKS_PER_SECOND / done;
      print("lifecycles/s (%d threads, %d s)", threads, seconds);
      print("  %.1f lifecycles/s = %.0f commits/s (%d lifecycles)", done / elapsed, 5 * done / elapsed, done);
      print("  CPU per lifecycle: node %.2f ms (this JVM), database %.2f ms (the pool's %d backends)", nodeCpuMs,
          dbCpuMs, backends.size());

      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      long requests = count(db, "SELECT COUNT(*) FROM grid_request");
      long history = count(db, "SELECT COUNT(*) FROM grid_request_history");
      long commands = count(db, "SELECT COUNT(*) FROM grid_request_command");
      long events = count(db, "SELECT COUNT(*) FROM grid_outbox");
      long requestBytes = size(db, "grid_request") + size(db, "grid_request_command")
          + size(db, "grid_request_return");
      long historyBytes = size(db, "grid_request_history");
      long outboxBytes = size(db, "grid_outbox");
      print("bytes on disk (pg_total_relation_size) after %d closed requests", requests);
      print("  per request (grid_request, grid_request_command, grid_request_return; %d command ids): %d",
          commands, requestBytes / requests);
      print("  per history entry (%d entries, %.1f per request): %d", history, (double) history / requests,
          historyBytes / history);
      print("  per outbox event (%d events, %.1f per request): %d", events, (double) events / requests,
          outboxBytes / events);

      // The sweep: requests reported on Monday, swept on Wednesday.
      long reportsBegan = System.nanoTime();
      parallel(threads, due, i -> ok(engine.handle(report("D" + i))));
      double reportSeconds = (System.nanoTime() - reportsBegan) / 1e9;
      long sweepBegan = System.nanoTime();
      SweepResult swept = sweeper.processDue(WEDNESDAY);
      double sweepMs = (System.nanoTime() - sweepBegan) / 1e6;
      if (swept.changed() != due) {
        throw new IllegalStateException("the sweep changed " + swept.changed() + " of " + due + " due requests");
      }
      print("sweep of %d due requests (reported at %.0f reports/s): %.0f ms, %.3f ms per due request", due,
          due / reportSeconds, sweepMs, sweepMs / due);

      // The relay, with a sink that confirms at once.
      long pending = count(db, "SELECT COUNT(*) FROM grid_outbox WHERE delivered_at IS NULL");
      EventSink confirming = outgoing -> Collections.nCopies(outgoing.size(), DeliveryOutcome.DELIVERED);
      OutboxRelay relay = new OutboxRelay(db.dataSource, confirming, Clock.systemUTC(),
          new OutboxRelay.Settings(batch, Duration.ofMinutes(5), 10, Duration.ofSeconds(1), Duration.ofMinutes(10),
              Duration.ofDays(7)));
      long relayBegan = System.nanoTime();
      int delivered = relay.drain();
      double relaySeconds = (System.nanoTime() - relayBegan) / 1e9;
      print("relay (batches of %d, sink confirms at once): %d of %d pending events in %.1f s, %.0f events/s", batch,
          delivered, pending, relaySeconds, delivered / relaySeconds);

      // The duty log: household visits appended one per transaction, as field staff record them.
      JdbcDutyLogRepository dutyLog = new JdbcDutyLogRepository(unitOfWork);
      int visits = 10 * due;
      OffsetDateTime morning = OffsetDateTime.ofInstant(MONDAY, LifecycleBenchmark.ZONE);
      long dutyBegan = System.nanoTime();
      parallel(threads, visits, i -> dutyLog.append(LifecycleBenchmark.PLACE.township(),
          new DutyLogEntry.Visit(PersonId.of("member-" + (i % 40)), HouseholdId.of("T01-V04-G01-H" + (i % 2000)),
              morning.plusMinutes(i), Optional.empty())));
      double dutySeconds = (System.nanoTime() - dutyBegan) / 1e9;
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      long dutyBytes = size(db, "grid_duty_log") + size(db, "grid_duty_log_person");
      print("duty log: %d household visits appended in %.1f s, %.0f entries/s; %d bytes per entry on disk", visits,
          dutySeconds, visits / dutySeconds, dutyBytes / visits);
    }
  }

  private static RequestService engine(JdbcUnitOfWork unitOfWork, Instant now) {
    return new RequestService(new JdbcRequestRepository(unitOfWork), new JdbcRoutingTable(unitOfWork),
        new JdbcWorkCalendars(unitOfWork), new JdbcRequestEventPublisher(unitOfWork), unitOfWork,
        Clock.fixed(now, LifecycleBenchmark.ZONE), EscalationPolicy.defaults(),
        Validation.buildDefaultValidatorFactory().getValidator(),
        BenchAuthorization.of(new JdbcStaffDirectory(unitOfWork), new JdbcPlaceDirectory(unitOfWork),
            LifecycleBenchmark.PLACE, LifecycleBenchmark.VILLAGE));
  }

  /** Runs full lifecycles from several threads for a while; returns how many completed. */
  private static long lifecycles(RequestService engine, AtomicLong ids, int threads, int seconds)
      throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Long>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        long n = 0;
        while (System.nanoTime() < end) {
          long i = ids.incrementAndGet();
          RequestId id = RequestId.of("R" + i);
          ok(engine.handle(report("R" + i)));
          ok(engine.handle(new RequestCommand.Accept(CommandId.of("a" + i), id, 1, LifecycleBenchmark.VILLAGE,
              PersonId.of("handler"))));
          ok(engine.handle(new RequestCommand.Resolve(CommandId.of("s" + i), id, 2, LifecycleBenchmark.VILLAGE,
              "done")));
          ok(engine.handle(new RequestCommand.Feedback(CommandId.of("f" + i), id, 3, LifecycleBenchmark.VILLAGE,
              "told")));
          ok(engine.handle(new RequestCommand.Rate(CommandId.of("t" + i), id, 4, LifecycleBenchmark.REPORTER,
              Rating.SATISFIED)));
          n++;
        }
        return n;
      }));
    }
    long total = 0;
    for (Future<Long> result : results) {
      total += result.get();
    }
    pool.shutdown();
    return total;
  }

  private static RequestCommand report(String id) {
    return new RequestCommand.Report(CommandId.of("r" + id), RequestId.of(id), LifecycleBenchmark.REPORTER,
        LifecycleBenchmark.CITIZEN, LifecycleBenchmark.PLACE, LifecycleBenchmark.LAND, "a wall blocks the ditch",
        Urgency.NORMAL, null, null);
  }

  private interface Step {
    void run(int i);
  }

  private static void parallel(int threads, int n, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong next = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          step.run((int) i);
        }
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
  }

  private static void ok(CommandOutcome outcome) {
    if (!(outcome instanceof CommandOutcome.Applied)) {
      throw new IllegalStateException("not applied: " + outcome);
    }
  }

  private static long count(BenchDatabase db, String sql) throws SQLException {
    try (Connection c = db.dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long size(BenchDatabase db, String table) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT pg_total_relation_size(to_regclass(?))")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The server process ids of every connection of the pool, all borrowed at once (the pool is full by now). */
  private static List<Long> backendPids(BenchDatabase db, int poolSize) throws SQLException {
    List<Connection> borrowed = new ArrayList<>();
    List<Long> pids = new ArrayList<>();
    try {
      for (int i = 0; i < poolSize; i++) {
        Connection c = db.dataSource.getConnection();
        borrowed.add(c);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
          r.next();
          pids.add(r.getLong(1));
        }
      }
    } finally {
      for (Connection c : borrowed) {
        c.close();
      }
    }
    return pids;
  }

  /**
   * The user and system CPU time of server processes, in clock ticks, from {@code /proc/<pid>/stat} (the database
   * must run on this machine; 0 where it does not). PostgreSQL's shared processes (WAL writer, checkpointer) are not
   * counted: other databases of the server use them too.
   */
  private static long cpuTicks(List<Long> pids) {
    long ticks = 0;
    for (long pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      } catch (IOException | RuntimeException e) {
        // not on this machine, or the process ended
      }
    }
    return ticks;
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
