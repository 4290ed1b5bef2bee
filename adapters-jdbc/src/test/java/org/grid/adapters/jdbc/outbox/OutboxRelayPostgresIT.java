package org.grid.adapters.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grid.adapters.jdbc.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        statement.execute("INSERT INTO grid_outbox (event_id, aggregate_id, event_type, source, subject, county, "
            + "occurred_at, payload, attempts, next_attempt_at) SELECT 'e' || g, 'request/R' || (g / 5), 't', "
            + "'/counties/C1', 's', 'C1', g, '{}', 0, 0 FROM generate_series(1, " + pending + ") g");
        int[] parameter = {0};
        String sql = Pattern.compile("\\?").matcher(OutboxRelay.CLAIMABLE)
            .replaceAll(m -> "\\$" + ++parameter[0]);
        statement.execute("PREPARE claim(bigint, bigint, int) AS " + sql + " FOR UPDATE SKIP LOCKED");
        String plan;
        try (ResultSet rows = statement.executeQuery(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE claim(100, 100, 50)")) {
          rows.next();
          plan = rows.getString(1);
        }
        // The root node comes first, its counts covering the whole plan.
        assertThat(first(plan, "Actual Rows")).as(plan).isEqualTo(50);
        assertThat(first(plan, "Shared Hit Blocks") + first(plan, "Shared Read Blocks")
            + first(plan, "Local Hit Blocks") + first(plan, "Local Read Blocks"))
            .as(plan).isLessThan(20L * pending);
      } finally {
        connection.rollback();
      }
    }
  }

  private static long first(String plan, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(plan);
    assertThat(m.find()).as(key + " in " + plan).isTrue();
    return Long.parseLong(m.group(1));
  }
}
