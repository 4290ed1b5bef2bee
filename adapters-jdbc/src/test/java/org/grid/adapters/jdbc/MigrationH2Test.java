package org.grid.adapters.jdbc;

/** Migrations on H2. */
class MigrationH2Test extends AbstractMigrationTest {

  @Override
  protected TestDatabase freshDatabase() {
    return TestDatabase.h2();
  }
}
