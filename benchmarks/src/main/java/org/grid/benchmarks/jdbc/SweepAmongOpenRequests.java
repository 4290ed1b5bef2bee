package org.grid.benchmarks.jdbc;

import jakarta.validation.Validation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.adapters.jdbc.escalation.JdbcRoutingTable;
import org.grid.adapters.jdbc.escalation.JdbcWorkCalendars;
import org.grid.benchmarks.escalation.BenchAuthorization;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.port.in.SweepResult;

/**
 * One sweep of the due requests among many open ones on PostgreSQL ({@code GRID_BENCH_POSTGRES_URL}): loads
 * {@code open} open requests, of which {@code due} are due, with set-based SQL into a fresh schema, then times
 * {@code engine.processDue(now)} (find, remind, save and write the outbox, commit)
 * several times, putting the due requests back between runs, and the "due before" query alone.
 *
 * <p>Which of the open requests are due changes what a sweep writes. {@code oldest}: the due requests are the
 * earliest reported (the lowest ids), as when deadlines follow report times, so their rows and index entries lie
 * together. {@code scattered}: every (open / due)-th request is due, so each one sits on a page of its own in the
 * table and in every index (the worst case for the database: a page written per row).
 *
 * <p>{@code java -cp ... org.grid.benchmarks.jdbc.SweepAmongOpenRequests 1000000 1000 13 3 oldest} (open, due,
 * runs, warm-up runs left out of the median, which requests are due)
 */
public final class SweepAmongOpenRequests {

  private static final long NANOS = 1_000_000_000L;
  /** Tuesday 3 March 2026, 17:30 in Shanghai: the accept deadline of the due requests. */
  private static final Instant DUE = Instant.parse("2026-03-03T09:30:00Z");
  /** Much later: the deadline of the requests that are not due. */
  private static final Instant LATER = Instant.parse("2026-06-01T09:30:00Z");
  /** When the sweep runs: Wednesday morning. */
  private static final Instant NOW = Instant.parse("2026-03-04T01:00:00Z");

  private SweepAmongOpenRequests() {}

  /**
   * Runs the measurement.
   *
   * @param args open requests, due requests, runs, warm-up runs
   * @throws SQLException if loading fails
   */
  public static void main(String[] args) throws SQLException {
    int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int due = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    String layout = args.length > 4 ? args[4] : "oldest";
    if (!layout.equals("oldest") && !layout.equals("scattered")) {
      throw new IllegalArgumentException("which requests are due: oldest or scattered, not " + layout);
    }
    try (BenchDatabase db = BenchDatabase.open("postgres", 4)) {
      long loading = System.nanoTime();
      load(db, open, due, layout.equals("scattered"));
      System.out.printf("loaded %,d open requests (%,d due, %s) in %,d ms%n", open, due, layout,
          (System.nanoTime() - loading) / 1_000_000);
      JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(db.dataSource);
      new JdbcWorkCalendars(unitOfWork).put(LifecycleBenchmark.PLACE.township(), LifecycleBenchmark.CALENDAR);
      JdbcRequestRepository repository = new JdbcRequestRepository(unitOfWork);
      RequestService engine = new RequestService(repository, new JdbcRoutingTable(unitOfWork),
          new JdbcWorkCalendars(unitOfWork), new JdbcRequestEventPublisher(unitOfWork), unitOfWork,
          Clock.fixed(NOW, LifecycleBenchmark.ZONE), EscalationPolicy.defaults(),
          Validation.buildDefaultValidatorFactory().getValidator(),
          BenchAuthorization.of(LifecycleBenchmark.PLACE, LifecycleBenchmark.VILLAGE));
      List<Long> sweeps = new ArrayList<>();
      List<Long> queries = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        long q = System.nanoTime();
        int found = repository.findDueBefore(NOW, due + 1).size();
        long query = System.nanoTime() - q;
        long s = System.nanoTime();
        SweepResult result = engine.processDue(NOW);
        long took = System.nanoTime() - s;
        if (run >= warmup) {
          sweeps.add(took);
          queries.add(query);
        }
        System.out.printf("%s %d: due-before query %,.1f ms (%d rows); sweep %,.1f ms, %d changed, %d events%n",
            run < warmup ? "warm-up" : "run", run + 1, query / 1e6, found, took / 1e6, result.changed(),
            result.events().size());
        if (result.changed() != due) {
          throw new IllegalStateException("expected " + due + " changed, got " + result.changed());
        }
        reset(db, due);
      }
      System.out.printf("median of %d runs after %d warm-up runs: sweep %,.1f ms (min %,.1f), due-before query "
          + "%,.1f ms%n", runs - warmup, warmup, median(sweeps) / 1e6, sweeps.stream().mapToLong(x -> x).min()
          .orElse(0) / 1e6, median(queries) / 1e6);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * NANOS + instant.getNano();
  }

  /** Set-based load: each request reported at the village grid, one history entry with its report form. */
  private static void load(BenchDatabase db, int open, int due, boolean scattered) throws SQLException {
    String isDue = scattered ? "g % " + (open / due) + " = 0" : "g <= " + due;
    try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO grid_request (id, version, state, tier, holder_unit, next_deadline, step_kind, "
          + "step_deadline, reminded, paused_reminded, suspended_days, reopened_at_tier, reporter, county_id, "
          + "township_id, district_id, village_id, grid_id, category, current_category, description, urgency, "
          + "history_size, "
          + "command_count, returned_count) "
          + "SELECT 'R' || lpad(g::text, 8, '0'), 1, 'REPORTED', 'VILLAGE_GRID', 'T01-V04-N1', d, 'ACCEPT', d, "
          + "false, false, 0, false, 'citizen', 'C1', 'T01', 'T01-D1', 'T01-V04', 'T01-V04-N1', 'land', 'land', "
          + "'a wall blocks the ditch', 'NORMAL', 1, 1, 0 "
          + "FROM (SELECT g, CASE WHEN " + isDue + " THEN " + nanos(DUE) + " ELSE " + nanos(LATER)
          + " END AS d FROM generate_series(1, " + open + ") g) x");
      s.execute("INSERT INTO grid_request_history (request_id, seq, at, actor_kind, actor_person, kind, state, "
          + "holder_tier, holder_unit, form_kind) SELECT id, 0, " + nanos(DUE.minusSeconds(30_000)) + ", "
          + "'CITIZEN', 'citizen', 'REPORTED', 'REPORTED', 'VILLAGE_GRID', 'T01-V04-N1', 'REPORT' FROM grid_request");
      s.execute("INSERT INTO grid_request_command (request_id, command_id, ord) "
          + "SELECT id, 'r-' || id, 0 FROM grid_request");
      s.execute("ANALYZE");
    }
  }

  /** Puts the swept requests back as they were loaded, and empties the outbox. */
  private static void reset(BenchDatabase db, int due) throws SQLException {
    try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      String swept = "(SELECT id FROM grid_request WHERE version > 1)";
      s.execute("DELETE FROM grid_request_history WHERE seq > 0 AND request_id IN " + swept);
      try (PreparedStatement p = c.prepareStatement("UPDATE grid_request SET version = 1, next_deadline = ?, "
          + "step_deadline = ?, reminded = false, history_size = 1 WHERE version > 1")) {
        p.setLong(1, nanos(DUE));
        p.setLong(2, nanos(DUE));
        if (p.executeUpdate() != due) {
          throw new IllegalStateException("reset did not find " + due + " swept requests");
        }
      }
      s.execute("DELETE FROM grid_outbox");
      c.commit();
      c.setAutoCommit(true);
      s.execute("VACUUM ANALYZE grid_request");
    }
  }
}
