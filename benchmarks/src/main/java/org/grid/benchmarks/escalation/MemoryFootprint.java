package org.grid.benchmarks.escalation;

import static org.grid.benchmarks.escalation.Fixture.HANDLER;
import static org.grid.benchmarks.escalation.Fixture.VILLAGE;
import static org.grid.benchmarks.escalation.Fixture.applied;
import static org.grid.benchmarks.escalation.Fixture.ctx;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Request;

/**
 * Measures the heap held by open requests in the in-memory repository, each with a five-entry history (report,
 * accept, suspend, resume, resolve) and five remembered command ids. Run with {@code -Xmx2g} to show that
 * 1,000,000 of them fit in 2 GiB:
 *
 * <pre>{@code java -Xmx2g -cp ... org.grid.benchmarks.escalation.MemoryFootprint 1000000}</pre>
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the number of requests (default 1,000,000)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    InMemoryRequestRepository repository = new InMemoryRequestRepository();
    Instant t = Fixture.START;
    for (int i = 0; i < count; i++) {
      // Distinct instants per request, as in real use (no sharing of the time objects).
      Instant at = t.plusMillis(i);
      Request r = Fixture.reported(i, at);
      r = applied(r.accept(CommandId.of("a" + i), VILLAGE, HANDLER, ctx(at.plusSeconds(60))));
      r = applied(r.suspend(CommandId.of("p" + i), VILLAGE, "waiting for the land certificate",
          ctx(at.plusSeconds(120))));
      r = applied(r.resume(CommandId.of("q" + i), VILLAGE, ctx(at.plus(Duration.ofDays(1)))));
      r = applied(r.resolve(CommandId.of("s" + i), VILLAGE, "culvert laid", ctx(at.plus(Duration.ofDays(2)))));
      if (r.history().size() != 5) {
        throw new IllegalStateException("expected five history entries, got " + r.history().size());
      }
      repository.save(r, 0);
    }
    long after = usedAfterGc(memory);
    long bytes = after - before;
    System.out.printf("requests: %,d (open: %,d)%n", repository.count(),
        repository.countByState().values().stream().mapToLong(Long::longValue).sum());
    System.out.printf("heap held: %,d bytes = %.1f MiB; %,d bytes per request; max heap %,d MiB%n",
        bytes, bytes / 1048576.0, bytes / count, Runtime.getRuntime().maxMemory() / 1048576);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
