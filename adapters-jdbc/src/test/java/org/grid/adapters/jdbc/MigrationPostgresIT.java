package org.grid.adapters.jdbc;

/** Migrations on Postgres. */
class MigrationPostgresIT extends AbstractMigrationTest {

  @Override
  protected TestDatabase freshDatabase() {
    return TestDatabase.postgres();
  }
}
