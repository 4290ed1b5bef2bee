package org.grid.adapters.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that counts the round trips its connections make to the server: every {@code execute…} of a
 * statement (a JDBC batch counts once: the drivers send it in one exchange), every commit and rollback, and every
 * savepoint set or released, and every call that asks the server (the isolation level, a validity check). Opening a transaction is not counted: the
 * PostgreSQL and MariaDB drivers send {@code BEGIN} with the first statement. It keeps the list of what it counted,
 * to print when a count is not what a test expects.
 */
public final class RoundTripCountingDataSource extends DelegatingDataSource {

  private final List<String> trips = new ArrayList<>();

  /**
   * Wraps a data source.
   *
   * @param delegate the real data source, not null
   */
  public RoundTripCountingDataSource(DataSource delegate) {
    super(delegate);
  }

  /** Returns the number of round trips counted since the last {@link #reset()}. */
  public synchronized int count() {
    return trips.size();
  }

  /** Returns what was counted since the last {@link #reset()}, one line per round trip. */
  public synchronized List<String> trips() {
    return List.copyOf(trips);
  }

  /** Forgets what was counted. */
  public synchronized void reset() {
    trips.clear();
  }

  private synchronized void count(String what) {
    trips.add(what);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(delegate.getConnection(username, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "commit", "rollback", "setSavepoint", "releaseSavepoint", "getTransactionIsolation",
            "setTransactionIsolation", "isValid" ->
            count(method.getName());
        default -> { }
      }
      Object result = invoke(connection, method, args);
      if (result instanceof PreparedStatement statement) {
        return wrap(statement, PreparedStatement.class, (String) args[0]);
      }
      if (result instanceof Statement statement) {
        return wrap(statement, Statement.class, null);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Object wrap(Statement statement, Class<?> type, String preparedSql) {
    List<String> batched = new ArrayList<>();
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch")) {
        batched.add(args != null && args.length > 0 ? (String) args[0] : preparedSql);
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        count("batch of " + batched.size() + ": " + (batched.isEmpty() ? "" : batched.get(0)));
        batched.clear();
      } else if (name.startsWith("execute")) {
        count(preparedSql != null ? preparedSql : (String) args[0]);
      }
      return invoke(statement, method, args);
    };
    return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
