package org.grid.testkit;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.grid.core.port.out.UnitOfWork;

/**
 * A {@link UnitOfWork} for tests: runs the work as it is (as the in-memory one does), counts the units that ran
 * and tells whether the calling thread is inside one, so a test can show that a service runs each use case in
 * exactly one unit of work and that a port was called inside it. A unit inside another joins it and is not counted.
 * Thread-safe.
 */
public final class CountingUnitOfWork implements UnitOfWork {

  private final AtomicInteger units = new AtomicInteger();
  private final AtomicInteger claiming = new AtomicInteger();
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

  /** Creates a unit of work that has counted nothing. */
  public CountingUnitOfWork() {}

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T claimingDue(Supplier<T> work) {
    return run(work, true);
  }

  private <T> T run(Supplier<T> work, boolean claim) {
    requireNonNull(work, "work");
    int outer = depth.get();
    if (outer == 0) {
      units.incrementAndGet();
      if (claim) {
        claiming.incrementAndGet();
      }
    }
    depth.set(outer + 1);
    try {
      return work.get();
    } finally {
      depth.set(outer);
    }
  }

  /**
   * Returns how many outermost units ran (claiming ones included).
   *
   * @return the count
   */
  public int units() {
    return units.get();
  }

  /**
   * Returns how many outermost units ran through {@link #claimingDue}.
   *
   * @return the count
   */
  public int claimingUnits() {
    return claiming.get();
  }

  /**
   * Tells whether the calling thread runs inside a unit of this object.
   *
   * @return true inside {@link #inTransaction} or {@link #claimingDue}
   */
  public boolean inUnit() {
    return depth.get() > 0;
  }
}
