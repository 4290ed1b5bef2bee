package org.grid.adapters.jdbc.escalation;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.grid.adapters.jdbc.TestDatabase;

/**
 * jqwik hooks that skip a property container when its database server is not configured (jqwik does not take
 * JUnit's assumptions in {@code @BeforeContainer} as a skip).
 */
final class DatabaseConfigured {

  private DatabaseConfigured() {}

  private static SkipExecutionHook.SkipResult unless(String variable) {
    String url = System.getenv(variable);
    return url == null || url.isBlank()
        ? SkipExecutionHook.SkipResult.skip(variable + " is not set: skipped")
        : SkipExecutionHook.SkipResult.doNotSkip();
  }

  /** Skips unless {@code GRID_TEST_POSTGRES_URL} is set. */
  static final class Postgres implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return unless(TestDatabase.POSTGRES_URL);
    }
  }

  /** Skips unless {@code GRID_TEST_MARIADB_URL} is set. */
  static final class MariaDb implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return unless(TestDatabase.MARIADB_URL);
    }
  }
}
