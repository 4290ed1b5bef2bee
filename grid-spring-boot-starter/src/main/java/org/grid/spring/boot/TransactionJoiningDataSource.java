package org.grid.spring.boot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source grid's {@code JdbcUnitOfWork} and adapters are built on: the application's data source, except
 * that inside a Spring transaction over it a connection request returns the transaction's own connection, whose
 * commit, close, auto-commit and isolation belong to Spring. grid's unit of work then runs its statements in the
 * application's transaction: the application's commit commits them and its rollback undoes them.
 *
 * <p>A rollback that grid asks for inside such a transaction (its use case threw) marks the Spring transaction
 * rollback-only: the application's commit then rolls back and throws {@code UnexpectedRollbackException}, so no
 * half of a grid use case is ever committed. Outside a Spring transaction connections come from the application's
 * data source as they are, and grid runs its own transactions.
 */
final class TransactionJoiningDataSource extends DelegatingDataSource {

  /**
   * Wraps the application's data source.
   *
   * @param target the data source the application's transaction manager manages, not null
   */
  TransactionJoiningDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    ConnectionHolder holder = SpringTransactions.active(obtainTargetDataSource());
    if (holder == null) {
      return obtainTargetDataSource().getConnection();
    }
    if (holder.isRollbackOnly()) {
      throw new SQLException("the surrounding Spring transaction is already marked rollback-only: grid does not "
          + "start work in it", "25000");
    }
    return joined(holder);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLException("grid connects with the data source's own credentials");
  }

  /** The transaction's connection, with the transaction's demarcation left to Spring. */
  private static Connection joined(ConnectionHolder holder) {
    Connection connection = holder.getConnection();
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "commit", "setAutoCommit", "setTransactionIsolation", "close" -> {
          return null; // Spring's: the application's transaction commits, and returns the connection
        }
        case "rollback" -> {
          if (method.getParameterCount() == 0) {
            holder.setRollbackOnly(); // grid's use case failed: nothing of the surrounding transaction may commit
            return null;
          }
        }
        case "isClosed" -> {
          return connection.isClosed();
        }
        case "equals" -> {
          return proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "toString" -> {
          return "grid's view of a Spring transaction's connection " + connection;
        }
        default -> {
          // passed through below
        }
      }
      try {
        return method.invoke(connection, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(
        TransactionJoiningDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  @Override
  public String toString() {
    return "grid's Spring-transaction-joining view of " + obtainTargetDataSource();
  }

  /**
   * Returns the application's data source.
   *
   * @return the target
   */
  DataSource target() {
    return obtainTargetDataSource();
  }
}
