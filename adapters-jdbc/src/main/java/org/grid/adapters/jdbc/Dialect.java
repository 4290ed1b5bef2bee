package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The databases the JDBC adapter supports, and every difference between them the adapter needs: this is the one
 * place where dialects differ. Migrations see the differences as Flyway placeholders ({@link #placeholders()}).
 */
public enum Dialect {
  /** H2, the embedded default. */
  H2("VARCHAR", ""),
  /** PostgreSQL. */
  POSTGRESQL("TEXT", ""),
  /** MariaDB (and MySQL): InnoDB tables in utf8mb4 with binary collation, so ids compare exactly and emoji fit. */
  MARIADB("TEXT", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");

  private final String textType;
  private final String tableOptions;

  Dialect(String textType, String tableOptions) {
    this.textType = textType;
    this.tableOptions = tableOptions;
  }

  /**
   * Returns the Flyway placeholders of this dialect: {@code text} (the type of unbounded text) and
   * {@code table_options} (what follows {@code CREATE TABLE (...)}).
   */
  public Map<String, String> placeholders() {
    return Map.of("text", textType, "table_options", tableOptions);
  }

  /**
   * Tells which dialect a data source speaks, from its JDBC metadata.
   *
   * @param dataSource the data source, not null
   * @return the dialect
   * @throws JdbcAdapterException if no connection can be made or the database is not one of the supported ones
   */
  public static Dialect of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgresql")) {
        return POSTGRESQL;
      }
      if (product.contains("mariadb") || product.contains("mysql")) {
        return MARIADB;
      }
      throw new JdbcAdapterException("unsupported database: " + product + " (supported: H2, PostgreSQL, MariaDB)", null);
    } catch (SQLException e) {
      throw new JdbcAdapterException("cannot connect to the database to tell its dialect", e);
    }
  }
}
