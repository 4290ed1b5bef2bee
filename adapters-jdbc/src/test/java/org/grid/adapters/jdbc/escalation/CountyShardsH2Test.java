package org.grid.adapters.jdbc.escalation;

import org.grid.adapters.jdbc.TestDatabase;

/** Two counties on two H2 databases through one node. */
class CountyShardsH2Test extends AbstractCountyShardsTest {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
