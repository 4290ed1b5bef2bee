package org.grid.benchmarks.assessment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The county-year assessment ({@link CountyYear#assess()}) timed by hand: wall time, this thread's CPU time, the
 * collectors' time and the bytes this thread allocated, per run, after the county is built. Where JMH's wall times on a shared 2-core machine drift with
 * the load, the thread's CPU time does not. Arguments: the scale (default 1.0) and the number of runs (default 5).
 *
 * <pre>java -Xms8g -Xmx8g -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.assessment.CountyYearCpuTime 1.0 5</pre>
 */
public final class CountyYearCpuTime {

  private CountyYearCpuTime() {}

  /** The time the collectors report having taken, in milliseconds, since the JVM started. */
  private static long gcMillis() {
    long millis = 0;
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  /**
   * Runs it.
   *
   * @param args the scale and the number of runs
   */
  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long built = System.nanoTime();
    CountyYear county = new CountyYear(scale);
    System.out.printf(Locale.ROOT,
        "built in %.1f s: %,d requests with %,d history entries, %,d duty-log entries, %,d party members; "
            + "refused on the way: %s%n",
        (System.nanoTime() - built) / 1e9, county.requestCount, county.historyEntries, county.dutyEntries,
        county.members.size(), county.refusals);
    System.out.println("compliance: " + county.complianceSummary());
    System.out.println("evidence scored: " + county.evidenceSummary());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    long thread = Thread.currentThread().getId();
    for (int run = 1; run <= runs; run++) {
      System.gc();
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = allocation.getThreadAllocatedBytes(thread);
      long gc = gcMillis();
      county.assess();
      System.out.printf(Locale.ROOT, "run %d: wall %.2f s, cpu %.2f s, gc %.2f s, allocated %.2f GB%n", run,
          (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
          (gcMillis() - gc) / 1e3, (allocation.getThreadAllocatedBytes(thread) - bytes) / 1e9);
    }
  }
}
