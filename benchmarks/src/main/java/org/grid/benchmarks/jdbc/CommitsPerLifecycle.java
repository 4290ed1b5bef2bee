package org.grid.benchmarks.jdbc;

import java.util.Map;

/**
 * What one request lifecycle (report, accept, resolve, feedback, satisfied rating) costs the database
 * (每件诉求的提交与写入) through grid ({@link LifecycleBenchmark}'s engine over the JDBC adapter) and through Flowable
 * ({@link FlowableProcessBenchmark}'s engine and model): transactions committed, rollbacks, statements executed and
 * rows written, per lifecycle, and the rows by table and kind (insert, update, delete). Both run on a {@link
 * CountingDataSource} over their usual pool; the set-up (migration, deployment, the calendar, routing table and
 * directories) and a warm-up are left out of the counts.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.jdbc.CommitsPerLifecycle postgres 200}
 * (database: {@code h2} or {@code postgres}, which needs {@code GRID_BENCH_POSTGRES_URL}; lifecycles counted)
 */
public final class CommitsPerLifecycle {

  private static final int WARMUP = 20;

  private CommitsPerLifecycle() {}

  /**
   * Runs the count.
   *
   * @param args database ({@code h2} or {@code postgres}, default {@code postgres}), lifecycles (default 200)
   */
  public static void main(String[] args) {
    String database = args.length > 0 ? args[0] : "postgres";
    int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    if (lifecycles < 1) {
      throw new IllegalArgumentException("lifecycles: at least 1, not " + lifecycles);
    }
    System.out.printf("%s, %,d lifecycles each after %d not counted; per lifecycle:%n", database, lifecycles,
        WARMUP);
    System.out.printf("%-9s %8s %10s %11s %6s%n", "engine", "commits", "rollbacks", "statements", "rows");

    LifecycleBenchmark grid = new LifecycleBenchmark();
    grid.database = database;
    try (BenchDatabase db = BenchDatabase.open(database, 8)) {
      CountingDataSource counter = new CountingDataSource(db.dataSource);
      grid.wire(counter);
      print("grid", count(counter, grid::lifecycle, lifecycles), lifecycles);
    }

    FlowableProcessBenchmark flowable = new FlowableProcessBenchmark();
    flowable.database = database;
    CountingDataSource[] flowableCounter = new CountingDataSource[1];
    flowable.open(pool -> flowableCounter[0] = new CountingDataSource(pool));
    try {
      print("Flowable", count(flowableCounter[0], flowable::lifecycle, lifecycles), lifecycles);
    } finally {
      flowable.tearDown();
    }
  }

  private static CountingDataSource.Counts count(CountingDataSource counter, Runnable lifecycle, int lifecycles) {
    for (int i = 0; i < WARMUP; i++) {
      lifecycle.run();
    }
    CountingDataSource.Counts before = counter.counts();
    for (int i = 0; i < lifecycles; i++) {
      lifecycle.run();
    }
    return counter.counts().minus(before);
  }

  private static void print(String engine, CountingDataSource.Counts counts, int lifecycles) {
    System.out.printf("%-9s %8.2f %10.2f %11.2f %6.2f%n", engine, (double) counts.commits() / lifecycles,
        (double) counts.rollbacks() / lifecycles, (double) counts.statements() / lifecycles,
        (double) counts.rows() / lifecycles);
    for (Map.Entry<String, Long> e : counts.rowsByTable().entrySet()) {
      System.out.printf("    %-28s %6.2f rows%n", e.getKey(), (double) e.getValue() / lifecycles);
    }
  }
}
