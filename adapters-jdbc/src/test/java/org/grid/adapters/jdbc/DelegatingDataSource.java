package org.grid.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the fault-injecting data sources of the tests ({@link FaultyDataSource}, {@link ChaosDataSource}) share: every
 * method but {@code getConnection} passed to the real data source, and the call of a wrapped object's method that
 * rethrows what the method threw rather than the reflection's wrapper.
 */
public abstract class DelegatingDataSource implements DataSource {

  /** The real data source. */
  protected final DataSource delegate;

  /**
   * Wraps a data source.
   *
   * @param delegate the real data source, not null
   */
  protected DelegatingDataSource(DataSource delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  /**
   * Returns a data source that hands out one connection its owner holds in a transaction, as Spring hands over a
   * transaction grid joins: the connection's commit, close, auto-commit and isolation stay the owner's (the calls
   * do nothing).
   *
   * @param base the real data source, for everything else
   * @param connection the owner's connection
   * @return the data source
   */
  public static DataSource owned(DataSource base, Connection connection) {
    Connection handed = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
          case "commit", "close", "setAutoCommit", "setTransactionIsolation" -> null;
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> invoke(connection, method, args);
        });
    return new DelegatingDataSource(base) {
      @Override
      public Connection getConnection() {
        return handed;
      }

      @Override
      public Connection getConnection(String username, String password) {
        return handed;
      }
    };
  }

  /**
   * Calls a method of a wrapped connection or statement, as a proxy's handler does.
   *
   * @param target the wrapped object
   * @param method the method
   * @param args its arguments
   * @return what it returned
   * @throws Throwable what it threw
   */
  public static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
