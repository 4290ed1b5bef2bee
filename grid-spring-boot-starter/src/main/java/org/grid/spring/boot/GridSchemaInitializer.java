package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.grid.adapters.jdbc.GridSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings grid's schema up to date when the application starts (架构迁移), with grid's own Flyway history table
 * ({@value GridSchema#HISTORY_TABLE}), so that an application's own Flyway history ({@code flyway_schema_history})
 * is never touched. It runs after the application's Flyway migration when there is one (the auto-configuration
 * makes this bean depend on it), so that the application's Flyway still meets the schema it left.
 */
public final class GridSchemaInitializer implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(GridSchemaInitializer.class);

  private final DataSource dataSource;
  private volatile int applied = -1;

  /**
   * Creates the initializer.
   *
   * @param dataSource the application's data source, not null
   */
  public GridSchemaInitializer(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  /**
   * Migrates the schema.
   *
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if a migration fails: the application does not start
   */
  @Override
  public void afterPropertiesSet() {
    applied = GridSchema.migrate(dataSource);
    LOG.info("grid's schema is current ({} migrations applied now, history in {})", applied,
        GridSchema.HISTORY_TABLE);
  }

  /**
   * Returns how many migrations this start applied.
   *
   * @return the count, or -1 before the migration ran
   */
  public int applied() {
    return applied;
  }
}
