package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.grid.core.port.out.UnitOfWork;

/**
 * The {@link UnitOfWork} over a database, and grid's one transaction template: every JDBC adapter runs its
 * statements through {@link #run}, and every application service runs its use case through {@link #inTransaction}
 * (or {@link #claimingDue}), so what a use case changes is stored all or nothing: the request engine's save of a
 * request and the write of its events to the outbox commit together, a township's pairings are replaced in one
 * transaction.
 *
 * <p>The transaction is bound to the calling thread and to the {@link DataSource}: every {@code JdbcUnitOfWork} over
 * the same data source object, and so every adapter built on that data source, joins it, however they were built.
 * Outside a unit of work each adapter call runs in a transaction of its own. Give every adapter and the unit of
 * work the same data source object (one pool): a wrapped or second pool is another database to this class.
 *
 * <pre>{@code
 * JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
 * RequestService engine = new RequestService(new JdbcRequestRepository(unitOfWork), routing, calendars,
 *     new JdbcRequestEventPublisher(unitOfWork), unitOfWork, clock, policy, validator,
 *     new RequestAuthorization(new JdbcStaffDirectory(unitOfWork), new JdbcPlaceDirectory(unitOfWork), permissions));
 * CommandOutcome outcome = engine.handle(command);          // one transaction, events included
 * SweepResult swept = engine.processDue(clock.instant());   // one claiming transaction per batch
 * }</pre>
 *
 * <p>Transient failures are tried again as a whole, at most {@value #ATTEMPTS} times in all: a transaction the
 * database aborted to break a deadlock or a serialization conflict (SQLState class 40), and an integrity violation
 * (class 23), which is how a concurrent insert of the same key shows (the next attempt then finds the other's row).
 * The work of {@link #inTransaction} must therefore have no effect outside the database; the application services'
 * use cases have none. Inside a unit of work an adapter's statements are never tried again on their own: the whole
 * unit is.
 *
 * <p>Transactions run at READ COMMITTED: on MariaDB (whose default is REPEATABLE READ) the unit of work sets it for
 * each transaction, on H2 and PostgreSQL it is the default (keep the pool's isolation at its default there).
 * Thread-safe: each thread has its own transaction.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

  /** How often a transaction is tried in all when it fails transiently. */
  public static final int ATTEMPTS = 3;

  /** The calling thread's transactions, one per data source (by identity). */
  private static final ThreadLocal<Map<DataSource, Bound>> BOUND = ThreadLocal.withInitial(IdentityHashMap::new);

  private final DataSource dataSource;
  /** Told by the first connection this unit of work opens, so that it can be built while the database is down. */
  private volatile Dialect dialect;

  private record Bound(
      Connection connection, boolean claiming, boolean own, Map<Object, Object> attributes,
      Map<Object, Deferred> deferred, List<Sql.GuardedUpdate<?>> updates, List<Sql.Rows<?>> inserts) {}

  /**
   * Work on a connection inside a transaction: an adapter's statements, handed to {@link #run(String, Work)}.
   *
   * @param <T> what the work returns to the adapter, for example the aggregate or the rows it read
   */
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
   * @param dataSource the database, migrated with {@link GridSchema#migrate}; not null. No connection is made
   *     until the first transaction, so a unit of work (and every adapter) can be built while the database is down
   */
  public JdbcUnitOfWork(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  /**
   * Returns the database's dialect, connecting to tell it the first time. Internal, like {@link Dialect}: for the
   * JDBC adapters of the area subpackages, not for embedders.
   *
   * @return the dialect
   * @throws JdbcAdapterException if no connection can be made to tell it, or the database is not supported
   */
  public Dialect dialect() {
    Dialect d = dialect;
    if (d == null) {
      // Inside a transaction (perhaps begun by another unit of work over the data source) its connection tells it:
      // no second connection while one is held.
      Bound b = bound();
      if (b == null) {
        d = Dialect.of(dataSource);
      } else {
        try {
          d = Dialect.of(b.connection());
        } catch (SQLException e) {
          throw new JdbcAdapterException("telling the database's dialect failed", e);
        }
      }
      dialect = d;
    }
    return d;
  }

  private Dialect dialect(Connection connection) throws SQLException {
    Dialect d = dialect;
    if (d == null) {
      d = Dialect.of(connection);
      dialect = d;
    }
    return d;
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
   * Runs work in one transaction that every adapter over this data source joins: commits when the work returns,
   * rolls back when it throws, and runs it again after a transient failure. Called inside another unit of work
   * over the same data source, it joins the outer transaction.
   *
   * @param work the work, not null; it may run up to {@value #ATTEMPTS} times
   * @param <T> the result type
   * @return what the work returned, after commit
   * @throws JdbcAdapterException if the database fails; nothing of the work is stored
   * @throws RuntimeException what the work threw, after rollback
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return bind(false, work);
  }

  /**
   * Runs work as {@link #inTransaction}, and in it the "due" queries of the adapters claim the rows they return:
   * they lock them until commit and skip rows another transaction holds ({@link Dialect#claimSkippingLocked()}).
   * The deadline sweep runs each batch so, and several nodes can sweep one database at once without processing a
   * deadline twice or waiting for each other.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, after commit
   * @throws IllegalStateException if called inside a transaction that does not claim
   * @throws JdbcAdapterException if the database fails; nothing of the work is stored
   * @throws RuntimeException what the work threw, after rollback
   */
  @Override
  public <T> T claimingDue(Supplier<T> work) {
    return bind(true, work);
  }

  /**
   * Tells whether the calling thread runs in a claiming transaction ({@link #claimingDue}) over this data source.
   *
   * @return true when "due" queries should claim the rows they return
   */
  public boolean claiming() {
    Bound b = bound();
    return b != null && b.claiming();
  }

  /**
   * Tells whether the calling thread runs in a unit of work over this data source.
   *
   * @return true inside {@link #inTransaction} or {@link #claimingDue}
   */
  public boolean inUnitOfWork() {
    return bound() != null;
  }

  /**
   * Returns an object that lives as long as the calling thread's transaction, for adapters that remember what
   * they read in it (e.g. the versions of the rows they loaded).
   *
   * @param key the object's key, not null
   * @param create makes the object the first time, not null
   * @param <T> the object's type
   * @return the object, or null when the thread runs in no unit of work over this data source
   */
  @SuppressWarnings("unchecked")
  public <T> T transactionScoped(Object key, Supplier<T> create) {
    Bound b = bound();
    return b == null ? null : (T) b.attributes().computeIfAbsent(key, k -> create.get());
  }

  /**
   * Registers an adapter's deferred writes in the calling thread's transaction (once per key): they run at every
   * {@link #flush()} and before the commit, in the order of registration.
   *
   * @param key the adapter's key, not null
   * @param deferred what writes the deferred rows, not null
   * @return false when the thread runs in no unit of work over this data source (write now instead)
   */
  public boolean defer(Object key, Deferred deferred) {
    Bound b = bound();
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
    Bound b = bound();
    if (b != null) {
      try {
        flush(b);
      } catch (SQLException e) {
        throw new JdbcAdapterException("writing deferred rows failed", e);
      }
    }
  }

  private void flush(Bound b) throws SQLException {
    for (Deferred deferred : b.deferred().values()) {
      deferred.flush(b.connection());
    }
    writeInserts(b);
  }

  /**
   * Inserts rows later in the transaction of the current unit of work: before the next statement any adapter runs in
   * it ({@link #run}), or at its end, before the commit. On PostgreSQL all the rows waiting then go in one round trip
   * (their multi-row inserts in one statement); on the other databases in one multi-row insert per table and chunk,
   * as {@link Sql#insertRows} writes them. The rows are inserted in the order they were given, within and across
   * calls. Outside a unit of work nothing waits: the call returns false and the caller inserts the rows itself.
   *
   * <p><b>Internal, not API</b>, like {@link Sql}, whose row binder it takes: public for the adapters of this
   * module's other packages (docs/api.md).
   *
   * @param <T> what a row is made from
   * @param table the table, not null
   * @param columns the columns the binder binds, in order, not null
   * @param rows the rows, possibly empty, not null; not changed afterwards
   * @param binder binds one row, not null
   * @return true if the rows wait for the unit of work; false outside one
   */
  public <T> boolean insertLater(String table, List<String> columns, List<T> rows, Sql.RowBinder<T> binder) {
    requireNonNull(table, "table");
    requireNonNull(columns, "columns");
    requireNonNull(rows, "rows");
    requireNonNull(binder, "binder");
    Bound b = bound();
    if (b == null) {
      return false;
    }
    if (!rows.isEmpty()) {
      b.inserts().add(new Sql.Rows<>(table, columns, rows, binder));
    }
    return true;
  }

  /**
   * Updates one row later in the transaction of the current unit of work, with the rows waiting to be inserted
   * ({@link #insertLater}), ahead of them: for a conditional update that must change exactly one row (on the version
   * the transaction read), whose round trip of its own the save of a command then does not pay. Only on PostgreSQL,
   * in a transaction this unit of work began and that does not claim ({@link #claimingDue} batches its own): the
   * update goes to the server in the statement of the transaction's last inserts and its {@code COMMIT}, guarded so
   * that the server stops the statement, the {@code COMMIT} included, when the update changes no row ({@link
   * Sql.GuardedUpdate}); the whole transaction is then tried again, as after a lost insert race, and its new attempt
   * reads the row that another transaction changed. A statement any adapter runs before the end sends the waiting
   * update and inserts first, the same way. Elsewhere the call returns false and the caller updates at once.
   *
   * <p><b>Internal, not API</b>, like {@link #insertLater}.
   *
   * @param <T> what the update's values are made from
   * @param what the row, for the message of a miss ("request R1 at version 3"), not null
   * @param update the {@code UPDATE} with {@code ?} parameters (no {@code ?} elsewhere in its text), not null
   * @param row what the values are made from, not null
   * @param binder binds the values to parameters {@code offset + 1}, ..., not null
   * @return true if the update waits for the unit of work; false when the caller must run it now
   */
  public <T> boolean updateLater(String what, String update, T row, Sql.RowBinder<T> binder) {
    requireNonNull(what, "what");
    requireNonNull(update, "update");
    requireNonNull(row, "row");
    requireNonNull(binder, "binder");
    Bound b = bound();
    if (b == null || !b.own() || b.claiming() || dialect() != Dialect.POSTGRESQL) {
      return false;
    }
    b.updates().add(new Sql.GuardedUpdate<>(what, update, row, binder));
    return true;
  }

  /**
   * Writes what waits at the end of the unit of work. On PostgreSQL, when rows wait to be inserted and the
   * transaction is this unit of work's own, their statement also commits it
   * ({@link Sql#insertTogether(Connection, List, List, boolean)}): the commit then costs no round trip of its own.
   *
   * @param own whether this unit of work began the transaction (the connection came with auto-commit on); a
   *     connection handed over already in a transaction (an application's, as Spring's joined one) is never committed
   *     here, its owner ends the transaction
   * @return true when the transaction is committed
   */
  private boolean flushAndCommit(Bound b, boolean own) throws SQLException {
    for (Deferred deferred : b.deferred().values()) {
      deferred.flush(b.connection());
    }
    if (!own || (b.inserts().isEmpty() && b.updates().isEmpty())
        || dialect(b.connection()) != Dialect.POSTGRESQL) {
      writeInserts(b);
      return false;
    }
    List<Sql.GuardedUpdate<?>> updates = List.copyOf(b.updates());
    b.updates().clear();
    List<Sql.Rows<?>> inserts = List.copyOf(b.inserts());
    b.inserts().clear();
    Sql.insertTogether(b.connection(), updates, inserts, true);
    return true;
  }

  private void writeInserts(Bound b) throws SQLException {
    if (b.inserts().isEmpty() && b.updates().isEmpty()) {
      return;
    }
    List<Sql.GuardedUpdate<?>> updates = List.copyOf(b.updates());
    b.updates().clear();
    List<Sql.Rows<?>> inserts = List.copyOf(b.inserts());
    b.inserts().clear();
    if (dialect(b.connection()) == Dialect.POSTGRESQL) {
      Sql.insertTogether(b.connection(), updates, inserts, false);
    } else {
      for (Sql.Rows<?> rows : inserts) {
        insertRows(b.connection(), rows);
      }
    }
  }

  private static <T> void insertRows(Connection connection, Sql.Rows<T> rows) throws SQLException {
    Sql.insertRows(connection, rows.table(), rows.columns(), rows.rows(), rows.binder());
  }

  /**
   * Runs an adapter's statements: in the calling thread's transaction over this data source when there is one,
   * else in a transaction of their own (tried again after a transient failure).
   *
   * @param what what the statements do, for the message of a failure ("saving township T01")
   * @param work the statements, not null
   * @param <T> the result type
   * @return what the work returned
   * @throws JdbcAdapterException if a statement fails (a bound transaction will then roll back)
   */
  public <T> T run(String what, Work<T> work) {
    requireNonNull(work, "work");
    Bound b = bound();
    if (b == null) {
      return transaction(what, work);
    }
    try {
      writeInserts(b);
      return work.apply(b.connection());
    } catch (SQLException e) {
      throw new JdbcAdapterException(what + " failed", e);
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

  /** A failure worth a new attempt of the whole transaction. */
  static boolean isTransient(Throwable failure) {
    return failure instanceof TransientConflict || causedBySqlState(failure, "40", "23");
  }

  private Bound bound() {
    return BOUND.get().get(dataSource);
  }

  private <T> T bind(boolean claiming, Supplier<T> work) {
    requireNonNull(work, "work");
    Bound outer = bound();
    if (outer != null) {
      if (claiming && !outer.claiming()) {
        throw new IllegalStateException("claimingDue cannot join a transaction that does not claim");
      }
      return work.get();
    }
    Ending ending = new Ending();
    return transaction(claiming ? "sweeping due requests" : "running a use case", connection -> {
      ending.committed = false;
      Bound b = new Bound(connection, claiming, ending.own, new HashMap<>(), new LinkedHashMap<>(),
          new ArrayList<>(), new ArrayList<>());
      Map<DataSource, Bound> bound = BOUND.get();
      bound.put(dataSource, b);
      try {
        T result = work.get();
        ending.committed = flushAndCommit(b, ending.own);
        return result;
      } finally {
        bound.remove(dataSource);
        if (bound.isEmpty()) {
          BOUND.remove();
        }
      }
    }, ending);
  }

  /** A READ COMMITTED transaction of its own, tried again after a transient failure. */
  private <T> T transaction(String what, Work<T> work) {
    return transaction(what, work, null);
  }

  /**
   * How a transaction ends: whether it is the unit of work's own (told by {@link #transactionOnce}) and whether the
   * work's last statement committed it already (told by the work).
   */
  private static final class Ending {
    boolean own;
    boolean committed;
  }

  /**
   * A READ COMMITTED transaction of its own, tried again after a transient failure; {@code ending}, when given, is
   * told whether the transaction is the unit of work's own and tells whether the work committed it already.
   */
  private <T> T transaction(String what, Work<T> work, Ending ending) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactionOnce(what, work, ending);
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isTransient(e)) {
          if (e instanceof TransientConflict conflict) {
            throw new JdbcAdapterException(what + " failed " + ATTEMPTS + " times: " + conflict.getMessage(), null);
          }
          throw e;
        }
      }
    }
  }

  private <T> T transactionOnce(String what, Work<T> work, Ending ending) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (ending != null) {
        // With auto-commit on, the transaction begins here and is ours to end; otherwise the connection may be in
        // its owner's transaction (an application's), which only its owner commits.
        ending.own = autoCommit;
      }
      // Asking the isolation costs a round trip on PostgreSQL; only MariaDB defaults to another level.
      int isolation = dialect(connection).defaultsToReadCommitted() ? -1 : connection.getTransactionIsolation();
      if (isolation != -1 && isolation != Connection.TRANSACTION_READ_COMMITTED) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        if (ending == null || !ending.committed) {
          connection.commit();
        }
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
