package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A data source for the deterministic simulation of the request engine: it wraps a real pool and, at every point
 * where a node talks to the database ({@code getConnection}, each statement executed, each commit), asks a {@link
 * Chaos} what happens there. The chaos may fail the call before it reaches the database or after the database did
 * it (the client then cannot tell whether a commit was stored), drop the connection (the pool rolls back what it
 * held, as a server does when the network drops), or let the node die: from then on every call through this data
 * source and its connections fails, so the dying node can store nothing more while its code unwinds. The chaos is
 * also where the simulation runs the other node in between two statements of this one; see {@code
 * EngineSimulation}.
 *
 * <p>Unlike {@link FaultyDataSource}, whose faults a test sets by hand, every decision here comes from the caller's
 * chaos, normally driven by one seeded random, so a run can be replayed.
 */
public final class ChaosDataSource extends DelegatingDataSource {

  /** Where a node talks to the database. */
  public enum Point {
    /** {@code getConnection}. */
    CONNECT,
    /** A statement's {@code execute...} (queries, updates, batches). */
    STATEMENT,
    /** {@code commit}. */
    COMMIT
  }

  /** What happens at a point. */
  public enum Fault {
    /** Nothing: the call goes through. */
    NONE,
    /** The call fails before it reaches the database (at commit: nothing is committed). */
    FAIL_BEFORE,
    /**
     * The database does it, then the call fails: a statement ran (its transaction still rolls back), or a commit
     * was stored although the client saw an error. At {@link Point#CONNECT} it is {@link #FAIL_BEFORE}.
     */
    FAIL_AFTER,
    /** The connection drops before the call: what its transaction did is rolled back, the call fails. */
    KILL,
    /**
     * The database aborts the transaction before the call, as it does a deadlock victim: what the transaction did is
     * rolled back and the call fails with SQLState 40001, which the unit of work answers by trying the whole
     * transaction again. Only at {@link Point#STATEMENT}.
     */
    ABORT,
    /** The node dies before the call: its connection drops, and every later call through this data source fails. */
    DIE
  }

  /** Decides what happens at each point; it may run other work first (another node's steps). */
  @FunctionalInterface
  public interface Chaos {
    /**
     * Decides.
     *
     * @param point where
     * @param sql the statement's SQL at {@link Point#STATEMENT}, else null
     * @return what happens, not null
     */
    Fault at(Point point, String sql);
  }

  /** Thrown when the node dies: an {@link Error}, so that no handler of the node's code takes it for a failure. */
  public static final class NodeDied extends Error {
    private static final long serialVersionUID = 1L;

    NodeDied(String where) {
      super("injected: the node died at " + where, null, false, false);
    }
  }

  private final Chaos chaos;
  private volatile boolean dead;

  /**
   * Wraps a pool.
   *
   * @param delegate the pool, not null
   * @param chaos what happens at each point, not null
   */
  public ChaosDataSource(DataSource delegate, Chaos chaos) {
    super(delegate);
    this.chaos = requireNonNull(chaos, "chaos");
  }

  /**
   * Tells whether the node died.
   *
   * @return true once a {@link Fault#DIE} was injected
   */
  public boolean dead() {
    return dead;
  }

  private void checkAlive() throws SQLException {
    if (dead) {
      throw new SQLNonTransientConnectionException("injected: the node is dead", "08003");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkAlive();
    Fault fault = chaos.at(Point.CONNECT, null);
    checkAlive();
    switch (fault) {
      case NONE -> { }
      case DIE -> {
        dead = true;
        throw new NodeDied("getConnection");
      }
      default -> throw new SQLTransientConnectionException("injected: no connection to the database", "08001");
    }
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the simulation connects with the pool's credentials");
  }

  /** The state of one connection handed out. */
  private final class Handle {
    final Connection connection;
    boolean dropped;

    Handle(Connection connection) {
      this.connection = connection;
    }

    void checkOpen() throws SQLException {
      checkAlive();
      if (dropped) {
        throw new SQLNonTransientConnectionException("injected: the connection was dropped", "08003");
      }
    }

    /** Drops the connection: the pool rolls back its transaction. */
    void drop() throws SQLException {
      if (!dropped) {
        dropped = true;
        connection.close();
      }
    }

    /** Applies a fault before the call; returns whether to fail after it. */
    boolean before(Fault fault, String where) throws SQLException {
      switch (fault) {
        case NONE -> {
          return false;
        }
        case FAIL_BEFORE -> throw new SQLTransientConnectionException("injected: failed before " + where, "08006");
        case FAIL_AFTER -> {
          return true;
        }
        case KILL -> {
          drop();
          throw new SQLNonTransientConnectionException("injected: connection dropped at " + where, "08006");
        }
        case ABORT -> {
          connection.rollback();
          throw new SQLTransactionRollbackException("injected: the transaction was aborted at " + where, "40001");
        }
        case DIE -> {
          dead = true;
          drop();
          throw new NodeDied(where);
        }
        default -> throw new IllegalStateException("fault " + fault);
      }
    }
  }

  private Connection wrap(Connection connection) {
    Handle handle = new Handle(connection);
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("close")) {
        if (!handle.dropped) {
          handle.dropped = true;
          connection.close();
        }
        return null;
      }
      if (name.equals("isClosed")) {
        return handle.dropped || connection.isClosed();
      }
      handle.checkOpen();
      if (name.equals("commit")) {
        boolean failAfter = handle.before(chaos.at(Point.COMMIT, null), "commit");
        handle.checkOpen();
        connection.commit();
        if (failAfter) {
          throw new SQLTransientConnectionException("injected: committed, but the acknowledgement was lost", "08006");
        }
        return null;
      }
      Object result = invoke(connection, method, args);
      if (result instanceof Statement statement) {
        String sql = name.startsWith("prepare") ? (String) args[0] : null;
        return wrapStatement(handle, statement, sql);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Object wrapStatement(Handle handle, Statement statement, String preparedSql) {
    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        handle.checkOpen();
        String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? (String) args[0] : "";
        boolean failAfter = handle.before(chaos.at(Point.STATEMENT, sql), "a statement");
        handle.checkOpen();
        Object result = invoke(statement, method, args);
        if (failAfter) {
          throw new SQLTransientConnectionException("injected: the statement ran, then the call failed", "08006");
        }
        return result;
      }
      if (!method.getName().equals("close")) {
        handle.checkOpen();
      }
      return invoke(statement, method, args);
    };
    return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
