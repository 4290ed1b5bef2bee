package org.grid.core.port.out;

import java.util.function.Supplier;

/**
 * A unit of work (工作单元): the transaction boundary that every application service of grid runs each use case in,
 * so that what a use case changes through the outbound ports (a request and its events, a township's pairings) is
 * stored all or nothing, and no caller can forget to open it. In the style of a use case annotated
 * {@code @Transactional}, without a framework.
 *
 * <p>Adapters: {@code InMemoryUnitOfWork} of adapters-inmemory runs the work as it is; {@code JdbcUnitOfWork} of
 * adapters-jdbc runs it in one database transaction that every JDBC adapter over the same {@code DataSource}
 * joins. A unit of work may run the work again after a transient failure (a deadlock victim, a lost insert race),
 * so the work must have no effect outside the ports it calls.
 */
public interface UnitOfWork {

  /**
   * Runs work as one unit: everything it stores through the ports is kept when it returns and nothing when it
   * throws. Called inside the work of the same unit of work, it joins the outer unit.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, once stored
   * @throws NullPointerException if {@code work} is null
   * @throws RuntimeException what the work threw, or an adapter's exception when storing failed; nothing of the
   *     work is stored then
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs work as {@link #inTransaction}, and in it the "due" queries of the repositories claim what they return,
   * so that several nodes sweeping one store at once never process a deadline twice nor wait for each other. The
   * deadline sweep runs each batch so. Without concurrent sweepers (in memory) this is {@link #inTransaction}.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return what the work returned, once stored
   * @throws NullPointerException if {@code work} is null
   * @throws IllegalStateException if called inside a unit of work that does not claim
   * @throws RuntimeException what the work threw, or an adapter's exception when storing failed
   */
  default <T> T claimingDue(Supplier<T> work) {
    return inTransaction(work);
  }
}
