package org.grid.core.application;

import java.util.function.Supplier;
import org.grid.core.port.out.UnitOfWork;

/**
 * A {@link UnitOfWork} for grid-core's own tests: runs the work as it is, counts the outermost units and tells
 * whether the caller is inside one. grid-testkit's {@code CountingUnitOfWork} is the public one; grid-core's tests
 * cannot use it, since grid-testkit depends on grid-core. Single-threaded, as these tests are.
 */
final class CountingUnitOfWork implements UnitOfWork {

  private int units;
  private int depth;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (depth == 0) {
      units++;
    }
    depth++;
    try {
      return work.get();
    } finally {
      depth--;
    }
  }

  int units() {
    return units;
  }

  boolean inUnit() {
    return depth > 0;
  }
}
