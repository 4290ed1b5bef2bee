package org.grid.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import org.grid.core.port.out.Versioned;

/**
 * Optimistic locking (乐观锁) of an aggregate stored as one head row with a {@code version} column and any number
 * of child rows, saved as a whole: the township and team repositories share it.
 *
 * <p>A save locks the head row ({@code SELECT version ... FOR UPDATE}), compares the version, updates the head row
 * first with {@code version = version + 1} (and {@code AND version = ?} when conditional), and only then replaces
 * the child rows, so a refused save has written nothing. A first save inserts the head row under a savepoint: a
 * conditional save that loses the race to create the aggregate returns false; an unconditional one is tried again.
 * A transaction the database aborts to break a deadlock (SQLState class 40; MariaDB's locking read of a missing row
 * takes a gap lock, so two first saves can deadlock) is tried again as a whole by {@link JdbcUnitOfWork}.
 *
 * <p>A read ({@link #read}) reads the version before and after the aggregate's rows. At READ COMMITTED each
 * statement sees the latest commit, so a save committed in between would mix two saves; when the version moved, the
 * rows are read again under the row lock, which every save must pass.
 *
 * <p><b>Internal, not API.</b> Public only because the JDBC adapters of the area subpackages share it; an
 * embedder must not use it. It may change or disappear in any release, including a patch release (docs/api.md
 * lists what is API).
 */
public final class VersionedRows {

  /** The expected version of an unconditional save. */
  public static final long ANY_VERSION = -1;

  private VersionedRows() {}

  /** Reads an aggregate's version from its head row. */
  @FunctionalInterface
  public interface Version {
    /**
     * Reads the head row's version.
     *
     * @param connection the transaction
     * @param lock whether to lock the row ({@code FOR UPDATE})
     * @return the version, or null when there is no head row
     * @throws SQLException when the query fails
     * @throws RowMappingException when the stored version is less than 1
     */
    Long version(Connection connection, boolean lock) throws SQLException;
  }

  /** The statements of one aggregate's rows. */
  public interface Rows extends Version {
    /**
     * Inserts the head row at version 1.
     *
     * @param connection the transaction
     * @throws SQLException when the insert fails; an integrity violation (SQLState class 23) means another
     *     transaction created the aggregate first
     */
    void insertHead(Connection connection) throws SQLException;

    /**
     * Updates the head row and raises its version by one.
     *
     * @param connection the transaction
     * @param expectedVersion the version the row must have ({@code AND version = ?}), or {@link #ANY_VERSION}
     * @return the number of rows updated
     * @throws SQLException when the update fails
     */
    int updateHead(Connection connection, long expectedVersion) throws SQLException;

    /**
     * Writes the child rows, deleting the stored ones first when the aggregate existed.
     *
     * @param connection the transaction
     * @param existed whether the aggregate was stored before this save
     * @throws SQLException when a statement fails
     */
    void replaceChildren(Connection connection, boolean existed) throws SQLException;
  }

  /**
   * Loads an aggregate's rows, between the two version reads of {@link #read(Connection, Version, Loader)}.
   *
   * @param <T> the aggregate's type, such as a township or a team
   */
  @FunctionalInterface
  public interface Loader<T> {
    /**
     * Loads the aggregate.
     *
     * @param connection the transaction
     * @return the aggregate
     * @throws SQLException when a query fails
     */
    T load(Connection connection) throws SQLException;
  }

  /**
   * Saves an aggregate: in the calling thread's unit of work when there is one, else in a transaction of its own.
   *
   * @param unitOfWork the database's unit of work
   * @param what what is saved, for messages ("saving team X of township T")
   * @param expectedVersion the version the stored aggregate must have, 0 when it must not exist, or {@link
   *     #ANY_VERSION} to save unconditionally
   * @param rows the aggregate's statements
   * @return true when saved; false when the stored version differs, and then nothing is written
   * @throws JdbcAdapterException when the database fails, or still aborts the save after {@value
   *     JdbcUnitOfWork#ATTEMPTS} attempts
   */
  public static boolean save(JdbcUnitOfWork unitOfWork, String what, long expectedVersion, Rows rows) {
    String described = what + (expectedVersion == ANY_VERSION ? "" : " at version " + expectedVersion);
    return unitOfWork.run(described, connection -> save(connection, what, expectedVersion, rows));
  }

  private static boolean save(Connection connection, String what, long expectedVersion, Rows rows)
      throws SQLException {
    Long stored = rows.version(connection, true);
    if (expectedVersion != ANY_VERSION && (stored == null ? 0 : stored) != expectedVersion) {
      return false;
    }
    if (stored == null) {
      if (!insert(connection, rows)) {
        if (expectedVersion == ANY_VERSION) {
          throw new TransientConflict("a concurrent save inserted it first");
        }
        return false;
      }
    } else if (rows.updateHead(connection, expectedVersion) != 1) {
      // The head row first, before any child row is touched: its WHERE is the version check that counts.
      if (expectedVersion == ANY_VERSION) {
        throw new IllegalStateException(what + ": the row vanished although this transaction locked it");
      }
      return false;
    }
    rows.replaceChildren(connection, stored != null);
    return true;
  }

  /** Inserts the head row; false, with nothing written, when the aggregate exists by now. */
  private static boolean insert(Connection connection, Rows rows) throws SQLException {
    // A savepoint, so that a concurrent first save of the same id leaves this transaction usable.
    Savepoint savepoint = connection.setSavepoint();
    try {
      rows.insertHead(connection);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        connection.rollback(savepoint);
        return false;
      }
      throw e;
    }
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException ignored) {
      // Some drivers do not release savepoints; it ends with the transaction anyway.
    }
    return true;
  }

  /**
   * Reads an aggregate whole, with the version it was saved at, inside a transaction.
   *
   * @param <T> the aggregate's type
   * @param connection the transaction
   * @param version reads the aggregate's version
   * @param loader loads the aggregate's rows
   * @return the aggregate and its version, or empty when it is not stored
   * @throws SQLException when a query fails
   * @throws RowMappingException when a row does not map (and no save moved the version meanwhile)
   */
  public static <T> Optional<Versioned<T>> read(Connection connection, Version version, Loader<T> loader)
      throws SQLException {
    Long before = version.version(connection, false);
    if (before == null) {
      return Optional.empty();
    }
    T value = null;
    RowMappingException unmapped = null;
    try {
      value = loader.load(connection);
    } catch (RowMappingException e) {
      unmapped = e; // Perhaps rows of two saves; told apart below.
    }
    if (before.equals(version.version(connection, false))) {
      if (unmapped != null) {
        throw unmapped;
      }
      return Optional.of(new Versioned<>(value, before));
    }
    Long locked = version.version(connection, true);
    return locked == null ? Optional.empty() : Optional.of(new Versioned<>(loader.load(connection), locked));
  }

  /**
   * Reads the {@code version} column of an aggregate's head row, optionally locking the row ({@code FOR UPDATE}):
   * what {@link Version#version} answers for most aggregates.
   *
   * @param connection the transaction
   * @param table the head row's table
   * @param where the condition that selects the row, with {@code ?} for the keys
   * @param rowId the row's id for a mapping error, such as {@code T1/TEAM-1}
   * @param lock whether to lock the row
   * @param keys the keys, in the order of {@code where}
   * @return the version, or null when there is no such row
   * @throws SQLException when the query fails
   * @throws RowMappingException when the stored version is less than 1
   */
  public static Long headVersion(Connection connection, String table, String where, String rowId, boolean lock,
      Object... keys) throws SQLException {
    Long[] version = {null};
    Sql.query(connection, "SELECT version FROM " + table + " WHERE " + where + (lock ? " FOR UPDATE" : ""),
        row -> version[0] = row.getLong(1), keys);
    if (version[0] != null && version[0] < 1) {
      throw new RowMappingException(table, rowId, "version", "must be at least 1: " + version[0]);
    }
    return version[0];
  }

}
