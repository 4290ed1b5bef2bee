package org.grid.adapters.jdbc.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.escalation.RequestChildren.Sizes;
import org.grid.escalation.model.RequestRecord;

/**
 * What the request repository remembers within one transaction, and the batching of a sweep's saves. It keeps the
 * sizes of the child rows of every request read or written in the transaction, so that a save of a request read
 * at the expected version needs no locking read first. Inside {@link JdbcUnitOfWork#claimingDue} the due queries
 * lock the rows they return ({@code FOR UPDATE SKIP LOCKED}); the conditional update of a row so claimed cannot
 * fail, so its save is deferred and written with the others in one JDBC batch of updates and multi-row inserts of
 * the child rows, at the next read or before the commit.
 */
final class ClaimBatching {

  private final JdbcUnitOfWork unitOfWork;

  /** Saves not yet written in a claiming transaction: each request with the sizes stored before it. */
  private static final class Pending {
    final List<RequestRecord> records = new ArrayList<>();
    final List<Sizes> before = new ArrayList<>();
  }

  ClaimBatching(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  private Map<String, Sizes> seen() {
    return unitOfWork.transactionScoped(this, HashMap::new);
  }

  /**
   * Returns the sizes of a request as read or written in the calling thread's transaction.
   *
   * @param id the request's id
   * @return the sizes, or null when it was not read or written in this transaction (or there is none)
   */
  Sizes sizes(String id) {
    Map<String, Sizes> seen = seen();
    return seen == null ? null : seen.get(id);
  }

  /** Remembers the sizes of a request read in the calling thread's transaction (nothing outside one). */
  void read(String id, Sizes sizes) {
    Map<String, Sizes> seen = seen();
    if (seen != null) {
      seen.put(id, sizes);
    }
  }

  /** Remembers a request written in the calling thread's transaction, whose row it now holds locked. */
  void written(RequestRecord record) {
    read(record.id().value(), Sizes.of(record));
  }

  /**
   * In a claiming transaction, defers the save of a request this transaction claimed at the expected version.
   *
   * @param record the request to save
   * @param expectedVersion the version read
   * @return true when deferred; false when it must be written now (not claimed, not at that version, or not in a
   *     claiming transaction)
   */
  boolean defer(RequestRecord record, long expectedVersion) {
    if (!unitOfWork.claiming()) {
      return false;
    }
    Sizes sizes = sizes(record.id().value());
    if (sizes == null || !sizes.locked() || sizes.version() != expectedVersion) {
      return false;
    }
    Pending pending = unitOfWork.transactionScoped(Pending.class, Pending::new);
    if (!unitOfWork.defer(Pending.class, connection -> write(connection, pending))) {
      return false;
    }
    pending.records.add(record);
    pending.before.add(sizes);
    written(record);
    return true;
  }

  private void write(Connection connection, Pending pending) throws SQLException {
    if (pending.records.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(RequestRowCodec.UPDATE)) {
      for (int i = 0; i < pending.records.size(); i++) {
        RequestRecord record = pending.records.get(i);
        int next = RequestRowCodec.COLUMNS.bindChanging(statement, 0, record);
        statement.setString(next + 1, record.id().value());
        statement.setLong(next + 2, pending.before.get(i).version());
        statement.addBatch();
      }
      int[] counts = statement.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 1 && counts[i] != Statement.SUCCESS_NO_INFO) {
          throw new IllegalStateException("request " + pending.records.get(i).id()
              + " was claimed by this transaction, yet its conditional update changed " + counts[i] + " rows");
        }
      }
    }
    RequestChildren.append(unitOfWork, connection, pending.records, pending.before);
    pending.records.clear();
    pending.before.clear();
  }
}
