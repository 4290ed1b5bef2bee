package org.grid.adapters.jdbc.outbox;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.Dialect;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.RowReader;
import org.grid.adapters.jdbc.Sql;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.EventSink.SinkUnavailableException;
import org.grid.core.port.out.OutgoingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivering half of the transactional outbox (发件箱投递): hands the events of {@code grid_outbox} to an {@link
 * EventSink} without ever blocking on one of them.
 *
 * <p>One {@linkplain #relayOnce() pass}:
 * <ol>
 *   <li>claims a batch in a short transaction of its own: the pending rows ({@code SELECT ... FOR UPDATE SKIP
 *       LOCKED}, {@link org.grid.adapters.jdbc.Dialect#claimSkippingLocked()}) that are due, claimed by no live
 *       lease, and the oldest pending event of their aggregate (its head), at most {@linkplain Settings#batchSize()
 *       batch size} of them; with each head, its aggregate's next pending events, up to {@value
 *       #FOLLOWERS_PER_HEAD} (its followers: a request's report, acceptance, resolution, feedback and rating wait one
 *       behind the other when the relay runs every second); it marks them all claimed by this relay until now plus
 *       the {@linkplain Settings#lease() lease}, and commits;</li>
 *   <li>hands them to the sink outside any transaction, in rounds: the heads first, then, for each aggregate whose
 *       event the sink delivered, its next follower, and so on, so that a sink is handed at most one event per
 *       aggregate at once and each only after the one before it was delivered; no round starts once half the lease
 *       has passed since the claim;</li>
 *   <li>in a second short transaction, marks each delivered event delivered; a {@link DeliveryOutcome.Rejected
 *       refused} event counts an attempt and is retried after an exponential backoff, and after {@linkplain
 *       Settings#maxAttempts() max attempts} moves to {@code grid_outbox_dead_letter} with the reason, so its
 *       aggregate's later events and everyone else's flow on; followers the pass did not hand out (their
 *       aggregate's earlier event was refused, or the rounds stopped) are given back.</li>
 * </ol>
 * A row that does not map to an event (edited by hand: a blank type, say) is not handed out: the claim moves it to
 * the dead letters with the mapping error as its reason, so that it cannot block every claim after it.
 * A {@link SinkUnavailableException} releases the round and the followers after it to be tried again after a
 * backoff that grows while the sink stays down, counting no attempt (what earlier rounds delivered is recorded). A
 * relay that dies between delivering and marking leaves its claims to expire: another relay delivers those events
 * again, with the same ids. So delivery is at least once and, per
 * aggregate, in the order the events were stored, as long as a sink call takes less than half the lease.
 * Delivered rows stay for the {@linkplain Settings#retention() retention window} so consumers can replay them;
 * {@link #purgeDelivered()} removes older ones.
 *
 * <p>Any number of relays, on any nodes, may run at once against one database. Run {@link #relayOnce()} or {@link
 * #drain()} often from a scheduler of the embedder's choice, and {@link #purgeDelivered()} now and then. Must not
 * be called inside a unit of work: the sink would be called inside its transaction. Logs through SLF4J event ids,
 * types and counts, never event data. Thread-safe, but it calls its sink on the calling thread: as {@link EventSink}
 * promises sinks one relay thread at a time, run each relay object on one thread at a time (several relays, each with
 * its own sink, for more), or give it a thread-safe sink.
 */
public final class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  /** The longest text kept of a sink's refusal reason (the column's size). */
  static final int MAX_ERROR = 1000;

  /**
   * How a relay works (投递参数).
   *
   * @param batchSize the most events claimed and handed to the sink at once, from 1 to {@value #MAX_BATCH_SIZE}
   * @param lease how long a claim holds: at least twice the slowest sink call (no round of a pass starts past its
   *     half), since a relay whose lease expired may see another deliver the same events; positive
   * @param maxAttempts refused deliveries after which an event becomes a dead letter, at least 1
   * @param firstRetry the backoff after the first refusal (or the first failed call of an unavailable sink); it
   *     doubles with every further one; positive
   * @param maxRetry the longest backoff, at least {@code firstRetry}
   * @param retention how long delivered events are kept for replay before {@link #purgeDelivered()} removes them;
   *     zero or positive
   */
  public record Settings(
      int batchSize, Duration lease, int maxAttempts, Duration firstRetry, Duration maxRetry, Duration retention) {

    /**
     * The largest batch: a batch is read whole into memory, locked in one claim and handed to the sink at once, so
     * a batch size near {@code Integer.MAX_VALUE} would read a whole backlog in one go.
     */
    public static final int MAX_BATCH_SIZE = 10_000;

    /**
     * Checks the settings.
     *
     * @param batchSize the most events claimed and handed to the sink at once, from 1 to {@value #MAX_BATCH_SIZE}
     * @param lease how long a claim holds: at least twice the slowest sink call (no round of a pass starts past its
     *     half), since a relay whose lease expired may see another deliver the same events; positive
     * @param maxAttempts refused deliveries after which an event becomes a dead letter, at least 1
     * @param firstRetry the backoff after the first refusal (or the first failed call of an unavailable sink); it
     *     doubles with every further one; positive
     * @param maxRetry the longest backoff, at least {@code firstRetry}
     * @param retention how long delivered events are kept for replay before {@link #purgeDelivered()} removes them;
     *     zero or positive
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public Settings {
      requireNonNull(lease, "lease");
      requireNonNull(firstRetry, "firstRetry");
      requireNonNull(maxRetry, "maxRetry");
      requireNonNull(retention, "retention");
      if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
        throw new IllegalArgumentException("batchSize must be from 1 to " + MAX_BATCH_SIZE + " (a batch is held in "
            + "memory and handed to the sink at once), was " + batchSize);
      }
      if (lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("lease must be positive, was " + lease);
      }
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      if (firstRetry.isNegative() || firstRetry.isZero()) {
        throw new IllegalArgumentException("firstRetry must be positive, was " + firstRetry);
      }
      if (maxRetry.compareTo(firstRetry) < 0) {
        throw new IllegalArgumentException(
            "maxRetry must be at least firstRetry (" + firstRetry + "), was " + maxRetry);
      }
      if (retention.isNegative()) {
        throw new IllegalArgumentException("retention must not be negative, was " + retention);
      }
    }

    /**
     * The defaults: batches of 100, a 5-minute lease, 10 attempts, backoff from 1 second doubling up to 10 minutes,
     * delivered events kept 7 days.
     *
     * @return the settings
     */
    public static Settings defaults() {
      return new Settings(100, Duration.ofMinutes(5), 10, Duration.ofSeconds(1), Duration.ofMinutes(10),
          Duration.ofDays(7));
    }

    /**
     * Returns these settings with another batch size.
     *
     * @param size the most events claimed and handed to the sink at once, from 1 to {@value #MAX_BATCH_SIZE}
     * @return a copy of these settings with only this one changed
     * @throws IllegalArgumentException if {@code size} is below 1 or above {@value #MAX_BATCH_SIZE}
     */
    public Settings withBatchSize(int size) {
      return new Settings(size, lease, maxAttempts, firstRetry, maxRetry, retention);
    }

    /**
     * Returns these settings with another lease.
     *
     * @param duration how long a claim holds, at least twice the slowest sink call; positive, not null
     * @return a copy of these settings with only this one changed
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is zero or negative
     */
    public Settings withLease(Duration duration) {
      return new Settings(batchSize, duration, maxAttempts, firstRetry, maxRetry, retention);
    }

    /**
     * Returns these settings with another number of attempts.
     *
     * @param attempts refused deliveries after which an event becomes a dead letter, at least 1
     * @return a copy of these settings with only this one changed
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public Settings withMaxAttempts(int attempts) {
      return new Settings(batchSize, lease, attempts, firstRetry, maxRetry, retention);
    }

    /**
     * Returns these settings with another backoff.
     *
     * @param first the backoff after the first refusal, doubled with every further one; positive, not null
     * @param max the longest backoff, at least {@code first}; not null
     * @return a copy of these settings with only the backoff changed
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code first} is not positive or {@code max} is shorter than it
     */
    public Settings withBackoff(Duration first, Duration max) {
      return new Settings(batchSize, lease, maxAttempts, first, max, retention);
    }

    /**
     * Returns these settings with another retention window.
     *
     * @param window how long delivered events are kept for replay before {@link #purgeDelivered()} removes them;
     *     zero or positive, not null
     * @return a copy of these settings with only this one changed
     * @throws NullPointerException if {@code window} is null
     * @throws IllegalArgumentException if {@code window} is negative
     */
    public Settings withRetention(Duration window) {
      return new Settings(batchSize, lease, maxAttempts, firstRetry, maxRetry, window);
    }

    /** The backoff after the {@code n}th failure (n at least 1): firstRetry doubled n - 1 times, at most maxRetry. */
    Duration backoff(int n) {
      Duration delay = firstRetry;
      for (int i = 1; i < n && delay.compareTo(maxRetry) < 0; i++) {
        delay = delay.multipliedBy(2);
      }
      return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
  }

  /**
   * What one pass did (一次投递).
   *
   * @param claimed events claimed and handed to the sink
   * @param delivered events marked delivered
   * @param retried refused events scheduled for another attempt
   * @param deadLettered refused events moved to the dead letters, and rows moved there unread because they do not map
   *     to an event (edited by hand: a blank type, say), which no sink could take
   * @param sinkUnavailable true when the sink was unavailable and the whole batch was released for later
   */
  public record Pass(int claimed, int delivered, int retried, int deadLettered, boolean sinkUnavailable) {
    static final Pass NOTHING = new Pass(0, 0, 0, 0, false);
  }

  /** The claimed columns of a pending row {@code o}. */
  private static final String CLAIMED_COLUMNS = "SELECT o.id, o.event_id, o.aggregate_id, o.event_type, o.source, "
      + "o.subject, o.county, o.occurred_at, o.payload, o.attempts FROM ";

  /**
   * The claimable rows: pending, due, not leased, and the first pending row of their aggregate. "The first" is asked
   * as a scalar subquery (the least pending id of the aggregate, one probe of {@code ix_grid_outbox_aggregate} per
   * candidate) rather than as {@code NOT EXISTS} an earlier pending row, and the order is the pending index's own
   * ({@code delivered_at, id}; every candidate's {@code delivered_at} is null, so it is the order of ids). Both
   * keep the cost of a claim bounded by what it reads when PostgreSQL plans without statistics: a plan cached while
   * the table was empty and never analysed (autovacuum off) turned {@code NOT EXISTS} into a scan of every pending
   * row per candidate, 7 min 22 s for one claim of 100 behind 50,000 pending events, where this form takes 0.34 s
   * (and 6 ms either way once the table is analysed); docs/jdbc.md has the plans. H2 and MariaDB claim with it;
   * PostgreSQL with {@link #CLAIMABLE_WALKING}.
   */
  static final String CLAIMABLE = CLAIMED_COLUMNS + "grid_outbox o "
      + "WHERE o.delivered_at IS NULL AND o.next_attempt_at <= ? "
      + "AND (o.claimed_until IS NULL OR o.claimed_until <= ?) "
      + "AND o.id = (SELECT MIN(e.id) FROM grid_outbox e WHERE e.aggregate_id = o.aggregate_id "
      + "AND e.delivered_at IS NULL) "
      + "ORDER BY o.delivered_at, o.id LIMIT ?";

  /**
   * The same rows on PostgreSQL, found by walking the pending index one entry at a time: each step asks for the
   * next pending id after the last ({@code LIMIT 1} in index order), which every planner, with or without
   * statistics, answers with a plain index scan, and the walk goes only as far as the claim reads. The point is
   * what a plain index scan does that a bitmap scan does not: it marks the index entries of row versions dead to
   * every transaction, so that later scans skip them without reading the table. Every event leaves such entries
   * where the pending index keeps its null {@code delivered_at} (the insert's, and the claim's when it is not a HOT
   * update); until VACUUM removes them, the bitmap scan that {@link #CLAIMABLE} gets when PostgreSQL expects few
   * pending rows visited all of them, and the table rows they point to, on every claim. In the example
   * application under load with autovacuum off, that claim read 8,000 buffers (63 ms) behind 77 pending events
   * after three minutes, and the relay's backend took half a core; walking, the first claim after a burst of
   * deliveries marks what it passes and the next ones read about what they claim (docs/jdbc.md).
   *
   * <p>The candidate is read and locked in a {@code LATERAL} subquery, which its {@code FOR UPDATE} keeps from being
   * merged into a join the planner may turn round (a claim that reads the whole pending set first). The head of the
   * aggregate is asked of {@code ix_grid_outbox_aggregate} alone: its pendingness is written {@code
   * e.delivered_at + 0 IS NULL}, which no index serves, so the aggregate's entries are read in index order (its
   * delivered events, then its pending ones) and the first pending one answers. Asked as {@code delivered_at IS
   * NULL}, it could be served by the pending index, filtering by aggregate from that index's first entry, and
   * PostgreSQL chose so whenever its statistics were older than the backlog (analysed while nothing was pending, it
   * expects no pending row): each probe then read every dead entry the deliveries since the last VACUUM had left at
   * the start of the pending index, a claim took 100 ms behind 100,000 of them, and under load the relay fell
   * further behind with every claim (180,000 events in the example application). Now a probe reads one aggregate's
   * entries whatever the statistics say (docs/jdbc.md).
   *
   * <p>The walk starts at the id its first parameter gives ({@link WalkStart}), not at the pending index's first
   * entry: the entries before the first pending one are the dead ones of delivered events, which stay until VACUUM
   * and which a scan from the first entry reads page by page on every claim, even once they are marked dead (under
   * load in the example application with autovacuum off, 176 of a claim's 362 buffers a minute in, and 1,050 a
   * claim over four minutes).
   */
  static final String CLAIMABLE_WALKING = "WITH RECURSIVE pending (id) AS ("
      + "(SELECT p.id FROM grid_outbox p WHERE p.delivered_at IS NULL AND p.id >= ? "
      + "ORDER BY p.delivered_at, p.id LIMIT 1) "
      + "UNION ALL SELECT (SELECT n.id FROM grid_outbox n WHERE n.delivered_at IS NULL AND n.id > w.id "
      + "ORDER BY n.delivered_at, n.id LIMIT 1) FROM pending w WHERE w.id IS NOT NULL) "
      + "SELECT c.* FROM pending, LATERAL (" + CLAIMED_COLUMNS + "grid_outbox o WHERE o.id = pending.id "
      + "AND o.delivered_at IS NULL AND o.next_attempt_at <= ? AND (o.claimed_until IS NULL OR o.claimed_until <= ?) "
      + "AND o.id = (SELECT e.id FROM grid_outbox e WHERE e.aggregate_id = o.aggregate_id "
      + "AND e.delivered_at + 0 IS NULL ORDER BY e.delivered_at, e.id LIMIT 1) FOR UPDATE SKIP LOCKED) c LIMIT ?";

  /**
   * Returns the claim's statement for a dialect.
   *
   * @param dialect the database's dialect
   * @return {@link #CLAIMABLE_WALKING} on PostgreSQL, else {@link #CLAIMABLE} claiming skipped-locked rows
   */
  static String claimable(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? CLAIMABLE_WALKING : CLAIMABLE + dialect.claimSkippingLocked();
  }

  /**
   * Where a relay's walking claim ({@link #CLAIMABLE_WALKING}) starts: at 0, the whole pending index, or past the
   * ids no event can still need. It starts at the least id that a claim at least {@link #LAG} earlier claimed,
   * lowered to any id this relay gave back (released, or refused and scheduled for a retry), and walks the whole
   * index at least every {@link #FULL_WALK}.
   *
   * <p>Why that is safe: ids come from one sequence in the order they are taken, so an event below the start was
   * stored by a transaction that took its id before that earlier claim. A transaction that commits within {@link
   * #LAG} of taking the id is therefore always within the walk; one that took longer, an event another relay
   * released or whose lease expired, and an event of this relay's that was passed while not yet due, wait at most
   * for the next whole walk. Nothing is skipped for good, and each aggregate's order is kept as ever: the head probe
   * reads the aggregate's own entries, so a later event of an aggregate whose earlier event lies below the start is
   * not its head and is not claimed. With a clock that does not move, every claim walks the whole index; one set
   * back starts a whole walk at once.
   */
  static final class WalkStart {
    /** How long a claim's least id waits before walks start there. */
    static final Duration LAG = Duration.ofSeconds(1);
    /** The longest time between two walks of the whole pending index. */
    static final Duration FULL_WALK = Duration.ofSeconds(5);

    private long from;
    /** The least id of the first claim since {@link #from} last moved, or -1 when there has been none. */
    private long candidate = -1;
    private Instant candidateAt;
    private Instant nextFullWalk;

    /**
     * Returns the id the walk of a claim at {@code now} starts at.
     *
     * @param now the claim's instant
     * @return 0 for a walk of the whole index, else the least id it may need
     */
    synchronized long from(Instant now) {
      // A clock set back by more than the interval would otherwise put off the next whole walk for that long.
      if (nextFullWalk == null || !now.isBefore(nextFullWalk) || now.isBefore(nextFullWalk.minus(FULL_WALK))) {
        nextFullWalk = now.plus(FULL_WALK);
        return 0;
      }
      return from;
    }

    /**
     * Records a claim's least id; the start moves to the least id of a claim made at least {@link #LAG} earlier.
     *
     * @param now the claim's instant
     * @param leastId the least id it claimed
     */
    synchronized void claimed(Instant now, long leastId) {
      if (candidate < 0) {
        candidate = leastId;
        candidateAt = now;
      } else if (!now.isBefore(candidateAt.plus(LAG))) {
        from = candidate;
        candidate = leastId;
        candidateAt = now;
      }
    }

    /**
     * Records an event given back to be claimed again: walks start at its id or before.
     *
     * @param id the event's id
     */
    synchronized void givenBack(long id) {
      from = Math.min(from, id);
      if (candidate >= 0) {
        candidate = Math.min(candidate, id);
      }
    }
  }

  private final JdbcUnitOfWork unitOfWork;
  private final EventSink sink;
  private final Clock clock;
  private final Settings settings;
  private final String node = UUID.randomUUID().toString();
  /** Calls in a row that found the sink unavailable; sets the backoff of the released batches. */
  private final AtomicInteger unavailableInARow = new AtomicInteger();
  private final WalkStart walkStart = new WalkStart();

  /**
   * Creates a relay.
   *
   * @param dataSource the database, migrated; not null
   * @param sink where events go, not null
   * @param clock the clock of leases, backoffs and retention (relays sharing a database need clocks that agree to
   *     well within the lease); not null
   * @param settings the settings, not null
   */
  public OutboxRelay(DataSource dataSource, EventSink sink, Clock clock, Settings settings) {
    this.unitOfWork = new JdbcUnitOfWork(requireNonNull(dataSource, "dataSource"));
    this.sink = requireNonNull(sink, "sink");
    this.clock = requireNonNull(clock, "clock");
    this.settings = requireNonNull(settings, "settings");
  }

  /**
   * Creates a relay with the system clock and the {@linkplain Settings#defaults() default settings}.
   *
   * @param dataSource the database, migrated; not null
   * @param sink where events go, not null
   */
  public OutboxRelay(DataSource dataSource, EventSink sink) {
    this(dataSource, sink, Clock.systemUTC(), Settings.defaults());
  }

  /**
   * Returns the relay's settings.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Claims one batch, hands it to the sink and records the outcomes (see the class comment).
   *
   * @return what the pass did; {@link Pass#claimed()} 0 when nothing was claimable (a row that does not map to an
   *     event is not claimed but moved to the dead letters, counted in {@link Pass#deadLettered()})
   * @throws IllegalStateException if called inside a unit of work over the data source, or the sink broke its
   *     contract (not one non-null outcome per event); the batch is released
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if the database fails; claims already made expire with
   *     their lease and the events are delivered again
   * @throws RuntimeException what the sink threw other than {@link SinkUnavailableException}, after the batch is
   *     released
   */
  public Pass relayOnce() {
    return pass().pass();
  }

  /** One pass ({@link #relayOnce()}), with the least id its claim took. */
  private Ran pass() {
    requireOutsideUnitOfWork();
    Claim claim = unitOfWork.inTransaction(() -> unitOfWork.run("claiming outbox events", this::claim));
    if (claim.heads().isEmpty()) {
      return new Ran(claim.unreadable() == 0 ? Pass.NOTHING : new Pass(0, 0, 0, claim.unreadable(), false),
          claim.leastId());
    }
    Rounds rounds = new Rounds(claim);
    List<Claimed> round = claim.heads();
    Instant lastRoundStart = claim.at().plus(settings.lease().dividedBy(2));
    while (!round.isEmpty()) {
      List<DeliveryOutcome> outcomes;
      try {
        outcomes = sink.deliver(round.stream().map(Claimed::event).toList());
      } catch (SinkUnavailableException e) {
        Duration backoff = settings.backoff(unavailableInARow.incrementAndGet());
        int released = round.size() + rounds.waiting().size();
        Pass pass = finish(rounds, round, backoff, true);
        LOG.warn("event sink unavailable, {} events released for a retry in {}: {}", released, backoff,
            e.getMessage());
        return new Ran(pass, claim.leastId());
      } catch (RuntimeException | Error e) {
        finishAfter(e, rounds, round);
        throw e;
      }
      if (outcomes == null || outcomes.size() != round.size() || outcomes.stream().anyMatch(Objects::isNull)) {
        IllegalStateException broken = new IllegalStateException("the event sink returned " + (outcomes == null
            ? "null" : outcomes.size() + " outcomes") + " for " + round.size() + " events, or a null outcome");
        finishAfter(broken, rounds, round);
        throw broken;
      }
      unavailableInARow.set(0);
      rounds.delivered(round, outcomes);
      round = clock.instant().isBefore(lastRoundStart) ? rounds.next() : List.of();
    }
    return new Ran(finish(rounds, List.of(), Duration.ZERO, false), claim.leastId());
  }

  /**
   * Runs passes until the events stored before it began are handed out: it stops after a pass that claims (or
   * dead-letters unread) nothing stored before it began, or that finds the sink unavailable. Events stored while it
   * runs are left to the next call, but for those its passes take on the way (each pass claims whatever is due,
   * stored before or after). So a relay drained on a schedule under a steady load runs once per interval, in full
   * batches of what the interval gathered, and returns, where passes until one found nothing would never end under
   * that load, each taking what arrived during the one before (a few events a pass, each pass costing two
   * transactions of its own). Events that are not due (a refused one waiting out its backoff), or leased by another
   * relay, are not waited for: a later call takes them.
   *
   * @return how many events were marked delivered
   * @throws RuntimeException as {@link #relayOnce()}
   */
  public int drain() {
    long lastStored = lastStoredId();
    int delivered = 0;
    Ran ran;
    do {
      ran = pass();
      delivered += ran.pass().delivered();
    } while ((ran.pass().claimed() > 0 || ran.pass().deadLettered() > 0) && ran.leastId() <= lastStored
        && !ran.pass().sinkUnavailable());
    return delivered;
  }

  private void requireOutsideUnitOfWork() {
    if (unitOfWork.inUnitOfWork()) {
      throw new IllegalStateException("the relay publishes outside any transaction: do not call it inside a unit of "
          + "work over its data source");
    }
  }

  /** The statement that reads the greatest id in the outbox, by the primary key's last entry. */
  static final String LAST_STORED_ID = "SELECT MAX(id) FROM grid_outbox";

  /** The greatest id in the outbox, or 0 when it is empty: ids are taken in order, so a later event's is greater. */
  private long lastStoredId() {
    requireOutsideUnitOfWork();
    return unitOfWork.inTransaction(() -> unitOfWork.run("reading the outbox's last id", connection -> {
      planWithoutSequentialScans(connection);
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(LAST_STORED_ID)) {
        return rows.next() ? rows.getLong(1) : 0L;
      }
    }));
  }

  /**
   * Deletes the delivered events older than the retention window.
   *
   * @return how many were deleted
   * @throws org.grid.adapters.jdbc.JdbcAdapterException if the database fails
   */
  public int purgeDelivered() {
    long before = Sql.epochNanos(clock.instant().minus(settings.retention()), "purge bound");
    int purged = unitOfWork.inTransaction(() -> unitOfWork.run("purging delivered outbox events", connection ->
        Sql.update(connection, "DELETE FROM grid_outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?", before)));
    if (purged > 0) {
      LOG.info("purged {} delivered outbox events older than {}", purged, settings.retention());
    }
    return purged;
  }

  /** A claimed row: its key, the attempts it had and the event. */
  private record Claimed(long id, int attempts, OutgoingEvent event) {}

  /**
   * What a claim took: the heads of their aggregates, with each the aggregate's next pending events (its followers,
   * by aggregate, in order), how many rows it moved to the dead letters unread, when, and the least id it claimed or
   * moved ({@link Long#MAX_VALUE} when none).
   */
  private record Claim(List<Claimed> heads, Map<String, List<Claimed>> followers, int unreadable, Instant at,
      long leastId) {}

  /** What a pass did, with the least id its claim claimed or moved ({@link Long#MAX_VALUE} when none). */
  private record Ran(Pass pass, long leastId) {}

  /**
   * A pass's rounds (投递轮次): what the sink was handed, with the outcomes, and the followers it has not been handed
   * yet. The first round is the claim's heads; each next one holds, for each aggregate whose event the round before
   * delivered, its next follower, so that every round holds at most one event per aggregate, as {@link EventSink}
   * promises sinks, and an aggregate's events go in their order, each only after the one before it was delivered.
   */
  private static final class Rounds {
    private final Claim claim;
    private final List<Claimed> handed = new ArrayList<>();
    private final List<DeliveryOutcome> outcomes = new ArrayList<>();
    /** The followers not handed yet, by aggregate, in order. */
    private final Map<String, ArrayDeque<Claimed>> waiting = new LinkedHashMap<>();
    /** The aggregates whose event the last round delivered. */
    private final List<String> delivered = new ArrayList<>();

    Rounds(Claim claim) {
      this.claim = claim;
      claim.followers().forEach((aggregate, followers) -> waiting.put(aggregate, new ArrayDeque<>(followers)));
    }

    /** Records a round's outcomes, one per event in order. */
    void delivered(List<Claimed> round, List<DeliveryOutcome> got) {
      handed.addAll(round);
      outcomes.addAll(got);
      delivered.clear();
      for (int i = 0; i < round.size(); i++) {
        if (got.get(i) instanceof DeliveryOutcome.Delivered) {
          delivered.add(round.get(i).event().aggregate());
        }
      }
    }

    /** Takes the next round: the next follower of each aggregate the last round delivered; empty when none is left. */
    List<Claimed> next() {
      List<Claimed> round = new ArrayList<>();
      for (String aggregate : delivered) {
        ArrayDeque<Claimed> followers = waiting.get(aggregate);
        if (followers != null && !followers.isEmpty()) {
          round.add(followers.poll());
        }
      }
      delivered.clear();
      return round;
    }

    /** The followers not handed to the sink. */
    List<Claimed> waiting() {
      List<Claimed> all = new ArrayList<>();
      waiting.values().forEach(all::addAll);
      return all;
    }
  }

  /** A claimable row that does not map to an event: its key, the attempts it had and the mapping error. */
  private record Unreadable(long id, int attempts, String error) {}

  /** The text columns of a claimed row, in the order {@link #refusedColumn} takes their values. */
  private static final List<String> TEXT_COLUMNS =
      List.of("event_id", "event_type", "source", "subject", "county", "aggregate_id", "payload");

  /**
   * The column a row that does not map to an event is blamed on: the first whose text an {@link OutgoingEvent}
   * refuses (null or blank; the event checks nothing else of them), else {@code event_id}.
   */
  private static String refusedColumn(String... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i].isBlank()) {
        return TEXT_COLUMNS.get(i);
      }
    }
    return "event_id";
  }

  /**
   * Reads the current row of a result of {@link #CLAIMED_COLUMNS}.
   *
   * @param unreadable where a row that does not map to an event (a blank type, say) is recorded, with the column at
   *     fault
   * @return the claimed event, or null when the row does not map to one
   * @throws RowMappingException if its attempts are unreadable
   */
  private static Claimed readClaimed(ResultSet rows, RowReader c, List<Unreadable> unreadable) throws SQLException {
    long id = rows.getLong("id");
    c.row(Long.toString(id));
    String eventId = rows.getString("event_id");
    String type = rows.getString("event_type");
    String source = rows.getString("source");
    String subject = rows.getString("subject");
    String county = rows.getString("county");
    String aggregate = rows.getString("aggregate_id");
    Instant time = Sql.instantOfEpochNanos(rows.getLong("occurred_at"));
    String payload = rows.getString("payload");
    int attempts = c.requiredInt("attempts");
    OutgoingEvent event;
    try {
      event = new OutgoingEvent(eventId, type, source, subject, county, aggregate, time, payload);
    } catch (IllegalArgumentException | NullPointerException e) {
      RowMappingException refused = new RowMappingException("grid_outbox", Long.toString(id),
          refusedColumn(eventId, type, source, subject, county, aggregate, payload), String.valueOf(e.getMessage()));
      unreadable.add(new Unreadable(id, attempts, refused.getMessage()));
      return null;
    }
    // Edited by hand, a row could count its tries from below zero, or from so near the top that the next try's
    // count overflows: either way it would never reach the dead letters.
    String problem = attempts < 0 ? "must not be negative, was " + attempts : null;
    String column = "attempts";
    if (problem == null) {
      problem = payloadProblem(payload, eventId);
      column = "payload";
    }
    if (problem != null) {
      RowMappingException refused = new RowMappingException("grid_outbox", Long.toString(id), column, problem);
      unreadable.add(new Unreadable(id, Math.max(attempts, 0), refused.getMessage()));
      return null;
    }
    return new Claimed(id, attempts, event);
  }

  /** Reads payloads without keeping them: a claimed row's payload is checked, never turned into a tree. */
  private static final JsonFactory PAYLOADS =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Tells why a row's payload is not the CloudEvent the outbox's writers store, or null when it is one: a JSON
   * object, nothing after it, whose {@code id} is the row's {@code event_id}. A payload edited into something else
   * would reach consumers as an event they cannot read, or under an id their deduplication does not know; it goes to
   * the dead letters instead. The problem never quotes the payload, which may hold what a citizen wrote.
   */
  static String payloadProblem(String payload, String eventId) {
    try (JsonParser json = PAYLOADS.createParser(payload)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return "must be a CloudEvent as a JSON object";
      }
      String id = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (name.equals("id") && value == JsonToken.VALUE_STRING) {
          id = json.getText();
        } else {
          json.skipChildren();
        }
      }
      if (json.nextToken() != null) {
        return "must hold one JSON object and nothing after it";
      }
      return eventId.equals(id) ? null : "must carry the row's event_id as its CloudEvents id";
    } catch (IOException e) {
      JsonLocation at = e instanceof JsonProcessingException p ? p.getLocation() : null;
      return "is not well-formed JSON" + (at == null ? "" : " (at character " + at.getCharOffset() + ")");
    }
  }

  /**
   * Claims a batch. A row that does not map to an event (edited by hand: a blank type, say) can never be delivered,
   * and left pending it would fail every claim, blocking every event behind it: it moves to the dead letters, with
   * the mapping error as its reason, in the claim's transaction, and the claim goes on without it.
   */
  private Claim claim(Connection connection) throws SQLException {
    planWithoutSequentialScans(connection);
    Instant now = clock.instant();
    long nowNanos = Sql.epochNanos(now, "now");
    List<Claimed> batch = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    boolean walking = unitOfWork.dialect() == Dialect.POSTGRESQL;
    try (PreparedStatement statement =
        connection.prepareStatement(claimable(unitOfWork.dialect()))) {
      int parameter = 1;
      if (walking) {
        statement.setLong(parameter++, walkStart.from(now));
      }
      statement.setLong(parameter++, nowNanos);
      statement.setLong(parameter++, nowNanos);
      statement.setInt(parameter, settings.batchSize());
      try (ResultSet rows = statement.executeQuery()) {
        RowReader c = new RowReader(rows, "grid_outbox");
        while (rows.next()) {
          Claimed claimed = readClaimed(rows, c, unreadable);
          if (claimed != null) {
            batch.add(claimed);
          }
        }
      }
    }
    int moved = 0;
    for (Unreadable row : unreadable) {
      if (moveToDeadLetters(connection, row.id(), null, Math.max(row.attempts(), 1), truncate(row.error()),
          nowNanos)) {
        moved++;
        LOG.warn("outbox row {} moved to the dead letters unread: {}", row.id(), row.error());
      }
    }
    long leastHead = batch.stream().mapToLong(Claimed::id).min().orElse(Long.MAX_VALUE);
    long leastId = Math.min(leastHead, unreadable.stream().mapToLong(Unreadable::id).min().orElse(Long.MAX_VALUE));
    if (batch.isEmpty()) {
      return new Claim(batch, Map.of(), moved, now, leastId);
    }
    if (walking) {
      walkStart.claimed(now, leastHead);
    }
    Map<String, List<Claimed>> followers = claimFollowers(connection, batch, nowNanos);
    List<Long> ids = new ArrayList<>(batch.stream().map(Claimed::id).toList());
    followers.values().forEach(chain -> chain.forEach(claimed -> ids.add(claimed.id())));
    long until = Sql.epochNanos(now.plus(settings.lease()), "lease");
    updateRows(connection, "claimed_by = ?, claimed_until = ?", "", ids, statement -> {
      statement.setString(1, node);
      statement.setLong(2, until);
      return 2;
    });
    LOG.debug("claimed {} outbox events, {} of them heads", ids.size(), batch.size());
    return new Claim(batch, followers, moved, now, leastId);
  }

  /** What the relay's transactions on PostgreSQL begin with (see {@link #planWithoutSequentialScans}). */
  static final String WITHOUT_SEQUENTIAL_SCANS = "SET LOCAL enable_seqscan = off";

  /**
   * On PostgreSQL, keeps the planner from scanning the whole outbox for the rest of the transaction: every statement
   * of a relay finds its rows by an index, but PostgreSQL plans a prepared statement generically once and keeps that
   * plan while nothing analyses the table (autovacuum off), and the plan it makes while the outbox holds a few rows
   * scans the table: the lease and the mark ({@code WHERE id = ANY(?)}), so planned, would read every retained event
   * on every pass once the table had grown. With sequential scans off when they are planned, they are planned by the
   * primary key whatever the table held then. Elsewhere it does nothing.
   */
  private void planWithoutSequentialScans(Connection connection) throws SQLException {
    if (unitOfWork.dialect() == Dialect.POSTGRESQL) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(WITHOUT_SEQUENTIAL_SCANS);
      }
    }
  }

  /**
   * The most followers a pass claims with each head: a request's lifecycle from the report to the rating, and some
   * more.
   */
  public static final int FOLLOWERS_PER_HEAD = 7;

  /**
   * Claims, with the heads, each one's followers: its aggregate's next pending events, up to {@link
   * #FOLLOWERS_PER_HEAD} of them and {@value Settings#MAX_BATCH_SIZE} in all, so that a pass delivers an aggregate's
   * events that wait one behind the other in one go (in rounds, see {@link Rounds}), where otherwise each pass would
   * deliver one of them and walk past the others, refusing each as not its aggregate's head, until its turn came.
   *
   * <p>Two statements: the first reads the aggregates' pending ids in order without locking anything; the second
   * locks those that are still pending, due and unleased ({@code FOR UPDATE SKIP LOCKED}). A follower is claimed
   * only if every pending event of its aggregate between it and the head is too: an aggregate's followers are cut
   * at the first one the second statement did not lock (another relay holds it, it is not due, or it was delivered
   * meanwhile) or that does not map to an event, so no event is ever handed out before an earlier one of its
   * aggregate.
   */
  private Map<String, List<Claimed>> claimFollowers(Connection connection, List<Claimed> heads, long nowNanos)
      throws SQLException {
    Map<String, Long> headIds = new LinkedHashMap<>();
    heads.forEach(head -> headIds.put(head.event().aggregate(), head.id()));
    int most = Math.min(FOLLOWERS_PER_HEAD * heads.size(), Settings.MAX_BATCH_SIZE);
    Map<String, List<Long>> chains = new LinkedHashMap<>();
    Dialect dialect = unitOfWork.dialect();
    try (PreparedStatement statement = connection.prepareStatement(pendingOfAggregates(dialect, headIds.size()))) {
      int parameter = bindAll(connection, statement, 1, "text", List.copyOf(headIds.keySet()));
      statement.setInt(parameter, dialect == Dialect.POSTGRESQL ? 1 + FOLLOWERS_PER_HEAD : headIds.size() + most);
      try (ResultSet rows = statement.executeQuery()) {
        String aggregate = null;
        boolean behindHead = false;
        int taken = 0;
        while (rows.next() && taken < most) {
          long id = rows.getLong(1);
          String of = rows.getString(2);
          if (!Objects.equals(of, aggregate)) {
            aggregate = of;
            // The aggregate's first pending event must be the head this claim locked; else leave it be.
            behindHead = Objects.equals(headIds.get(of), id);
          } else if (behindHead) {
            List<Long> chain = chains.computeIfAbsent(of, key -> new ArrayList<>());
            if (chain.size() < FOLLOWERS_PER_HEAD) {
              chain.add(id);
              taken++;
            }
          }
        }
      }
    }
    if (chains.isEmpty()) {
      return Map.of();
    }
    List<Long> candidates = new ArrayList<>();
    chains.values().forEach(candidates::addAll);
    Map<Long, Claimed> locked = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        lockableFollowers(dialect, candidates.size()))) {
      int parameter = bindAll(connection, statement, 1, "bigint", candidates);
      statement.setLong(parameter++, nowNanos);
      statement.setLong(parameter, nowNanos);
      try (ResultSet rows = statement.executeQuery()) {
        RowReader c = new RowReader(rows, "grid_outbox");
        while (rows.next()) {
          // A row that maps to no event is not claimed: it cuts its aggregate's followers here, and the claim that
          // finds it a head moves it to the dead letters with the reason.
          try {
            Claimed follower = readClaimed(rows, c, new ArrayList<>());
            if (follower != null) {
              locked.put(follower.id(), follower);
            }
          } catch (RowMappingException e) {
            // Its attempts unreadable: not claimed either.
          }
        }
      }
    }
    Map<String, List<Claimed>> followers = new LinkedHashMap<>();
    chains.forEach((aggregate, chain) -> {
      List<Claimed> claimed = new ArrayList<>();
      for (Long id : chain) {
        Claimed follower = locked.get(id);
        if (follower == null) {
          break;
        }
        claimed.add(follower);
      }
      if (!claimed.isEmpty()) {
        followers.put(aggregate, claimed);
      }
    });
    return followers;
  }

  /**
   * Returns the statement that reads the pending ids of some aggregates, unlocked, grouped by aggregate and in order
   * within each.
   *
   * <p>On PostgreSQL its parameters are the aggregates (an array) and the most rows of each; each aggregate is asked
   * on its own ({@code LATERAL}, as the head probe of {@link #CLAIMABLE_WALKING}), its pendingness written {@code
   * delivered_at + 0 IS NULL}, so that the aggregate's entries of {@code ix_grid_outbox_aggregate} are read, never
   * the pending index with its dead entries. Asked as {@code aggregate_id = ANY(?)} over the table, the plan made
   * while the table was empty (cached by the driver and the server, and kept while nothing analyses the table) scanned
   * the whole table on every claim. Elsewhere its parameters are the aggregates, one each, and the most rows in all.
   *
   * @param dialect the database's dialect
   * @param aggregates how many aggregates
   * @return the statement
   */
  static String pendingOfAggregates(Dialect dialect, int aggregates) {
    if (dialect == Dialect.POSTGRESQL) {
      return "SELECT f.id, f.aggregate_id FROM unnest(?::text[]) WITH ORDINALITY a (aggregate_id, n), LATERAL ("
          + "SELECT e.id, e.aggregate_id FROM grid_outbox e WHERE e.aggregate_id = a.aggregate_id "
          + "AND e.delivered_at + 0 IS NULL ORDER BY e.delivered_at, e.id LIMIT ?) f ORDER BY a.n, f.id";
    }
    return "SELECT o.id, o.aggregate_id FROM grid_outbox o WHERE o.aggregate_id " + inList(aggregates)
        + " AND o.delivered_at IS NULL ORDER BY o.aggregate_id, o.delivered_at, o.id LIMIT ?";
  }

  /**
   * Returns the statement that locks the followers that are still pending, due and unleased, skipping those another
   * transaction holds: its parameters are the ids (an array on PostgreSQL, else one each), then the instant twice.
   * On PostgreSQL each row is asked by its id on its own ({@code LATERAL}), so that it is found by the primary key
   * however the plan was made (see {@link #pendingOfAggregates}).
   *
   * @param dialect the database's dialect
   * @param ids how many ids
   * @return the statement
   */
  static String lockableFollowers(Dialect dialect, int ids) {
    String lockable = " AND o.next_attempt_at <= ? AND (o.claimed_until IS NULL OR o.claimed_until <= ?)"
        + dialect.claimSkippingLocked();
    if (dialect == Dialect.POSTGRESQL) {
      return "SELECT c.* FROM unnest(?::bigint[]) k (id), LATERAL (" + CLAIMED_COLUMNS + "grid_outbox o "
          + "WHERE o.id = k.id AND o.delivered_at + 0 IS NULL" + lockable + ") c";
    }
    return CLAIMED_COLUMNS + "grid_outbox o WHERE o.id " + inList(ids) + " AND o.delivered_at IS NULL"
        + lockable;
  }

  /** {@code IN (?, ...)} with {@code count} parameters. */
  private static String inList(int count) {
    return "IN (" + "?, ".repeat(count - 1) + "?)";
  }

  /**
   * Binds values from a parameter on, as one array on PostgreSQL, else one parameter each ({@link #inList}), and
   * answers the next parameter's index.
   */
  private int bindAll(Connection connection, PreparedStatement statement, int from, String sqlType, List<?> values)
      throws SQLException {
    if (unitOfWork.dialect() == Dialect.POSTGRESQL) {
      statement.setArray(from, connection.createArrayOf(sqlType, values.toArray()));
      return from + 1;
    }
    int parameter = from;
    for (Object value : values) {
      statement.setObject(parameter++, value);
    }
    return parameter;
  }

  /**
   * Ends a pass in one transaction: records the outcomes of what the sink was handed, gives back the round it failed
   * on (to be tried again after the backoff, counting no attempt) and the followers it never reached (due at once;
   * each waits behind its aggregate's earlier event as ever).
   *
   * @param failed the round the sink failed on, or empty
   * @param backoff how long the failed round waits
   * @param unavailable whether the sink was unavailable
   */
  private Pass finish(Rounds rounds, List<Claimed> failed, Duration backoff, boolean unavailable) {
    List<Claimed> waiting = rounds.waiting();
    Instant now = clock.instant();
    long retryAt = Sql.epochNanos(now.plus(backoff), "next attempt");
    long dueAt = Sql.epochNanos(now, "now");
    Pass recorded = unitOfWork.inTransaction(() -> unitOfWork.run("recording outbox deliveries", connection -> {
      planWithoutSequentialScans(connection);
      Pass pass = record(connection, rounds.handed, rounds.outcomes);
      release(connection, failed, retryAt);
      release(connection, waiting, dueAt);
      return pass;
    }));
    failed.forEach(claimed -> walkStart.givenBack(claimed.id()));
    waiting.forEach(claimed -> walkStart.givenBack(claimed.id()));
    if (!waiting.isEmpty()) {
      LOG.debug("{} claimed outbox events not handed to the sink in this pass, given back", waiting.size());
    }
    return new Pass(recorded.claimed() + failed.size(), recorded.delivered(), recorded.retried(),
        recorded.deadLettered() + rounds.claim.unreadable(), unavailable);
  }

  /**
   * Ends a pass the sink broke: records what it confirmed before, gives the rest back after the first backoff; a
   * failure to do so is added to the sink's (the lease then expires).
   */
  private void finishAfter(Throwable failure, Rounds rounds, List<Claimed> failed) {
    try {
      finish(rounds, failed, settings.backoff(1), false);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Gives claimed events back, due again at {@code next}, counting no attempt. */
  private void release(Connection connection, List<Claimed> events, long next) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement("UPDATE grid_outbox SET claimed_by = NULL, "
        + "claimed_until = NULL, next_attempt_at = ? WHERE id = ? AND claimed_by = ? AND delivered_at IS NULL")) {
      for (Claimed claimed : events) {
        statement.setLong(1, next);
        statement.setLong(2, claimed.id());
        statement.setString(3, node);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private Pass record(Connection connection, List<Claimed> batch, List<DeliveryOutcome> outcomes)
      throws SQLException {
    Instant now = clock.instant();
    long nowNanos = Sql.epochNanos(now, "now");
    int delivered = 0;
    int retried = 0;
    int dead = 0;
    List<Long> deliveredIds = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Claimed claimed = batch.get(i);
      DeliveryOutcome outcome = outcomes.get(i);
      if (outcome instanceof DeliveryOutcome.Delivered) {
        deliveredIds.add(claimed.id());
        delivered++;
      } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
        String reason = truncate(rejected.reason());
        int attempts = claimed.attempts() == Integer.MAX_VALUE ? Integer.MAX_VALUE : claimed.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
          if (deadLetter(connection, claimed, attempts, reason, nowNanos)) {
            dead++;
            LOG.warn("outbox event {} ({}) moved to the dead letters after {} refused deliveries: {}",
                claimed.event().id(), claimed.event().type(), attempts, reason);
          }
        } else {
          Duration backoff = settings.backoff(attempts);
          int changed = Sql.update(connection, "UPDATE grid_outbox SET attempts = ?, next_attempt_at = ?, "
              + "last_error = ?, claimed_by = NULL, claimed_until = NULL "
              + "WHERE id = ? AND claimed_by = ? AND delivered_at IS NULL", attempts,
              Sql.epochNanos(now.plus(backoff), "next attempt"), reason, claimed.id(), node);
          if (changed == 1) {
            walkStart.givenBack(claimed.id());
            retried++;
            LOG.info("outbox event {} ({}) refused, attempt {} of {}, retry in {}: {}", claimed.event().id(),
                claimed.event().type(), attempts, settings.maxAttempts(), backoff, reason);
          }
        }
      }
    }
    updateRows(connection, DELIVERED_SET, DELIVERED_CONDITION, deliveredIds, statement -> {
          statement.setLong(1, nowNanos);
          return 1;
        });
    LOG.debug("outbox pass: {} delivered, {} retried, {} dead letters", delivered, retried, dead);
    return new Pass(batch.size(), delivered, retried, dead, false);
  }

  /** What marking an event delivered sets; its one parameter is the instant. */
  static final String DELIVERED_SET = "delivered_at = ?, claimed_by = NULL, claimed_until = NULL, last_error = NULL";

  /**
   * What an event must meet to be marked delivered: still pending. Written {@code delivered_at + 0}, which no index
   * serves, so that the rows are found by their ids: asked as {@code delivered_at IS NULL}, PostgreSQL expecting few
   * pending rows bitmap-scanned the pending index instead and read every dead entry it holds (174 of a pass's 327
   * buffers a minute into the load in the example application, autovacuum off).
   */
  static final String DELIVERED_CONDITION = " AND delivered_at + 0 IS NULL";

  /**
   * Returns the statement that sets columns of rows by id (see {@link #updateRows}).
   *
   * @param dialect the database's dialect
   * @param set the {@code SET} list
   * @param condition what else a row must meet, with a leading space, or empty
   * @return the statement: its parameters are those of {@code set}, then the ids (an array on PostgreSQL, else one)
   */
  static String rowsUpdate(Dialect dialect, String set, String condition) {
    return "UPDATE grid_outbox SET " + set + " WHERE id " + (dialect == Dialect.POSTGRESQL ? "= ANY(?)" : "= ?")
        + condition;
  }

  /** Binds the leading parameters of an update and answers how many it bound. */
  private interface LeadingValues {
    int bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * Sets columns of the rows with the given ids: on PostgreSQL in one statement for them all ({@code WHERE id =
   * ANY(?)}), elsewhere in a batch of one statement a row. A claim's or a pass's hundred rows so cost the server one
   * statement instead of a hundred.
   *
   * @param set the {@code SET} list, its parameters bound by {@code values}
   * @param condition what else a row must meet, with a leading space, or empty
   */
  private void updateRows(Connection connection, String set, String condition, List<Long> ids, LeadingValues values)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    boolean all = unitOfWork.dialect() == Dialect.POSTGRESQL;
    try (PreparedStatement statement = connection.prepareStatement(rowsUpdate(unitOfWork.dialect(), set, condition))) {
      if (all) {
        int bound = values.bind(statement);
        statement.setArray(bound + 1, connection.createArrayOf("bigint", ids.toArray()));
        statement.executeUpdate();
        return;
      }
      for (Long id : ids) {
        int bound = values.bind(statement);
        statement.setLong(bound + 1, id);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private boolean deadLetter(Connection connection, Claimed claimed, int attempts, String reason, long nowNanos)
      throws SQLException {
    return moveToDeadLetters(connection, claimed.id(), node, attempts, reason, nowNanos);
  }

  /**
   * Moves an undelivered row to the dead letters with its attempts and reason; only while {@code claimedBy} holds its
   * claim, unless that is null (a row the claim took unread).
   *
   * @return whether the row was moved
   */
  private static boolean moveToDeadLetters(Connection connection, long id, String claimedBy, int attempts,
      String reason, long nowNanos) throws SQLException {
    String insert = "INSERT INTO grid_outbox_dead_letter (id, event_id, aggregate_id, event_type, "
        + "source, subject, county, occurred_at, payload, attempts, last_error, failed_at) "
        + "SELECT id, event_id, aggregate_id, event_type, source, subject, county, occurred_at, payload, ?, ?, ? "
        + "FROM grid_outbox WHERE id = ? AND delivered_at IS NULL";
    int moved = claimedBy == null
        ? Sql.update(connection, insert, attempts, reason, nowNanos, id)
        : Sql.update(connection, insert + " AND claimed_by = ?", attempts, reason, nowNanos, id, claimedBy);
    if (moved == 0) {
      return false;
    }
    Sql.update(connection, "DELETE FROM grid_outbox WHERE id = ?", id);
    return true;
  }

  private static String truncate(String reason) {
    String text = reason.isBlank() ? "(no reason given)" : reason;
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
  }
}
