package org.grid.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Flowable's embedded process engine (流程引擎) on a database of its own, with the request-lifecycle model
 * ({@code request-lifecycle.bpmn20.xml}) deployed: H2 in memory with the same settings as {@link BenchDatabase}, or
 * a fresh database on the PostgreSQL server of {@code GRID_BENCH_POSTGRES_URL} (the server grid's benchmarks use),
 * dropped on close. Flowable creates its own tables; history level {@code audit}; its job executor is off (the
 * model's timers are created and deleted with their tasks, none fires during a run). Otherwise Flowable's defaults,
 * with a HikariCP pool of the size grid's benchmark uses.
 */
final class FlowableDatabase implements AutoCloseable {

  /** The process definition key of the model. */
  static final String PROCESS = "requestLifecycle";
  private static final String MODEL = "org/grid/benchmarks/jdbc/request-lifecycle.bpmn20.xml";

  final ProcessEngine engine;
  private final HikariDataSource pool;
  private final Runnable drop;

  private FlowableDatabase(HikariDataSource pool, DataSource dataSource, Runnable drop) {
    this.pool = pool;
    this.drop = drop;
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.AUDIT);
    configuration.setAsyncExecutorActivate(false);
    // Identity management and the event registry are modules of their own that the model does not use.
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    this.engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource(MODEL).deploy();
  }

  /**
   * Opens a database and builds the engine on it.
   *
   * @param kind {@code h2} or {@code postgres}
   * @param poolSize the pool's maximum size
   * @param decorate what the engine gets instead of the pool (a counting wrapper), or the identity
   * @return the engine on its database
   * @throws IllegalArgumentException if {@code kind} is neither
   * @throws IllegalStateException if {@code postgres} and {@code GRID_BENCH_POSTGRES_URL} is not set
   */
  static FlowableDatabase open(String kind, int poolSize, UnaryOperator<DataSource> decorate) {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind.equals("h2")) {
      HikariDataSource pool = pool("jdbc:h2:mem:flowable_" + suffix
          + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128;OPTIMIZE_REUSE_RESULTS=FALSE", poolSize);
      return new FlowableDatabase(pool, decorate.apply(pool), () -> { });
    }
    if (!kind.equals("postgres")) {
      throw new IllegalArgumentException("database: h2 or postgres, not " + kind);
    }
    String url = System.getenv(BenchDatabase.POSTGRES_URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(BenchDatabase.POSTGRES_URL
          + " is not set, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    if (!url.matches("jdbc:postgresql://[^/]+/[^?]*(\\?.*)?")) {
      throw new IllegalArgumentException(BenchDatabase.POSTGRES_URL
          + " must look like jdbc:postgresql://host:port/database?user=name");
    }
    // A database rather than a schema, so that Flowable, left at its defaults, sees no tables but its own.
    String database = "grid_bench_flowable_" + suffix;
    BenchDatabase.execute(url, "CREATE DATABASE " + database);
    String databaseUrl = url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    Runnable drop = () -> BenchDatabase.execute(url, "DROP DATABASE " + database + " WITH (FORCE)");
    HikariDataSource pool = null;
    try {
      pool = pool(databaseUrl, poolSize);
      return new FlowableDatabase(pool, decorate.apply(pool), drop);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      drop.run();
      throw e;
    }
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setPoolName("flowable-bench");
    return new HikariDataSource(config);
  }

  @Override
  public void close() {
    try {
      engine.close();
      pool.close();
    } finally {
      drop.run();
    }
  }
}
