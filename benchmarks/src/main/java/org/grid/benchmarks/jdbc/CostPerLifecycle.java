package org.grid.benchmarks.jdbc;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one request lifecycle of {@link LifecycleBenchmark} (report, accept, resolve, feedback, satisfied rating:
 * five commits) costs on PostgreSQL (每件诉求的处理开销), both sides of the connection: the benchmark JVM's CPU time
 * (the whole process: the engine, the adapter, the driver, its JIT compilers and collector), the CPU time of the
 * database's backends (utime + stime of the server processes connected to the benchmark's database, read from
 * {@code /proc}, so the server must run on this machine), the WAL the server wrote ({@code pg_current_wal_lsn()}
 * before and after: the whole server's, so other databases' writes count too while the run lasts) and the rows and
 * HOT updates by table ({@code pg_stat_user_tables} of the benchmark's schema). A warm-up is left out of the counts.
 * The start and end LSN and the database's oid are printed, for a count of this database's WAL alone with {@code
 * pg_waldump}.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.jdbc.CostPerLifecycle 4 500 2000}
 * (threads, lifecycles of warm-up, lifecycles counted; needs {@code GRID_BENCH_POSTGRES_URL}, ideally naming a
 * database no other program uses, so that its backends are the benchmark's alone)
 */
public final class CostPerLifecycle {

  /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private CostPerLifecycle() {}

  /**
   * Runs the measurement.
   *
   * @param args threads (default 1), lifecycles of warm-up (default 500), lifecycles counted (default 2000)
   * @throws Exception if a lifecycle or a query fails
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int lifecycles = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    String url = System.getenv(BenchDatabase.POSTGRES_URL);
    LifecycleBenchmark grid = new LifecycleBenchmark();
    grid.database = "postgres";
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (BenchDatabase db = BenchDatabase.open("postgres", Math.max(8, threads));
        Connection control = DriverManager.getConnection(url)) {
      grid.wire(db.dataSource);
      String schema;
      try (Connection c = db.dataSource.getConnection()) {
        schema = c.getSchema();
      }
      run(grid, threads, warmup);
      String oid = one(control, "SELECT oid FROM pg_database WHERE datname = current_database()");
      String lsnStart = one(control, "SELECT pg_current_wal_lsn()");
      double serverBefore = backendSeconds(control);
      long jvmBefore = os.getProcessCpuTime();
      long wallBefore = System.nanoTime();
      run(grid, threads, lifecycles);
      long wall = System.nanoTime() - wallBefore;
      long jvm = os.getProcessCpuTime() - jvmBefore;
      double server = backendSeconds(control) - serverBefore;
      String lsnEnd = one(control, "SELECT pg_current_wal_lsn()");
      long wal = Long.parseLong(one(control, "SELECT pg_wal_lsn_diff('" + lsnEnd + "', '" + lsnStart + "')"));
      // The pool's backends report their table counts when they end.
      db.dataSource.close();
      Thread.sleep(1500);
      System.out.printf("threads %d, %,d lifecycles counted after %,d of warm-up, %.1f s, load %s%n", threads,
          lifecycles, warmup, wall / 1e9, Files.readString(Path.of("/proc/loadavg")).trim());
      System.out.printf("per lifecycle: JVM CPU %,.0f us, backends CPU %,.0f us, total %,.0f us; "
              + "server WAL %,.0f bytes (whole server)%n", jvm / 1e3 / lifecycles, server * 1e6 / lifecycles,
          jvm / 1e3 / lifecycles + server * 1e6 / lifecycles, (double) wal / lifecycles);
      System.out.printf("database oid %s, WAL from %s to %s%n", oid, lsnStart, lsnEnd);
      printTables(control, schema, warmup + lifecycles);
      printFiles(control, schema);
    }
  }

  private static void run(LifecycleBenchmark grid, int threads, int lifecycles) throws Exception {
    AtomicInteger left = new AtomicInteger(lifecycles);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          while (left.getAndDecrement() > 0) {
            grid.lifecycle();
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The CPU seconds of the backends connected to the current database, the control connection's among them. */
  private static double backendSeconds(Connection control) throws Exception {
    double seconds = 0;
    try (Statement s = control.createStatement();
        ResultSet rows = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
      while (rows.next()) {
        Path stat = Path.of("/proc", rows.getString(1), "stat");
        if (!Files.exists(stat)) {
          throw new IllegalStateException("no " + stat + ": the server must run on this machine");
        }
        String text = Files.readString(stat);
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
      }
    }
    return seconds;
  }

  private static String one(Connection control, String sql) throws SQLException {
    try (Statement s = control.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The schema's tables and indexes by file node, to name the relations of pg_waldump's output. */
  private static void printFiles(Connection control, String schema) throws SQLException {
    try (PreparedStatement s = control.prepareStatement("SELECT c.relfilenode, c.relname FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'i', 't') "
        + "ORDER BY c.relname")) {
      s.setString(1, schema);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          System.out.printf("relfilenode %s %s%n", rows.getString(1), rows.getString(2));
        }
      }
    }
  }

  /** Rows inserted, updated (HOT among them) and deleted per lifecycle, warm-up included, by table. */
  private static void printTables(Connection control, String schema, int lifecycles) throws SQLException {
    Map<String, long[]> tables = new LinkedHashMap<>();
    try (PreparedStatement s = control.prepareStatement("SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, "
        + "n_tup_del FROM pg_stat_user_tables WHERE schemaname = ? AND n_tup_ins + n_tup_upd + n_tup_del > 0 "
        + "ORDER BY relname")) {
      s.setString(1, schema);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          tables.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)});
        }
      }
    }
    System.out.printf("rows per lifecycle (warm-up included): %-24s %8s %8s %8s %8s%n", "table", "inserted",
        "updated", "HOT", "deleted");
    tables.forEach((table, n) -> System.out.printf("%39s %-24s %8.2f %8.2f %8.2f %8.2f%n", "", table,
        (double) n[0] / lifecycles, (double) n[1] / lifecycles, (double) n[2] / lifecycles,
        (double) n[3] / lifecycles));
  }
}
