package org.grid.spring.boot;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.core.port.out.UnitOfWork;

/**
 * grid's unit of work in a Spring application (与 Spring 事务衔接的工作单元): the application services run each use
 * case in it. Outside a Spring transaction it is the {@link JdbcUnitOfWork}: one transaction per use case of its
 * own, tried again after a deadlock or a lost insert race. Inside an {@code @Transactional} method over the same
 * data source the use case joins that transaction: its writes commit with the application's and roll back with
 * them, and a use case that throws marks the transaction rollback-only. It is then not tried again on its own
 * (the surrounding transaction is spoilt by the failure): the failure reaches the application, which may retry its
 * whole transaction.
 */
public final class SpringUnitOfWork implements UnitOfWork {

  private final JdbcUnitOfWork jdbc;
  private final TransactionJoiningDataSource dataSource;

  /**
   * Creates the unit of work.
   *
   * @param jdbc grid's JDBC unit of work over the joining data source the auto-configuration built, not null
   */
  SpringUnitOfWork(JdbcUnitOfWork jdbc) {
    this.jdbc = requireNonNull(jdbc, "jdbc");
    if (!(jdbc.dataSource() instanceof TransactionJoiningDataSource joining)) {
      throw new IllegalArgumentException("the JDBC unit of work must be built on grid's joining data source");
    }
    this.dataSource = joining;
  }

  /**
   * Returns the JDBC unit of work every adapter is built with.
   *
   * @return the JDBC unit of work
   */
  public JdbcUnitOfWork jdbc() {
    return jdbc;
  }

  /**
   * Tells whether the calling thread runs in a Spring transaction that grid's use cases join.
   *
   * @return true inside a Spring transaction over the application's data source
   */
  public boolean inSpringTransaction() {
    return SpringTransactions.active(dataSource.target()) != null;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    if (!inSpringTransaction()) {
      return jdbc.inTransaction(work);
    }
    return joined(() -> jdbc.inTransaction(guarded(work)));
  }

  @Override
  public <T> T claimingDue(Supplier<T> work) {
    requireNonNull(work, "work");
    if (!inSpringTransaction()) {
      return jdbc.claimingDue(work);
    }
    return joined(() -> jdbc.claimingDue(guarded(work)));
  }

  /** The work, with what it throws hidden from the JDBC unit of work's retry (which looks at the causes). */
  private static <T> Supplier<T> guarded(Supplier<T> work) {
    return () -> {
      try {
        return work.get();
      } catch (NotRetried e) {
        throw e;
      } catch (RuntimeException e) {
        throw new NotRetried(e);
      }
    };
  }

  private static <T> T joined(Supplier<T> run) {
    try {
      return run.get();
    } catch (NotRetried e) {
      throw e.failure;
    }
  }

  /** Carries a failure past the retry; no cause, so that the retry's look at the SQLStates finds none. */
  private static final class NotRetried extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RuntimeException failure;

    NotRetried(RuntimeException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }
}
