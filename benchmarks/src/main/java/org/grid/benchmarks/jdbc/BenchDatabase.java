package org.grid.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.grid.adapters.jdbc.GridSchema;

/**
 * A migrated database of its own for a benchmark: H2 in memory, or a fresh schema on the PostgreSQL server named
 * by the environment variable {@code GRID_BENCH_POSTGRES_URL} (a JDBC URL with credentials), dropped on close.
 */
final class BenchDatabase implements AutoCloseable {

  /** The environment variable naming the PostgreSQL server. */
  static final String POSTGRES_URL = "GRID_BENCH_POSTGRES_URL";

  final HikariDataSource dataSource;
  private final Runnable drop;

  private BenchDatabase(HikariDataSource dataSource, Runnable drop) {
    this.dataSource = dataSource;
    this.drop = drop;
    GridSchema.migrate(dataSource);
  }

  static BenchDatabase open(String kind, int poolSize) {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind.equals("h2")) {
      // OPTIMIZE_REUSE_RESULTS=FALSE as docs/jdbc.md tells embedders: H2 2.3 may reuse a stale cached result.
      String url = "jdbc:h2:mem:bench_" + suffix + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128;OPTIMIZE_REUSE_RESULTS=FALSE";
      return new BenchDatabase(pool(url, poolSize), () -> { });
    }
    if (!kind.equals("postgres")) {
      throw new IllegalArgumentException("database: h2 or postgres, not " + kind);
    }
    String url = System.getenv(POSTGRES_URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(POSTGRES_URL + " is not set, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    String schema = "grid_bench_" + suffix;
    execute(url, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new BenchDatabase(pool(schemaUrl, poolSize), () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setPoolName("grid-bench");
    return new HikariDataSource(config);
  }

  static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
    drop.run();
  }
}
