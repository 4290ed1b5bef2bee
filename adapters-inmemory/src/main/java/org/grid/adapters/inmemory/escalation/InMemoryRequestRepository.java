package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.PageCursor;
import org.grid.escalation.model.RequestFilter;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestRecord;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.out.RequestRepository;

/**
 * A {@link RequestRepository} in memory. Requests are immutable, so they are held as saved. A save whose history
 * does not begin with the stored one (the reporter's free text was erased since the caller read the request, at the
 * same version) is refused as one over another version, so that erased text is never written back. Besides the map by
 * id it keeps a sorted index of open requests by (next deadline, id), so the "due before" and "due between"
 * queries read only the requests they return, every request in list order for the paged lists ({@link #findPage}),
 * and a count per state. Thread-safe: every method holds the repository's lock.
 */
public final class InMemoryRequestRepository implements RequestRepository {

  private final Map<RequestId, Request> byId = new HashMap<>();
  private final NavigableMap<DueKey, Request> byDeadline = new TreeMap<>();
  /** The number of requests in each state, by the state's ordinal: no boxed count to allocate on each save. */
  private final long[] counts = new long[STATES.length];
  /**
   * Every request's id in list order, newest report first: the request lists page through it. A request's place in
   * it (its report instant and id) never changes, so only a new request is added, and the page reads the request
   * from {@link #byId}.
   */
  private final NavigableMap<PageCursor, RequestId> byReport = new TreeMap<>(InMemoryRequestRepository::listOrder);

  private static final RequestState[] STATES = RequestState.values();

  /** Creates an empty repository. */
  public InMemoryRequestRepository() {}

  /** The key of the deadline index: the next deadline, then the id. */
  private record DueKey(Instant deadline, RequestId id) implements Comparable<DueKey> {
    // A null id is a bound: it sorts before every id of the same instant.
    @Override
    public int compareTo(DueKey other) {
      int byDeadline = deadline.compareTo(other.deadline);
      if (byDeadline != 0 || id == other.id) {
        return byDeadline;
      }
      return id == null ? -1 : other.id == null ? 1 : id.compareTo(other.id);
    }
  }

  @Override
  public synchronized Optional<Request> findById(RequestId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized boolean save(Request request, long expectedVersion) {
    requireNonNull(request, "request");
    if (request.version() <= expectedVersion) {
      throw new IllegalArgumentException(
          "request: version " + request.version() + " must be greater than the expected " + expectedVersion);
    }
    Request old = byId.get(request.id());
    long stored = old == null ? 0 : old.version();
    if (stored != expectedVersion || old != null && !extendsHistory(old, request)) {
      return false;
    }
    if (old != null) {
      reindex(old, request);
    } else {
      index(request);
    }
    if (byId.put(request.id(), request) == null) {
      byReport.put(PageCursor.after(request), request.id());
    }
    return true;
  }

  /**
   * Tells whether the new version's history begins with the stored one, entry for entry. It does unless the stored
   * request changed at its version since the caller read it: its reporter's free text was erased (which keeps the
   * version), and the new version, made from the text as it was, must not put it back. The same entries are the same
   * objects in the usual case, so this costs a comparison of references per entry.
   */
  private static boolean extendsHistory(Request old, Request request) {
    List<HistoryEntry> before = old.history();
    List<HistoryEntry> after = request.history();
    if (after.size() < before.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      HistoryEntry entry = before.get(i);
      if (entry != after.get(i) && !entry.equals(after.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public synchronized int eraseFreeText(TownshipId township, PersonId reporter, String marker) {
    requireNonNull(township, "township");
    requireNonNull(reporter, "reporter");
    int erased = 0;
    for (Request r : List.copyOf(byId.values())) {
      if (r.report().reporter().equals(reporter) && r.report().place().township().equals(township)) {
        RequestRecord record = r.snapshot();
        RequestRecord blank = record.withFreeTextErased(marker);
        if (blank != record) {
          unindex(r);
          Request restored = Request.restore(blank);
          byId.put(r.id(), restored);
          index(restored);
          erased++;
        }
      }
    }
    return erased;
  }

  /** Newest report first, then the greater id first: the order of the request lists. */
  private static int listOrder(PageCursor a, PageCursor b) {
    int byInstant = b.reportedAt().compareTo(a.reportedAt());
    return byInstant != 0 ? byInstant : b.id().compareTo(a.id());
  }

  private void index(Request r) {
    Instant deadline = r.nextDeadlineOrNull();
    if (deadline != null) {
      byDeadline.put(new DueKey(deadline, r.id()), r);
    }
    counts[r.state().ordinal()]++;
  }

  private void unindex(Request r) {
    Instant deadline = r.nextDeadlineOrNull();
    if (deadline != null) {
      byDeadline.remove(new DueKey(deadline, r.id()));
    }
    counts[r.state().ordinal()]--;
  }

  /**
   * Moves a saved request's entries from its old version to its new one. A change that keeps the next deadline (most
   * do not move it) only replaces the value under the same key, instead of a removal and an insertion.
   */
  private void reindex(Request old, Request r) {
    Instant before = old.nextDeadlineOrNull();
    Instant after = r.nextDeadlineOrNull();
    if (before != null && before.equals(after)) {
      byDeadline.put(new DueKey(after, r.id()), r);
      counts[old.state().ordinal()]--;
      counts[r.state().ordinal()]++;
    } else {
      unindex(old);
      index(r);
    }
  }

  @Override
  public synchronized List<Request> findDueBefore(Instant instant, int limit) {
    requireNonNull(instant, "instant");
    requireLimit(limit);
    return take(byDeadline.headMap(new DueKey(instant, null), false), limit);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In memory this walks the deadline index up to the limit, loading nothing.
   */
  @Override
  public synchronized int countDueBefore(Instant instant, int limit) {
    requireNonNull(instant, "instant");
    requireLimit(limit);
    int count = 0;
    for (Iterator<DueKey> due = byDeadline.headMap(new DueKey(instant, null), false).keySet().iterator();
        count < limit && due.hasNext(); due.next()) {
      count++;
    }
    return count;
  }

  @Override
  public synchronized List<Request> findDueBefore(
      Instant instant, Instant afterDeadline, RequestId afterId, int limit) {
    requireNonNull(instant, "instant");
    requireNonNull(afterDeadline, "afterDeadline");
    requireNonNull(afterId, "afterId");
    requireLimit(limit);
    if (!afterDeadline.isBefore(instant)) {
      return List.of();
    }
    return take(byDeadline.subMap(new DueKey(afterDeadline, afterId), false, new DueKey(instant, null), false),
        limit);
  }

  @Override
  public synchronized List<Request> findDueBetween(Instant from, Instant to, int limit) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireLimit(limit);
    if (!to.isAfter(from)) {
      return List.of();
    }
    return take(byDeadline.subMap(new DueKey(from, null), true, new DueKey(to, null), false), limit);
  }

  private static List<Request> take(NavigableMap<DueKey, Request> range, int limit) {
    List<Request> out = new ArrayList<>(Math.min(limit, 64));
    for (Request r : range.values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(r);
    }
    return out;
  }

  private static void requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  @Override
  public synchronized List<Request> findOpen(Tier tier, GridId grid) {
    requireNonNull(tier, "tier");
    return byDeadline.values().stream()
        .filter(r -> r.tier() == tier)
        .filter(r -> grid == null || r.report().place().grid().equals(grid))
        .sorted(Comparator.comparing(Request::id))
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>In memory this keeps the requests in list order ({@link PageCursor#ORDER}) and walks them from the cursor,
   * testing each against the filter: it costs what the page skips, which an in-memory repository holds anyway.
   */
  @Override
  public synchronized List<Request> findPage(RequestFilter filter, PageCursor after, int limit) {
    requireNonNull(filter, "filter");
    requireLimit(limit);
    NavigableMap<PageCursor, RequestId> from = after == null ? byReport : byReport.tailMap(after, false);
    List<Request> out = new ArrayList<>(Math.min(limit, 64));
    for (RequestId id : from.values()) {
      if (out.size() == limit) {
        break;
      }
      Request r = byId.get(id);
      if (filter.matches(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>In memory this scans every request's history: it costs what is stored, which an in-memory repository holds
   * anyway.
   */
  @Override
  public synchronized List<RequestId> findIdsActiveBetween(CountyId county, Instant from, Instant to) {
    requireNonNull(county, "county");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    List<RequestId> active = new ArrayList<>();
    if (!to.isAfter(from)) {
      return active;
    }
    for (Request r : byId.values()) {
      if (r.report().place().county().equals(county) && activeBetween(r, from, to)) {
        active.add(r.id());
      }
    }
    active.sort(null); // ascending ids, as the port asks; sorting the few found beats an index kept on every report
    return active;
  }

  private static boolean activeBetween(Request r, Instant from, Instant to) {
    for (HistoryEntry entry : r.history()) {
      if (!entry.at().isBefore(from) && entry.at().isBefore(to)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized List<Request> findAllById(Collection<RequestId> ids) {
    requireNonNull(ids, "ids");
    List<Request> found = new ArrayList<>(ids.size());
    RequestId previous = null;
    boolean ascending = true;
    for (RequestId id : ids) {
      Request r = byId.get(requireNonNull(id, "id"));
      ascending &= previous == null || previous.compareTo(id) < 0;
      previous = id;
      if (r != null) {
        found.add(r);
      }
    }
    if (ascending) {
      return found; // what a range query gave: already in order, each once
    }
    TreeMap<RequestId, Request> ordered = new TreeMap<>();
    found.forEach(r -> ordered.put(r.id(), r));
    return new ArrayList<>(ordered.values());
  }

  @Override
  public synchronized Map<RequestState, Long> countByState() {
    Map<RequestState, Long> byState = new EnumMap<>(RequestState.class);
    for (RequestState state : STATES) {
      if (counts[state.ordinal()] != 0) {
        byState.put(state, counts[state.ordinal()]);
      }
    }
    return Map.copyOf(byState);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In memory this walks the open requests (the deadline index) and counts them, loading nothing.
   */
  @Override
  public synchronized Map<Tier, Map<RequestState, Long>> countOpenByTierAndState() {
    Map<Tier, Map<RequestState, Long>> counts = new EnumMap<>(Tier.class);
    for (Request request : byDeadline.values()) {
      counts.computeIfAbsent(request.tier(), t -> new EnumMap<>(RequestState.class))
          .merge(request.state(), 1L, Long::sum);
    }
    return RequestRepository.unmodifiable(counts);
  }

  @Override
  public synchronized long count() {
    return byId.size();
  }
}
