package org.grid.benchmarks.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source (计数数据源) that counts what its callers send over JDBC: transactions committed (explicit
 * {@code commit()} calls, statements that end with a {@code COMMIT}, and statements that changed rows while
 * auto-commit was on), rollbacks, statements
 * executed (a batch counts once: one round trip) and rows changed (the update counts the driver returns), in all and
 * by table and kind (read from the statement's text: the word after {@code INSERT INTO}, {@code UPDATE} or {@code
 * DELETE FROM}, e.g. {@code grid_outbox insert}). Used by {@link CommitsPerLifecycle} to compare what grid and
 * Flowable write for the same lifecycle; it keeps no parameter value.
 */
final class CountingDataSource implements DataSource {

  /**
   * A statement that ends with a {@code COMMIT} of its own: on PostgreSQL grid's unit of work sends the commit with
   * the transaction's last inserts (one round trip) instead of calling {@code commit()}.
   */
  private static final Pattern COMMITS = Pattern.compile("(?:^|;)\\s*commit\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);

  /** A statement that writes, and the table it writes to. */
  private static final Pattern WRITE = Pattern.compile(
      "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

  private final DataSource target;
  private final LongAdder commits = new LongAdder();
  private final LongAdder rollbacks = new LongAdder();
  private final LongAdder statements = new LongAdder();
  private final LongAdder rows = new LongAdder();
  private final Map<String, LongAdder> rowsByTable = new ConcurrentHashMap<>();

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** The counts so far. */
  Counts counts() {
    Map<String, Long> byTable = new TreeMap<>();
    rowsByTable.forEach((table, n) -> byTable.put(table, n.sum()));
    return new Counts(commits.sum(), rollbacks.sum(), statements.sum(), rows.sum(), byTable);
  }

  /**
   * What was counted.
   *
   * @param commits transactions committed: {@code commit()} calls plus row-changing statements run in auto-commit
   * @param rollbacks {@code rollback()} calls
   * @param statements statements executed; a batch is one
   * @param rows rows inserted, updated or deleted, as the driver reported them
   * @param rowsByTable the same by table and kind ({@code grid_outbox insert}), in lower case
   */
  record Counts(long commits, long rollbacks, long statements, long rows, Map<String, Long> rowsByTable) {

    /** The counts since {@code before}. */
    Counts minus(Counts before) {
      Map<String, Long> byTable = new TreeMap<>(rowsByTable);
      before.rowsByTable.forEach((table, n) -> byTable.merge(table, -n, Long::sum));
      byTable.values().removeIf(n -> n == 0);
      return new Counts(commits - before.commits, rollbacks - before.rollbacks, statements - before.statements,
          rows - before.rows, byTable);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connection(target.getConnection(username, password));
  }

  private Connection connection(Connection connection) throws SQLException {
    boolean[] autoCommit = {connection.getAutoCommit()};
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      switch (method.getName()) {
        case "commit" -> commits.increment();
        case "rollback" -> {
          if (args == null || args.length == 0) {
            rollbacks.increment();
          }
        }
        case "setAutoCommit" -> autoCommit[0] = (Boolean) args[0];
        case "createStatement" -> result = statement((Statement) result, Statement.class, null, autoCommit);
        case "prepareStatement" ->
            result = statement((Statement) result, PreparedStatement.class, (String) args[0], autoCommit);
        case "prepareCall" ->
            result = statement((Statement) result, CallableStatement.class, (String) args[0], autoCommit);
        default -> { }
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  private Statement statement(Statement statement, Class<? extends Statement> type, String prepared,
      boolean[] autoCommit) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(statement, method, args);
      String name = method.getName();
      if (name.startsWith("execute")) {
        statements.increment();
        long changed = switch (name) {
          case "executeUpdate", "executeLargeUpdate" -> ((Number) result).longValue();
          case "executeBatch" -> sum((int[]) result);
          case "executeLargeBatch" -> sum((long[]) result);
          case "execute" -> Boolean.FALSE.equals(result) ? Math.max(0, statement.getUpdateCount()) : 0;
          default -> 0; // executeQuery
        };
        rows.add(changed);
        String sql = prepared != null ? prepared
            : args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        if (changed > 0 && sql != null) {
          Matcher write = WRITE.matcher(sql);
          String key = write.find() ? write.group(1).replace("\"", "").toLowerCase(Locale.ROOT) + " "
              + write.group(0).strip().substring(0, 6).toLowerCase(Locale.ROOT) : "(other)";
          rowsByTable.computeIfAbsent(key, k -> new LongAdder()).add(changed);
        }
        if (autoCommit[0] && changed > 0 || sql != null && COMMITS.matcher(sql).find()) {
          commits.increment();
        }
      }
      return result;
    };
    return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static long sum(int[] counts) {
    long sum = 0;
    for (int c : counts) {
      sum += Math.max(0, c);
    }
    return sum;
  }

  private static long sum(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum += Math.max(0, c);
    }
    return sum;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
