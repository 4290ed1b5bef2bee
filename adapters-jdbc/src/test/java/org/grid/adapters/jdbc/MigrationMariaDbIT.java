package org.grid.adapters.jdbc;

/** Migrations on MariaDb. */
class MigrationMariaDbIT extends AbstractMigrationTest {

  @Override
  protected TestDatabase freshDatabase() {
    return TestDatabase.mariadb();
  }
}
