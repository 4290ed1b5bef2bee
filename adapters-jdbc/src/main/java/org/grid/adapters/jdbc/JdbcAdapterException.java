package org.grid.adapters.jdbc;

/**
 * Thrown when the database fails a command of the JDBC adapter: the connection dropped, a statement failed, a
 * transaction could not commit. The transaction is rolled back before it is thrown, so stored data is as it was
 * before the command; retrying the command is safe.
 */
public class JdbcAdapterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the adapter was doing, not null
   * @param cause the failure, may be null
   */
  public JdbcAdapterException(String message, Throwable cause) {
    super(message, cause);
  }
}
