package org.grid.adapters.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grid.adapters.jdbc.Dialect;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** The outbox relay on Postgres (skipped unless its GRID_TEST_..._URL is set). */
class OutboxRelayPostgresIT extends AbstractOutboxRelayTest {

  @BeforeAll
  static void createDatabase() {
    open(TestDatabase.postgres());
  }

  /**
   * A claim behind a backlog reads about what it claims, however PostgreSQL plans it: here the plan is the generic
   * one made without statistics (a temporary copy of the outbox, which autovacuum never analyses, and {@code
   * plan_cache_mode} forcing the generic plan, as a statement prepared on an empty table and cached is). The former
   * {@code NOT EXISTS} form read every pending row per candidate there: about 150 buffers a pending row at 3,000,
   * and a claim of 100 behind 50,000 took minutes.
   */
  @Test
  void a_claim_behind_a_backlog_reads_a_bounded_number_of_buffers_when_planned_without_statistics()
      throws SQLException {
    int pending = 3_000;
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        String schema;
        try (ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
          rows.next();
          schema = rows.getString(1);
        }
        // The temporary schema comes first in the search path: the claim below reads this copy.
        statement.execute("CREATE TEMP TABLE grid_outbox (LIKE \"" + schema + "\".grid_outbox INCLUDING ALL) "
            + "ON COMMIT DROP");
        statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        insertEvents(statement, "e", pending, "'request/R' || (g / 5)", "''");
        statement.execute("PREPARE claim(bigint, bigint, bigint, int) AS "
            + numbered(OutboxRelay.claimable(Dialect.POSTGRESQL)));
        String plan;
        try (ResultSet rows = statement.executeQuery(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE claim(0, 100, 100, 50)")) {
          rows.next();
          plan = rows.getString(1);
        }
        // The root node comes first, its counts covering the whole plan.
        assertThat(first(plan, "Actual Rows")).as(plan).isEqualTo(50);
        assertThat(blocks(plan)).as(plan).isLessThan(20L * pending);
      } finally {
        connection.rollback();
      }
    }
  }

  /**
   * Delivered events leave dead index entries where the pending index keeps its null {@code delivered_at}; without
   * VACUUM (autovacuum off) they stay. The claim walks the pending index with plain index scans, never a bitmap
   * scan of it (which reads every such entry and its table row on every claim, and marks none), so once a claim has
   * passed them the next one reads about what it claims. Here 20,000 delivered events of about 1 kB lie before 100
   * pending ones, in a table of its own that nothing vacuums or analyses, planned generically.
   */
  @Test
  void a_claim_after_many_deliveries_reads_about_what_it_claims_without_vacuum() throws SQLException {
    inScratchOutbox("grid_claim_walk_", (connection, statement) -> {
      insertEvents(statement, "e", 20_000, "'request/R' || g", "repeat('x', 1000)");
      statement.execute("UPDATE grid_outbox SET delivered_at = 1");
      insertEvents(statement, "p", 100, "'request/P' || g", "''");
      String first = explainClaim(connection, statement);
      assertThat(first).as(first).doesNotContain("Seq Scan");
      // The pending index (ix_grid_outbox_delivered; its copy here is named after its columns) is walked, never
      // bitmap-scanned; the head probe may bitmap-scan one aggregate's entries.
      assertThat(bitmapScannedIndexes(first)).as(first)
          .noneMatch(index -> index.matches("(ix_)?grid_outbox_delivered.*"));
      assertThat(first(first, "Actual Rows")).as(first).isEqualTo(50);
      boolean alone = alone(statement);
      String next = explainClaim(connection, statement);
      if (alone) {
        assertThat(blocks(next)).as(next).isLessThan(2_000L);
      }
    });
  }

  /**
   * A claim reads about what it claims when the table's statistics are older than its backlog: analysed while
   * every event was delivered, PostgreSQL expects no pending row, and the head-of-aggregate probe asked for
   * {@code delivered_at IS NULL} was served by the pending index, filtering by aggregate from its first entry:
   * through every dead entry that deliveries left there, for each candidate. In the example application under load
   * that claim took longer as the backlog grew, and the relay fell behind by 180,000 events. Here 20,000 delivered
   * events lie before 3,000 pending ones of 500 requests, in a table of its own analysed before the pending ones
   * came and never vacuumed.
   */
  @Test
  void a_claim_reads_about_what_it_claims_when_the_statistics_are_older_than_the_backlog() throws SQLException {
    inScratchOutbox("grid_claim_stale_", (connection, statement) -> {
      insertEvents(statement, "e", 20_000, "'request/R' || (g / 6)", "repeat('x', 200)");
      statement.execute("UPDATE grid_outbox SET delivered_at = 1");
      statement.execute("ANALYZE grid_outbox");
      insertEvents(statement, "p", 3_000, "'request/P' || (g % 500)", "''");
      String first = explainClaim(connection, statement);
      assertThat(first(first, "Actual Rows")).as(first).isEqualTo(50);
      boolean alone = alone(statement);
      String next = explainClaim(connection, statement);
      assertThat(first(next, "Actual Rows")).as(next).isEqualTo(50);
      if (alone) {
        assertThat(blocks(next)).as(next).isLessThan(1_000L);
      }
    });
  }

  /**
   * The walk of a claim starts past the events delivered a while ago ({@link OutboxRelay.WalkStart}): the dead
   * entries they left at the start of the pending index, which a walk of the whole index reads page by page on every
   * claim until VACUUM, are not read. Here 200,000 delivered events lie before 10 pending ones, nothing vacuums.
   */
  @Test
  void a_claim_that_starts_past_the_delivered_events_does_not_read_their_dead_entries() throws SQLException {
    inScratchOutbox("grid_claim_start_", (connection, statement) -> {
      insertEvents(statement, "e", 200_000, "'request/R' || g", "''");
      statement.execute("UPDATE grid_outbox SET delivered_at = 1");
      insertEvents(statement, "p", 10, "'request/P' || g", "''");
      long firstPending;
      try (ResultSet rows = statement.executeQuery("SELECT MIN(id) FROM grid_outbox WHERE event_id LIKE 'p%'")) {
        rows.next();
        firstPending = rows.getLong(1);
      }
      explainClaim(connection, statement); // marks the dead entries dead for the scans after it, when alone
      boolean alone = alone(statement);
      String whole = explainClaim(connection, statement);
      String started = explainClaim(connection, statement, firstPending);
      assertThat(first(whole, "Actual Rows")).as(whole).isEqualTo(10);
      assertThat(first(started, "Actual Rows")).as(started).isEqualTo(10);
      if (alone) {
        assertThat(blocks(whole)).as(whole).isGreaterThan(300L);
        assertThat(blocks(started)).as(started).isLessThan(200L);
      }
    });
  }

  /**
   * Marking a pass's events delivered finds them by their ids when the statistics expect no pending row: asked as
   * {@code delivered_at IS NULL}, PostgreSQL read the pending index instead (a bitmap scan under load, an index scan
   * here), through every dead entry in it.
   */
  @Test
  void marking_events_delivered_finds_them_by_id_when_the_statistics_expect_none_pending() throws SQLException {
    inScratchOutbox("grid_mark_", (connection, statement) -> {
      insertEvents(statement, "e", 20_000, "'request/R' || g", "''");
      statement.execute("UPDATE grid_outbox SET delivered_at = 1");
      statement.execute("ANALYZE grid_outbox");
      insertEvents(statement, "p", 15, "'request/P' || g", "''");
      statement.execute("PREPARE mark(bigint, bigint[]) AS " + numbered(OutboxRelay.rowsUpdate(Dialect.POSTGRESQL,
          OutboxRelay.DELIVERED_SET, OutboxRelay.DELIVERED_CONDITION)));
      String ids;
      try (ResultSet rows = statement.executeQuery(
          "SELECT array_agg(id)::text FROM grid_outbox WHERE event_id LIKE 'p%'")) {
        rows.next();
        ids = rows.getString(1);
      }
      connection.setAutoCommit(false);
      String plan;
      try (ResultSet rows = statement.executeQuery(
          "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE mark(2, '" + ids + "')")) {
        rows.next();
        plan = rows.getString(1);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      assertThat(plan).as(plan).doesNotContain("Seq Scan");
      assertThat(scannedIndexes(plan)).as(plan).isNotEmpty()
          .noneMatch(index -> index.matches("(ix_)?grid_outbox_delivered.*"));
      assertThat(plan).as(plan).contains("\"Actual Rows\": 15");
    });
  }

  /**
   * A claim's two follower statements read about what they find, however PostgreSQL plans them: both prepared and
   * planned generically while the table was empty and never analysed (as a relay's statements are, cached by the
   * driver and the server when it started on an empty outbox), then run behind 20,000 delivered events and 3,000
   * pending ones of 500 requests, nothing vacuumed. Neither scans the table, and each reads a bounded number of
   * buffers for the 100 aggregates (a head's probe of its aggregate is about 8).
   */
  @Test
  void the_follower_statements_read_a_bounded_number_of_buffers_when_planned_on_an_empty_table()
      throws SQLException {
    inScratchOutbox("grid_followers_", (connection, statement) -> {
      statement.execute("PREPARE pending_of(text[], int) AS "
          + numbered(OutboxRelay.pendingOfAggregates(Dialect.POSTGRESQL, 100)));
      statement.execute("PREPARE lockable(bigint[], bigint, bigint) AS "
          + numbered(OutboxRelay.lockableFollowers(Dialect.POSTGRESQL, 700)));
      StringBuilder list = new StringBuilder();
      for (int g = 1; g <= 100; g++) {
        list.append(g == 1 ? "" : ",").append("request/P").append(g);
      }
      String aggregates = "'{" + list + "}'";
      explain(connection, statement, "EXECUTE pending_of(" + aggregates + ", 8)");
      explain(connection, statement, "EXECUTE lockable(ARRAY[1, 2, 3]::bigint[], 100, 100)");
      insertEvents(statement, "e", 20_000, "'request/R' || (g / 6)", "repeat('x', 200)");
      statement.execute("UPDATE grid_outbox SET delivered_at = 1");
      insertEvents(statement, "p", 3_000, "'request/P' || (g % 500)", "''");

      String pending = explain(connection, statement, "EXECUTE pending_of(" + aggregates + ", 8)");
      assertThat(pending).as(pending).doesNotContain("Seq Scan");
      assertThat(first(pending, "Actual Rows")).as(pending).isEqualTo(600);
      assertThat(blocks(pending)).as(pending).isLessThan(3_000L);
      String ids;
      try (ResultSet rows = statement.executeQuery(
          "SELECT array_agg(id)::text FROM grid_outbox WHERE event_id LIKE 'p%' AND aggregate_id IN ("
              + "SELECT 'request/P' || g FROM generate_series(1, 100) g)")) {
        rows.next();
        ids = rows.getString(1);
      }
      String lockable = explain(connection, statement, "EXECUTE lockable('" + ids + "', 100, 100)");
      assertThat(lockable).as(lockable).doesNotContain("Seq Scan");
      assertThat(first(lockable, "Actual Rows")).as(lockable).isEqualTo(600);
      assertThat(blocks(lockable)).as(lockable).isLessThan(6_000L);
    });
  }

  /**
   * The relay's lease and mark find their rows by the primary key when PostgreSQL planned them generically while
   * the outbox held three events and had never been analysed: planned with sequential scans off, as the relay's
   * transactions plan them, they read the rows by id once 20,000 more have come; planned with sequential scans on (the
   * control), they scan the whole table.
   */
  @Test
  void the_lease_and_the_mark_find_their_rows_by_id_when_planned_on_a_table_of_a_few_rows() throws SQLException {
    inScratchOutbox("grid_lease_", (connection, statement) -> {
      insertEvents(statement, "q", 3, "'request/Q' || g", "''");
      String lease = numbered(OutboxRelay.rowsUpdate(Dialect.POSTGRESQL, "claimed_by = ?, claimed_until = ?", ""));
      String mark = numbered(OutboxRelay.rowsUpdate(Dialect.POSTGRESQL, OutboxRelay.DELIVERED_SET,
          OutboxRelay.DELIVERED_CONDITION));
      statement.execute("PREPARE lease_scanning(text, bigint, bigint[]) AS " + lease);
      statement.execute("PREPARE mark_scanning(bigint, bigint[]) AS " + mark);
      statement.execute("PREPARE lease(text, bigint, bigint[]) AS " + lease);
      statement.execute("PREPARE mark(bigint, bigint[]) AS " + mark);
      try {
        // The generic plans are made at the first execution.
        explain(connection, statement, "EXECUTE lease_scanning('n', 1, '{1}')");
        explain(connection, statement, "EXECUTE mark_scanning(1, '{1}')");
        statement.execute("SET enable_seqscan = off");
        explain(connection, statement, "EXECUTE lease('n', 1, '{1}')");
        explain(connection, statement, "EXECUTE mark(1, '{1}')");
        statement.execute("RESET enable_seqscan");
        insertEvents(statement, "e", 20_000, "'request/R' || g", "repeat('x', 200)");
        String ids;
        try (ResultSet rows = statement.executeQuery("SELECT array_agg(id)::text FROM grid_outbox "
            + "WHERE event_id IN ('e100', 'e5000', 'e9000', 'e15000', 'e19999')")) {
          rows.next();
          ids = rows.getString(1);
        }
        assertThat(explain(connection, statement, "EXECUTE lease_scanning('n', 1, '" + ids + "')"))
            .contains("Seq Scan");
        assertThat(explain(connection, statement, "EXECUTE mark_scanning(1, '" + ids + "')")).contains("Seq Scan");
        statement.execute("SET enable_seqscan = off");
        for (String plan : List.of(explain(connection, statement, "EXECUTE lease('n', 1, '" + ids + "')"),
            explain(connection, statement, "EXECUTE mark(1, '" + ids + "')"))) {
          assertThat(plan).as(plan).doesNotContain("Seq Scan");
          assertThat(blocks(plan)).as(plan).isLessThan(200L);
        }
      } finally {
        statement.execute("RESET enable_seqscan");
      }
    });
  }

  /**
   * The relay's claiming and recording transactions on PostgreSQL begin by turning sequential scans off, and so does
   * the one in which {@code drain()} reads the last id stored.
   */
  @Test
  void the_relays_transactions_begin_by_turning_sequential_scans_off() throws SQLException {
    List<String> statements = new ArrayList<>();
    FaultyDataSource recording = FaultyDataSource.failingWhen(database.dataSource(), sql -> {
      statements.add(sql);
      return false;
    });
    MutableClock clock = MutableClock.of(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    OutboxRelay relay = new OutboxRelay(recording, events -> Collections.nCopies(events.size(),
        DeliveryOutcome.DELIVERED), clock, OutboxRelay.Settings.defaults());
    storeOne(event("request/SEQ", 0, clock));
    assertThat(relay.relayOnce().delivered()).isEqualTo(1);
    List<String> relevant = statements.stream().filter(sql -> sql.equals(OutboxRelay.WITHOUT_SEQUENTIAL_SCANS)
        || sql.startsWith("WITH RECURSIVE pending") || sql.startsWith("UPDATE grid_outbox SET delivered_at")).toList();
    assertThat(relevant).hasSize(4);
    assertThat(relevant.get(0)).isEqualTo(OutboxRelay.WITHOUT_SEQUENTIAL_SCANS);
    assertThat(relevant.get(1)).startsWith("WITH RECURSIVE pending");
    assertThat(relevant.get(2)).isEqualTo(OutboxRelay.WITHOUT_SEQUENTIAL_SCANS);
    assertThat(relevant.get(3)).startsWith("UPDATE grid_outbox SET delivered_at");

    statements.clear();
    storeOne(event("request/SEQ", 1, clock));
    assertThat(relay.drain()).isEqualTo(1);
    int last = statements.indexOf(OutboxRelay.LAST_STORED_ID);
    assertThat(last).as("drain reads the last id first").isPositive();
    assertThat(statements.get(last - 1)).isEqualTo(OutboxRelay.WITHOUT_SEQUENTIAL_SCANS);
  }

  /** Runs an {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} of a statement in a transaction rolled back. */
  private static String explain(Connection connection, Statement statement, String sql) throws SQLException {
    connection.setAutoCommit(false);
    try (ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)) {
      rows.next();
      return rows.getString(1);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /**
   * An event whose transaction took its id before later events were stored and delivered, and committed after the
   * walk's start had moved past that id, is still delivered: by the next walk of the whole index at the latest, and
   * before the later events of its aggregate.
   */
  @Test
  void an_event_committed_after_later_ones_were_delivered_is_delivered_by_the_next_whole_walk_in_order()
      throws SQLException {
    MutableClock clock = MutableClock.of(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay relay = new OutboxRelay(database.dataSource(), events -> {
      delivered.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    }, clock, OutboxRelay.Settings.defaults());
    try (Connection late = database.dataSource().getConnection()) {
      late.setAutoCommit(false);
      OutboxRows.append(late, List.of(event("request/LATE", 0, clock)));
      for (int second = 0; second < 3; second++) { // a pass a second: the walk's start moves past the late id
        storeOne(event("request/A" + second, 0, clock));
        assertThat(relay.drain()).isEqualTo(1);
        clock.add(OutboxRelay.WalkStart.LAG);
      }
      late.commit();
    }
    storeOne(event("request/LATE", 1, clock));
    assertThat(relay.drain()).as("before the next whole walk: the late event lies before the walk's start, and "
        + "the later event of its aggregate waits for it").isZero();
    clock.add(OutboxRelay.WalkStart.FULL_WALK);
    assertThat(relay.drain()).isEqualTo(2);
    assertThat(delivered).extracting(OutgoingEvent::id)
        .containsExactly("request/A0/0", "request/A1/0", "request/A2/0", "request/LATE/0", "request/LATE/1");
  }

  private static OutgoingEvent event(String aggregate, int seq, Clock clock) {
    String id = aggregate + "/" + seq;
    return new OutgoingEvent(id, "org.grid.test.happened.v1", "/counties/C1", aggregate, "C1", aggregate,
        clock.instant(), "{\"specversion\":\"1.0\",\"id\":\"" + id + "\"}");
  }

  private static void storeOne(OutgoingEvent event) throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      OutboxRows.append(connection, List.of(event));
      connection.commit();
    }
  }

  /**
   * Stores pending events numbered from 1: event ids {@code prefix} and the number, the aggregate and the payload
   * SQL expressions of the number {@code g}.
   */
  /** Inserts events whose payload is a CloudEvent with the row's id and {@code data} of the text given. */
  private static void insertEvents(Statement statement, String prefix, int count, String aggregate, String data)
      throws SQLException {
    statement.execute("INSERT INTO grid_outbox (event_id, aggregate_id, event_type, source, subject, county, "
        + "occurred_at, payload, attempts, next_attempt_at) SELECT '" + prefix + "' || g, " + aggregate + ", 't', "
        + "'/counties/C1', 's', 'C1', g, '{\"id\":\"" + prefix + "' || g || '\",\"data\":\"' || " + data
        + " || '\"}', 0, 0 FROM generate_series(1, " + count + ") g");
  }

  /** Work on a scratch outbox: the connection and a statement whose search path finds the scratch table first. */
  private interface ScratchWork {
    void run(Connection connection, Statement statement) throws SQLException;
  }

  /**
   * Runs work on an empty outbox table of its own, in a schema named from the prefix and this process, that
   * autovacuum neither vacuums nor analyses, with the claim prepared as {@code walk_claim} and planned
   * generically (as a statement the driver prepared and the server cached is); drops it all after.
   */
  private static void inScratchOutbox(String prefix, ScratchWork work) throws SQLException {
    String scratch = prefix + ProcessHandle.current().pid();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      String schema;
      String searchPath;
      try (ResultSet rows = statement.executeQuery("SELECT current_schema(), current_setting('search_path')")) {
        rows.next();
        schema = rows.getString(1);
        searchPath = rows.getString(2);
      }
      try {
        statement.execute("CREATE SCHEMA " + scratch);
        statement.execute("SET search_path TO " + scratch);
        statement.execute("CREATE TABLE grid_outbox (LIKE \"" + schema + "\".grid_outbox INCLUDING ALL) "
            + "WITH (autovacuum_enabled = off)");
        statement.execute("SET plan_cache_mode = force_generic_plan");
        statement.execute("PREPARE walk_claim(bigint, bigint, bigint, int) AS "
            + numbered(OutboxRelay.claimable(Dialect.POSTGRESQL)));
        work.run(connection, statement);
      } finally {
        statement.execute("DEALLOCATE ALL");
        statement.execute("RESET plan_cache_mode");
        statement.execute("SET search_path TO " + searchPath);
        statement.execute("DROP SCHEMA IF EXISTS " + scratch + " CASCADE");
      }
    }
  }

  /**
   * Tells whether no other transaction in the database holds a snapshot: only then are dead index entries marked
   * when a scan passes them.
   */
  private static boolean alone(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
        + "current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL")) {
      rows.next();
      return rows.getLong(1) == 0;
    }
  }

  /** Claims 50 with the prepared {@code walk_claim}, walking the whole index, in a transaction rolled back. */
  private static String explainClaim(Connection connection, Statement statement) throws SQLException {
    return explainClaim(connection, statement, 0);
  }

  /**
   * Claims 50 with the prepared {@code walk_claim}, its walk starting at an id, in a transaction rolled back; the
   * plan with its counts.
   */
  private static String explainClaim(Connection connection, Statement statement, long from) throws SQLException {
    connection.setAutoCommit(false);
    try (ResultSet rows = statement.executeQuery(
        "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE walk_claim(" + from + ", 100, 100, 50)")) {
      rows.next();
      return rows.getString(1);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /** The claim's statement with PostgreSQL's numbered parameters for PREPARE. */
  private static String numbered(String sql) {
    int[] parameter = {0};
    return Pattern.compile("\\?").matcher(sql).replaceAll(m -> "\\$" + ++parameter[0]);
  }

  /** The buffers the whole plan read (the root node comes first, its counts covering the whole plan). */
  private static long blocks(String plan) {
    return first(plan, "Shared Hit Blocks") + first(plan, "Shared Read Blocks") + first(plan, "Local Hit Blocks")
        + first(plan, "Local Read Blocks");
  }

  /** The indexes the plan reads, by any kind of scan. */
  private static List<String> scannedIndexes(String plan) {
    Matcher m = Pattern.compile("\"Index Name\": \"([^\"]+)\"").matcher(plan);
    List<String> indexes = new ArrayList<>();
    while (m.find()) {
      indexes.add(m.group(1));
    }
    return indexes;
  }

  /** The indexes of the plan's bitmap index scans. */
  private static List<String> bitmapScannedIndexes(String plan) {
    Matcher m = Pattern.compile("\"Node Type\": \"Bitmap Index Scan\",[^}]*?\"Index Name\": \"([^\"]+)\"")
        .matcher(plan);
    List<String> indexes = new ArrayList<>();
    while (m.find()) {
      indexes.add(m.group(1));
    }
    return indexes;
  }

  private static long first(String plan, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(plan);
    assertThat(m.find()).as(key + " in " + plan).isTrue();
    return Long.parseLong(m.group(1));
  }
}
