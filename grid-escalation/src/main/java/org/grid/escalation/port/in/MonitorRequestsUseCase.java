package org.grid.escalation.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.grid.core.model.partition.GridId;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;

/** Use case: monitoring queries (实时监控) for the grid offices' dashboards. */
public interface MonitorRequestsUseCase {

  /**
   * Lists the open requests held at a tier, optionally of one grid.
   *
   * @param tier the tier, not null
   * @param grid the grid, or null for all grids
   * @return the requests ordered by id
   */
  List<Request> openAt(Tier tier, GridId grid);

  /**
   * Lists the open requests whose next deadline passed before {@code now}, earliest first.
   *
   * @param now the instant, not null
   * @param limit the most to return, at least 1
   * @return the requests
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<Request> overdue(Instant now, int limit);

  /**
   * Counts the open requests whose next deadline passed before {@code now}, up to a limit, without loading them (what
   * {@link #overdue} lists, counted).
   *
   * @param now the instant, not null
   * @param limit the most counted, at least 1
   * @return how many, at most {@code limit}
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  int countOverdue(Instant now, int limit);

  /**
   * Lists the open requests whose next deadline falls within a window from {@code now}, earliest first.
   *
   * @param now the start, inclusive, not null
   * @param window the window length, not negative; a window reaching past {@link Instant#MAX} ends there
   * @param limit the most to return, at least 1
   * @return the requests
   * @throws IllegalArgumentException if {@code window} is negative or {@code limit} less than 1
   */
  List<Request> dueWithin(Instant now, Duration window, int limit);

  /**
   * Counts requests per state.
   *
   * @return the counts; states without requests are absent
   */
  Map<RequestState, Long> countsByState();

  /**
   * Counts the open requests by the tier that holds them and their state, without loading them (what {@link
   * #openAt} lists for each tier, counted).
   *
   * @return for each tier that holds open requests, a count for each state that has at least one
   */
  Map<Tier, Map<RequestState, Long>> openCountsByTierAndState();
}
