package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;
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

  /**
   * Runs {@code work} in a transaction of its own, and again in a new one when it fails in a way {@code retry}
   * accepts (a deadlock victim, a lost insert race), at most {@code attempts} times in all.
   *
   * @param dataSource where to get the connection, not null
   * @param what what the work does, for the message of a failure
   * @param attempts how often to try in all, at least 1
   * @param retry which failures to try again after
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, after commit
   * @throws RuntimeException the last failure, after rollback
   */
  public static <T> T inTransactionRetried(
      DataSource dataSource, String what, int attempts, Predicate<RuntimeException> retry, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(dataSource, what, work);
      } catch (RuntimeException e) {
        if (attempt >= attempts || !retry.test(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Tells whether a failure was caused by an {@link SQLException} whose SQLState is of one of the given classes,
   * for example {@code "40"} (transaction rollback: a deadlock victim) or {@code "23"} (integrity constraint
   * violation: a lost insert race).
   *
   * @param failure the failure
   * @param classes two-character SQLState classes
   * @return true when some cause has such a state
   */
  public static boolean causedBySqlState(Throwable failure, String... classes) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        for (String sqlClass : classes) {
          if (sql.getSQLState().startsWith(sqlClass)) {
            return true;
          }
        }
      }
    }
    return false;
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
