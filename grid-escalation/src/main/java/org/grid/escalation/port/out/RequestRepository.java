package org.grid.escalation.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;

/**
 * Where requests (诉求) are kept. Nothing is ever deleted. Saves are conditional on the version the caller read
 * (optimistic concurrency), so a concurrent update is never overwritten. The deadline queries are ordered by
 * (next deadline, request id) and must be answerable from an index on those two (in SQL: an index on
 * {@code (next_deadline, request_id)} of open requests), so that the sweep costs what is due, not what is open.
 *
 * <p>Every implementation passes {@code AbstractRequestRepositoryContractTest} of grid-testkit.
 */
public interface RequestRepository {

  /**
   * Finds a request.
   *
   * @param id the id, not null
   * @return the request as last saved, or empty when none has the id
   * @throws NullPointerException if {@code id} is null
   */
  Optional<Request> findById(RequestId id);

  /**
   * Saves a request if the stored one is still at the expected version.
   *
   * @param request the request to store, not null; its version must be greater than {@code expectedVersion}
   * @param expectedVersion the version the caller read; 0 when the request must not exist yet
   * @return true when stored; false when the stored version differs (or, for 0, a request with the id exists), and
   *     false as well when the stored request's free text was erased ({@link #eraseFreeText}, which keeps the
   *     version) since the caller read it in this unit of work, so that no erased text is written back
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalArgumentException if {@code request.version()} is not greater than {@code expectedVersion}
   */
  boolean save(Request request, long expectedVersion);

  /**
   * Lists open requests whose next deadline is before an instant, earliest first (ties by id).
   *
   * @param instant the bound, exclusive, not null
   * @param limit the most to return, at least 1
   * @return the requests, at most {@code limit}
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<Request> findDueBefore(Instant instant, int limit);

  /**
   * Counts the open requests whose next deadline is before an instant, up to a limit, without loading them: what
   * {@link #findDueBefore(Instant, int)} would list, counted.
   *
   * <p>The default counts what {@code findDueBefore} loads; an adapter whose store can count should override it, as
   * the JDBC and in-memory adapters do.
   *
   * @param instant the bound, exclusive, not null
   * @param limit the most counted, at least 1
   * @return how many, at most {@code limit}
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  default int countDueBefore(Instant instant, int limit) {
    return findDueBefore(instant, limit).size();
  }

  /**
   * Lists open requests whose next deadline is before an instant and whose (next deadline, id) comes after a
   * cursor, earliest first (ties by id): keyset pagination, so the sweep visits each due request once even when
   * it must leave some unchanged. In SQL: {@code WHERE (next_deadline, request_id) > (?, ?) AND next_deadline
   * < ? ORDER BY next_deadline, request_id LIMIT ?}.
   *
   * @param instant the bound, exclusive, not null
   * @param afterDeadline the cursor's deadline, not null
   * @param afterId the cursor's request id, not null; requests at the cursor itself are not listed
   * @param limit the most to return, at least 1
   * @return the requests, at most {@code limit}
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<Request> findDueBefore(Instant instant, Instant afterDeadline, RequestId afterId, int limit);

  /**
   * Lists open requests whose next deadline is in {@code [from, to)}, earliest first (ties by id).
   *
   * @param from the lower bound, inclusive, not null
   * @param to the upper bound, exclusive, not null
   * @param limit the most to return, at least 1
   * @return the requests, at most {@code limit}; empty when {@code to} is not after {@code from}
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<Request> findDueBetween(Instant from, Instant to, int limit);

  /**
   * Lists the open requests held at a tier, optionally only those of one grid.
   *
   * @param tier the tier, not null
   * @param grid the grid of the requests' place, or null for every grid
   * @return the requests ordered by id
   */
  List<Request> findOpen(Tier tier, GridId grid);

  /**
   * Lists a page of the requests, open or not, that meet a filter ({@link RequestFilter#matches}), newest report
   * first ({@link PageCursor#ORDER}: report time descending, then id descending), starting after a cursor: keyset
   * paging. A SQL adapter answers from indexes on the report time (and on the place or reporter that the visibility
   * names), never by reading the whole table: a page costs what it holds and what the filter skips on the way.
   *
   * @param filter the conditions, the viewer's visibility among them, not null
   * @param after the cursor the previous page ended at, or null for the first page; requests at the cursor itself
   *     are not listed
   * @param limit the most to return, at least 1
   * @return the requests, at most {@code limit}, in list order
   * @throws NullPointerException if {@code filter} is null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<Request> findPage(RequestFilter filter, PageCursor after, int limit);

  /**
   * Lists the ids of a county's requests that have at least one history entry at an instant in a range: the
   * requests an assessment of that range reads (双向考核). A SQL adapter answers from an index on the history's
   * time, so the query costs what the range holds, not what is stored.
   *
   * @param county the county of the requests' place, not null
   * @param from the first instant included, not null
   * @param to the first instant excluded, not null
   * @return the ids, each once, in ascending order; empty when {@code to} is not after {@code from}
   * @throws NullPointerException if an argument is null
   */
  List<RequestId> findIdsActiveBetween(CountyId county, Instant from, Instant to);

  /**
   * Loads many requests at once (a SQL adapter reads them with a few {@code IN} queries, not one per id).
   *
   * @param ids the ids, not null; unknown ids are skipped and repeated ids are loaded once
   * @return the requests found, ordered by id
   * @throws NullPointerException if {@code ids} or an id is null
   */
  List<Request> findAllById(Collection<RequestId> ids);

  /**
   * Erases the free text of every request a person reported in a township ({@link
   * RequestRecord#withFreeTextErased}): the description, results, reasons and feedback texts become {@code
   * marker}; ids, times, states, holders, ratings, versions and the history's length stay. Idempotent.
   *
   * @param township the township of the requests' place, not null
   * @param reporter the reporting citizen, not null
   * @param marker the text that stands for erased text, not blank
   * @return how many requests held other free text and were erased now
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code marker} is blank
   */
  int eraseFreeText(TownshipId township, PersonId reporter, String marker);

  /**
   * Counts requests per state.
   *
   * @return a count for every state that has at least one request
   */
  Map<RequestState, Long> countByState();

  /**
   * Counts the open requests (those {@link #findOpen} lists: with a next deadline) by the tier that holds them and
   * their state, without loading them: what a dashboard or a gauge shows.
   *
   * <p>The default counts what {@link #findOpen} loads for each tier, so it reads every open request whole; an
   * adapter whose store can count should override it, as the JDBC and in-memory adapters do.
   *
   * @return for each tier that holds open requests, a count for each state that has at least one; unmodifiable
   */
  default Map<Tier, Map<RequestState, Long>> countOpenByTierAndState() {
    Map<Tier, Map<RequestState, Long>> counts = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      for (Request request : findOpen(tier, null)) {
        counts.computeIfAbsent(tier, t -> new EnumMap<>(RequestState.class)).merge(request.state(), 1L, Long::sum);
      }
    }
    return unmodifiable(counts);
  }

  /**
   * Returns counts by tier and state as {@link #countOpenByTierAndState()} answers them.
   *
   * @param counts the counts, each map of states not empty
   * @return an unmodifiable copy, in the order of tiers and of states
   */
  static Map<Tier, Map<RequestState, Long>> unmodifiable(Map<Tier, Map<RequestState, Long>> counts) {
    Map<Tier, Map<RequestState, Long>> copy = new EnumMap<>(Tier.class);
    counts.forEach((tier, byState) -> copy.put(tier, Collections.unmodifiableMap(new EnumMap<>(byState))));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Counts all requests, open or not.
   *
   * @return the count
   */
  long count();
}
