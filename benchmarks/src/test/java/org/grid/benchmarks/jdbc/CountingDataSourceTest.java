package org.grid.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What CountingDataSource counts, on H2 in memory. */
class CountingDataSourceTest {

  @Test
  void countsCommitsStatementsAndRowsByTableAndKind() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:counting;DB_CLOSE_DELAY=-1");
    CountingDataSource counting = new CountingDataSource(h2);
    try (Connection c = counting.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INT PRIMARY KEY, v INT)");
      CountingDataSource.Counts before = counting.counts();

      s.executeUpdate("INSERT INTO t VALUES (1, 0)"); // auto-commit: a transaction of its own
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement("insert into t values (?, 0)")) {
        p.setInt(1, 2);
        p.addBatch();
        p.setInt(1, 3);
        p.addBatch();
        p.executeBatch();
      }
      try (PreparedStatement p = c.prepareStatement("UPDATE t SET v = 1 WHERE id >= ?")) {
        p.setInt(1, 2);
        p.execute();
      }
      s.executeQuery("SELECT count(*) FROM t").close();
      c.commit();
      s.executeUpdate("DELETE FROM t WHERE id = 1");
      c.rollback();
      c.setAutoCommit(true);

      CountingDataSource.Counts counts = counting.counts().minus(before);
      assertThat(counts.commits()).as("one auto-committed insert, one commit").isEqualTo(2);
      assertThat(counts.rollbacks()).isEqualTo(1);
      assertThat(counts.statements()).as("insert, batch, update, select, delete").isEqualTo(5);
      assertThat(counts.rows()).isEqualTo(1 + 2 + 2 + 1);
      assertThat(counts.rowsByTable()).isEqualTo(Map.of("t insert", 3L, "t update", 2L, "t delete", 1L));
    }
  }
}
