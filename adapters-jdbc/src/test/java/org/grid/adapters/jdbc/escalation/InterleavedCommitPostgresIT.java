package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;

/**
 * {@link InterleavedCommitTest}'s cases on PostgreSQL (skipped unless GRID_TEST_POSTGRES_URL is set): there a
 * command's conditional update of the request goes to the server in one statement with its child and outbox rows
 * and the COMMIT, guarded ({@link org.grid.adapters.jdbc.JdbcUnitOfWork#updateLater}), so the other node's commit
 * lands between the read and that statement; the guard stops it before the COMMIT, and the command tried again
 * reads the other's version: a duplicate of itself, or stale.
 */
class InterleavedCommitPostgresIT extends InterleavedCommitTest {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }

  @Override
  boolean readsChildrenApart() {
    return false;
  }

  @Override
  boolean triesACommandAgainWhenItsRowChanged() {
    return true;
  }
}
