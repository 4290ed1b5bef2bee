package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work in one database transaction: commits when it returns, rolls back when it throws, and always gives the
 * connection back with its auto-commit as it was. Used by every JDBC adapter of grid.
 */
public final class Transactions {

  private Transactions() {}

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param connection the connection, in a transaction; not to be committed, rolled back or closed here
     * @return the result
     * @throws SQLException when a statement fails
     */
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in a transaction of its own.
   *
   * @param dataSource where to get the connection, not null
   * @param what what the work does, for the message of a failure
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, after commit
   * @throws JdbcAdapterException if a statement, the commit or the connection fails; the transaction is rolled back
   * @throws RuntimeException what the work threw, after rollback
   */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        restore(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw new JdbcAdapterException(what + " failed", e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection connection, boolean autoCommit) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException ignored) {
      // The connection is broken; the pool will discard it. Nothing of the transaction survives.
    }
  }
}
