package org.grid.benchmarks.escalation;

import static org.grid.benchmarks.escalation.Fixture.HANDLER;
import static org.grid.benchmarks.escalation.Fixture.REPORTER;
import static org.grid.benchmarks.escalation.Fixture.VILLAGE;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.escalation.application.RequestCommandValidator;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.threeten.extra.MutableClock;

/**
 * In-memory transitions per CPU-second on one thread, timed by hand: the engine ({@link RequestService} over the
 * in-memory adapters) takes requests through their main path (report, accept, resolve, feedback, satisfied rating:
 * five transitions, each with its history entry and its events) with the commands validated, once by the plain
 * {@link RequestCommandValidator} and once by Hibernate Validator. Where JMH's wall-clock throughput on a shared
 * machine drifts with the load, this thread's CPU time does not: the figure is transitions divided by the CPU time
 * the thread spent, so it is what one core does when it is not shared. The thread's CPU time leaves out the
 * collector's and the compiler's threads; the process's CPU time, also printed, counts them (and anything else the
 * JVM does meanwhile). The bytes the thread allocated per transition are printed too: with a repository that keeps
 * every request, each allocated byte becomes the collector's work, so they are what the process's CPU time follows.
 * Each round starts from an empty repository.
 * Arguments: lifecycles per round (default 200,000), rounds (default 5; the first two warm up), and {@code plain} or
 * {@code hibernate} for one validator only (default both, plain first).
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.escalation.TransitionCpuTime 200000 5</pre>
 */
public final class TransitionCpuTime {

  private static final int TRANSITIONS = 5;

  private TransitionCpuTime() {}

  /**
   * Runs it.
   *
   * @param args lifecycles per round, rounds, and optionally the one validator
   */
  public static void main(String[] args) {
    int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    com.sun.management.OperatingSystemMXBean process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String[] validations = args.length > 2 ? new String[] {args[2]} : new String[] {"plain", "hibernate"};
    for (String validation : validations) {
      for (int round = 1; round <= rounds; round++) {
        MutableClock clock = MutableClock.of(Fixture.START, Fixture.ZONE);
        RequestService engine = validation.equals("plain")
            ? Fixture.engine(new InMemoryRequestRepository(), clock, RequestCommandValidator.create())
            : Fixture.engine(new InMemoryRequestRepository(), clock, Fixture.hibernateValidator());
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long processCpu = process.getProcessCpuTime();
        long allocated = threads.getThreadAllocatedBytes(thread);
        long last = 0;
        for (int i = 0; i < lifecycles; i++) {
          last += lifecycle(engine, (long) round * lifecycles + i);
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double processCpuSeconds = (process.getProcessCpuTime() - processCpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double bytes = (threads.getThreadAllocatedBytes(thread) - allocated) / (double) lifecycles / TRANSITIONS;
        System.out.printf(Locale.ROOT,
            "%s validation, round %d%s: %,d transitions in %.2f s thread CPU, %.2f s process CPU, %.2f s wall: "
                + "%,.0f per thread-CPU-second, %,.0f per process-CPU-second, %,.0f per wall-second, "
                + "%,.0f bytes allocated per transition [%d]%n",
            validation, round, round <= 2 ? " (warm-up)" : "", (long) lifecycles * TRANSITIONS, cpuSeconds,
            processCpuSeconds, wallSeconds, lifecycles * TRANSITIONS / cpuSeconds,
            lifecycles * TRANSITIONS / processCpuSeconds, lifecycles * TRANSITIONS / wallSeconds, bytes, last % 10);
      }
    }
  }

  private static long lifecycle(RequestService engine, long i) {
    RequestId id = RequestId.of("R" + i);
    applied(engine.handle(new RequestCommand.Report(CommandId.of("r" + i), id, REPORTER, Fixture.CITIZEN,
        Fixture.PLACE, Fixture.LAND, "a wall blocks the ditch", Urgency.NORMAL, null, null)));
    applied(engine.handle(new RequestCommand.Accept(CommandId.of("a" + i), id, 1, VILLAGE, HANDLER)));
    applied(engine.handle(new RequestCommand.Resolve(CommandId.of("s" + i), id, 2, VILLAGE, "done")));
    applied(engine.handle(new RequestCommand.Feedback(CommandId.of("f" + i), id, 3, VILLAGE, "told")));
    return applied(engine.handle(new RequestCommand.Rate(CommandId.of("t" + i), id, 4, REPORTER,
        Rating.SATISFIED)));
  }

  private static long applied(CommandOutcome outcome) {
    if (!(outcome instanceof CommandOutcome.Applied applied)) {
      throw new IllegalStateException("not applied: " + outcome);
    }
    return applied.request().version();
  }
}
