package org.grid.adapters.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * A data source for fault tests: it wraps a real one and makes statements fail, either the one whose SQL matches a
 * predicate or the Nth statement executed; the failing statement is not run. With {@code dropConnection} the
 * connection is also closed (rolled back by the pool), as when the network drops mid-transaction. It can also fail
 * the commit (before it reaches the database, or after the database committed, as when the acknowledgement is
 * lost), or every {@code getConnection}, as when the pool cannot reach the database.
 */
public final class FaultyDataSource extends DelegatingDataSource {

  private final Predicate<String> failing;
  private final boolean dropConnection;
  private final AtomicInteger executed = new AtomicInteger();
  private volatile Fault fault = Fault.NONE;

  /** A fault outside the statements. */
  public enum Fault {
    /** No fault besides the failing statements. */
    NONE,
    /** {@code commit} throws without committing. */
    COMMIT_REFUSED,
    /** {@code commit} commits, then throws: the caller cannot tell that the transaction was stored. */
    COMMIT_ACKNOWLEDGEMENT_LOST,
    /** {@code getConnection} throws. */
    NO_CONNECTION
  }

  private FaultyDataSource(DataSource delegate, Predicate<String> failing, boolean dropConnection) {
    super(delegate);
    this.failing = failing;
    this.dropConnection = dropConnection;
  }

  /** Fails as {@code fault} says, and no statement. */
  public static FaultyDataSource failing(DataSource delegate, Fault fault) {
    FaultyDataSource source = new FaultyDataSource(delegate, sql -> false, false);
    source.fault = fault;
    return source;
  }

  /** Stops failing, or starts failing another way. */
  public void failFromNowOn(Fault next) {
    this.fault = next;
  }

  /** Fails every statement whose SQL matches {@code sql}. */
  public static FaultyDataSource failingWhen(DataSource delegate, Predicate<String> sql) {
    return new FaultyDataSource(delegate, sql, false);
  }

  /** Fails the {@code n}th statement executed (counting from 1), and drops its connection when asked. */
  public static FaultyDataSource failingNth(DataSource delegate, int n, boolean dropConnection) {
    AtomicInteger count = new AtomicInteger();
    return new FaultyDataSource(delegate, sql -> count.incrementAndGet() == n, dropConnection);
  }

  /** Returns how many statements were executed or attempted through this data source. */
  public int executed() {
    return executed.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    refuseConnection();
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    refuseConnection();
    return wrap(delegate.getConnection(username, password));
  }

  private void refuseConnection() throws SQLException {
    if (fault == Fault.NO_CONNECTION) {
      throw new SQLTransientConnectionException("injected fault: no connection to the database", "08001");
    }
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("commit") && fault == Fault.COMMIT_REFUSED) {
        throw new SQLTransientConnectionException("injected fault: commit refused", "08006");
      }
      Object result = invoke(connection, method, args);
      if (method.getName().equals("commit") && fault == Fault.COMMIT_ACKNOWLEDGEMENT_LOST) {
        throw new SQLTransientConnectionException("injected fault: committed, acknowledgement lost", "08006");
      }
      if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
        return wrapStatement(connection, statement, (String) args[0]);
      }
      if (result instanceof Statement statement) {
        return wrapStatement(connection, statement, null);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Object wrapStatement(Connection connection, Statement statement, String preparedSql) {
    Class<?>[] interfaces = allStatementInterfaces(statement);
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? (String) args[0] : "";
        executed.incrementAndGet();
        if (failing.test(sql)) {
          if (dropConnection) {
            connection.close();
          }
          throw new SQLTransientConnectionException("injected fault at: " + sql);
        }
      }
      return invoke(statement, method, args);
    };
    return Proxy.newProxyInstance(Statement.class.getClassLoader(), interfaces, handler);
  }

  private static Class<?>[] allStatementInterfaces(Statement statement) {
    if (statement instanceof java.sql.CallableStatement) {
      return new Class<?>[] {java.sql.CallableStatement.class};
    }
    if (statement instanceof java.sql.PreparedStatement) {
      return new Class<?>[] {java.sql.PreparedStatement.class};
    }
    return new Class<?>[] {Statement.class};
  }
}
