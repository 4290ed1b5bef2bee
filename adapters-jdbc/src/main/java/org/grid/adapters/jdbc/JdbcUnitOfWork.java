package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One database transaction shared by every JDBC adapter a use case calls, so that what the use case changes is
 * stored all or nothing: the request engine's save of a request and the write of its events to the outbox commit
 * together. The transaction is bound to the calling thread for the duration of {@link #inTransaction} (or {@link
 * #claimingDue}); adapters built on this unit of work join it through {@link #run}, and outside it each of their
 * calls runs in a transaction of its own.
 *
 * <pre>{@code
 * JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
 * RequestService engine = new RequestService(new JdbcRequestRepository(unitOfWork), routing, calendars,
 *     new JdbcRequestEventPublisher(unitOfWork), clock, policy, validator);
 * CommandOutcome outcome = unitOfWork.inTransaction(() -> engine.handle(command));
 * SweepResult swept = unitOfWork.claimingDue(() -> engine.processDue(clock.instant()));
 * }</pre>
 *
 * <p>Transactions run at READ COMMITTED: on MariaDB (whose default is REPEATABLE READ) the unit of work sets it for
 * each transaction, on H2 and PostgreSQL it is the default (keep the pool's isolation at its default there). Thread-safe: each thread has its own transaction.
 */
public final class JdbcUnitOfWork {

  private final DataSource dataSource;
  private final Dialect dialect;
  private final ThreadLocal<Bound> bound = new ThreadLocal<>();

  private record Bound(
      Connection connection, boolean claiming, Map<Object, Object> attributes, Map<Object, Deferred> deferred) {}

  /** Writes an adapter deferred; run by {@link #flush()} and before the transaction commits. */
  @FunctionalInterface
  public interface Deferred {
    /**
     * Writes what was deferred since the last flush.
     *
     * @param connection the transaction's connection
     * @throws SQLException when a statement fails (the transaction then rolls back)
     */
    void flush(Connection connection) throws SQLException;
  }

  /**
   * Creates a unit of work over a database.
   *
   * @param dataSource the database, migrated with {@link GridSchema#migrate}; not null
   * @throws JdbcAdapterException if no connection can be made to tell the dialect
   */
  public JdbcUnitOfWork(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.dialect = Dialect.of(dataSource);
  }

  /**
   * Returns the database's dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the data source.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs work in one transaction that every adapter of this unit of work joins: commits when the work returns,
   * rolls back when it throws. Called inside another {@code inTransaction} of this unit of work, it joins the
   * outer transaction.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, after commit
   * @throws JdbcAdapterException if the database fails; nothing of the work is stored
   * @throws RuntimeException what the work threw, after rollback
   */
  public <T> T inTransaction(Supplier<T> work) {
    return bind(false, work);
  }

  /**
   * Runs work as {@link #inTransaction}, and in it the "due" queries of the adapters claim the rows they return:
   * they lock them until commit and skip rows another transaction holds ({@link Dialect#claimSkippingLocked()}).
   * Run the deadline sweep so, and several nodes can sweep one database at once without processing a deadline
   * twice or waiting for each other.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, after commit
   * @throws JdbcAdapterException if the database fails; nothing of the work is stored
   * @throws RuntimeException what the work threw, after rollback
   */
  public <T> T claimingDue(Supplier<T> work) {
    return bind(true, work);
  }

  /**
   * Tells whether the calling thread runs in a transaction of {@link #claimingDue}.
   *
   * @return true when "due" queries should claim the rows they return
   */
  public boolean claiming() {
    Bound b = bound.get();
    return b != null && b.claiming();
  }

  /**
   * Returns an object that lives as long as the calling thread's transaction, for adapters that remember what
   * they read in it (e.g. the versions of the rows they loaded).
   *
   * @param key the object's key, not null
   * @param create makes the object the first time, not null
   * @param <T> the object's type
   * @return the object, or null when the thread runs in no transaction of this unit of work
   */
  @SuppressWarnings("unchecked")
  public <T> T transactionScoped(Object key, Supplier<T> create) {
    Bound b = bound.get();
    return b == null ? null : (T) b.attributes().computeIfAbsent(key, k -> create.get());
  }

  /**
   * Registers an adapter's deferred writes in the calling thread's transaction (once per key): they run at every
   * {@link #flush()} and before the commit, in the order of registration.
   *
   * @param key the adapter's key, not null
   * @param deferred what writes the deferred rows, not null
   * @return false when the thread runs in no transaction of this unit of work (write now instead)
   */
  public boolean defer(Object key, Deferred deferred) {
    Bound b = bound.get();
    if (b == null) {
      return false;
    }
    b.deferred().putIfAbsent(key, deferred);
    return true;
  }

  /**
   * Writes every deferred row of the calling thread's transaction now; adapters call it before they read.
   *
   * @throws JdbcAdapterException if a statement fails (the transaction then rolls back)
   */
  public void flush() {
    Bound b = bound.get();
    if (b != null) {
      try {
        flush(b);
      } catch (SQLException e) {
        throw new JdbcAdapterException("writing deferred rows failed", e);
      }
    }
  }

  private static void flush(Bound b) throws SQLException {
    for (Deferred deferred : b.deferred().values()) {
      deferred.flush(b.connection());
    }
  }

  /**
   * Runs an adapter's statements: in the calling thread's transaction when there is one, else in a transaction
   * of their own. For the adapters built on this unit of work.
   *
   * @param what what the statements do, for the message of a failure
   * @param work the statements, not null
   * @param <T> the result type
   * @return what the work returned
   * @throws JdbcAdapterException if a statement fails (the bound transaction will then roll back)
   */
  public <T> T run(String what, Transactions.Work<T> work) {
    requireNonNull(work, "work");
    Bound b = bound.get();
    if (b == null) {
      return transaction(what, work);
    }
    try {
      return work.apply(b.connection());
    } catch (SQLException e) {
      throw new JdbcAdapterException(what + " failed", e);
    }
  }

  private <T> T bind(boolean claiming, Supplier<T> work) {
    requireNonNull(work, "work");
    Bound outer = bound.get();
    if (outer != null) {
      if (claiming && !outer.claiming()) {
        throw new IllegalStateException("claimingDue cannot join a transaction that does not claim");
      }
      return work.get();
    }
    return transaction(claiming ? "sweeping due requests" : "running a command", connection -> {
      Bound b = new Bound(connection, claiming, new HashMap<>(), new LinkedHashMap<>());
      bound.set(b);
      try {
        T result = work.get();
        flush(b);
        return result;
      } finally {
        bound.remove();
      }
    });
  }

  /** A READ COMMITTED transaction; isolation and auto-commit are set back once it ended. */
  private <T> T transaction(String what, Transactions.Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      // Asking the isolation costs a round trip on PostgreSQL; only MariaDB defaults to another level.
      int isolation = dialect.defaultsToReadCommitted() ? -1 : connection.getTransactionIsolation();
      if (isolation != -1 && isolation != Connection.TRANSACTION_READ_COMMITTED) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException | RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      } finally {
        restore(connection, autoCommit, isolation);
      }
    } catch (SQLException e) {
      throw new JdbcAdapterException(what + " failed", e);
    }
  }

  private static void restore(Connection connection, boolean autoCommit, int isolation) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(autoCommit);
        if (isolation != -1 && isolation != Connection.TRANSACTION_READ_COMMITTED) {
          connection.setTransactionIsolation(isolation);
        }
      }
    } catch (SQLException ignored) {
      // A broken connection: the pool discards it. Nothing of the transaction survives.
    }
  }
}
