package org.grid.spring.boot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link GridTransactionTest} on PostgreSQL, where a failed statement aborts the whole transaction: each test on a
 * schema of its own on the server of {@code GRID_TEST_POSTGRES_URL} (as adapters-jdbc's tests); skipped when unset.
 */
class GridTransactionPostgresIT extends GridTransactionTest {

  static final String POSTGRES_URL = "GRID_TEST_POSTGRES_URL";

  @Override
  ApplicationContextRunner runner() {
    String url = System.getenv(POSTGRES_URL);
    Assumptions.assumeTrue(url != null && !url.isBlank(), POSTGRES_URL + " is not set: skipped");
    return GridContexts.runner(Postgres.class);
  }

  /** A fresh schema, dropped when the application stops. */
  @Configuration(proxyBeanMethods = false)
  static class Postgres {

    @Bean(destroyMethod = "close")
    SchemaPool dataSource() {
      return new SchemaPool(System.getenv(POSTGRES_URL));
    }
  }

  /** A pool on a schema of its own. */
  static final class SchemaPool extends HikariDataSource {
    private final String serverUrl;
    private final String schema;

    SchemaPool(String serverUrl) {
      super(config(serverUrl, "grid_starter_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
      this.serverUrl = serverUrl;
      this.schema = getSchema();
    }

    private static HikariConfig config(String serverUrl, String schema) {
      execute(serverUrl, "CREATE SCHEMA " + schema);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      config.setSchema(schema);
      config.setMaximumPoolSize(4);
      config.setPoolName("grid-starter-it");
      return config;
    }

    @Override
    public void close() {
      super.close();
      execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String url, String sql) {
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot run '" + sql + "' on the test server", e);
      }
    }
  }
}
