package org.grid.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.grid.core.port.out.UnitOfWork;

/**
 * The {@link UnitOfWork} for the in-memory adapters: runs the work as it is. Each call of an in-memory repository
 * is atomic on its own and there is nothing to commit or roll back, so a use case that throws half way keeps what
 * it stored before; use the JDBC adapters where that matters. Thread-safe and stateless: one instance serves all.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private static final InMemoryUnitOfWork INSTANCE = new InMemoryUnitOfWork();

  private InMemoryUnitOfWork() {}

  /**
   * Returns the unit of work.
   *
   * @return the one instance
   */
  public static InMemoryUnitOfWork create() {
    return INSTANCE;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return requireNonNull(work, "work").get();
  }
}
