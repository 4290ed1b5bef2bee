package org.grid.adapters.jdbc;

/**
 * A conflict with a concurrent transaction that a new attempt resolves (an adapter lost the race to insert a row
 * it then finds): {@link JdbcUnitOfWork} tries the whole transaction again. Without a stack trace: it is control
 * flow, never shown.
 */
final class TransientConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TransientConflict(String message) {
    super(message, null, false, false);
  }
}
