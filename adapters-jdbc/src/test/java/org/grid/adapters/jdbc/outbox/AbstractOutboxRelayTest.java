package org.grid.adapters.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.EventSink.SinkUnavailableException;
import org.grid.core.port.out.OutboxMonitor.DeadLetter;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * The outbox relay and its monitor on one database: order per aggregate under two concurrent relays, dead letters,
 * an unavailable sink, crashes, leases and retention. Each per-database subclass opens the database.
 */
abstract class AbstractOutboxRelayTest extends AbstractDatabaseTest {

  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final OutboxRelay.Settings SETTINGS = OutboxRelay.Settings.defaults()
      .withBatchSize(50).withMaxAttempts(3).withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
      .withLease(Duration.ofMinutes(1)).withRetention(Duration.ofDays(7));

  private final MutableClock clock = MutableClock.of(START, ZoneOffset.UTC);

  @BeforeEach
  void emptyTheOutbox() throws SQLException {
    execute("DELETE FROM grid_outbox");
    execute("DELETE FROM grid_outbox_dead_letter");
  }

  /** An event of an aggregate, numbered within it. */
  private OutgoingEvent event(String aggregate, int seq) {
    String id = aggregate + "/" + seq;
    return new OutgoingEvent(id, "org.grid.test.happened.v1", "/counties/C1", aggregate, "C1", aggregate,
        clock.instant(), "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"data\":{\"seq\":" + seq + "}}");
  }

  /** Stores events as one change would, in one transaction. */
  private static void store(List<OutgoingEvent> events) {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    unitOfWork.inTransaction(() -> unitOfWork.run("storing test events", connection -> {
      OutboxRows.append(connection, events);
      return null;
    }));
  }

  /** Stores {@code perAggregate} events of each aggregate, the aggregates interleaved. */
  private List<OutgoingEvent> storeInterleaved(List<String> aggregates, int perAggregate) {
    List<OutgoingEvent> all = new ArrayList<>();
    for (int seq = 0; seq < perAggregate; seq++) {
      for (String aggregate : aggregates) {
        all.add(event(aggregate, seq));
      }
    }
    store(all);
    return all;
  }

  private OutboxRelay relay(DataSource dataSource, EventSink sink) {
    return new OutboxRelay(dataSource, sink, clock, SETTINGS);
  }

  private JdbcOutboxMonitor monitor() {
    return new JdbcOutboxMonitor(database.dataSource(), clock);
  }

  /** A sink that confirms everything and keeps it. */
  private static EventSink recording(List<OutgoingEvent> into) {
    return events -> {
      into.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    };
  }

  private static List<String> ids(List<OutgoingEvent> events) {
    return events.stream().map(OutgoingEvent::id).toList();
  }

  private static Map<String, List<String>> byAggregate(List<OutgoingEvent> events) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    events.forEach(e -> map.computeIfAbsent(e.aggregate(), k -> new ArrayList<>()).add(e.id()));
    return map;
  }

  private static long longValue(String sql, Object... values) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  @Test
  void two_relays_on_their_own_pools_and_threads_deliver_every_event_once_and_each_aggregate_in_order()
      throws Exception {
    List<String> aggregates = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      aggregates.add("request/R" + i);
    }
    List<OutgoingEvent> stored = storeInterleaved(aggregates, 6);
    List<OutgoingEvent> delivered = new CopyOnWriteArrayList<>();
    Map<String, String> inFlight = new ConcurrentHashMap<>();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    Map<String, AtomicInteger> perRelay = new ConcurrentHashMap<>();
    try (HikariDataSource poolA = database.newPool("relay-a", 3, null);
        HikariDataSource poolB = database.newPool("relay-b", 3, null)) {
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<?>> runs = new ArrayList<>();
        for (HikariDataSource pool : List.of(poolA, poolB)) {
          String name = pool.getPoolName();
          perRelay.put(name, new AtomicInteger());
          EventSink sink = events -> {
            for (OutgoingEvent e : events) {
              String other = inFlight.putIfAbsent(e.aggregate(), e.id());
              if (other != null) {
                overlaps.add(e.id() + " while " + other);
              }
            }
            try {
              Thread.sleep(2);
            } catch (InterruptedException interrupted) {
              Thread.currentThread().interrupt();
            }
            delivered.addAll(events);
            perRelay.get(name).addAndGet(events.size());
            events.forEach(e -> inFlight.remove(e.aggregate(), e.id()));
            return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
          };
          OutboxRelay relay = new OutboxRelay(pool, sink, java.time.Clock.systemUTC(), SETTINGS.withBatchSize(7));
          JdbcOutboxMonitor monitor = new JdbcOutboxMonitor(pool, java.time.Clock.systemUTC());
          runs.add(threads.submit(() -> {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (monitor.pendingCount() > 0 && System.nanoTime() < deadline) {
              if (relay.relayOnce().claimed() == 0) {
                Thread.sleep(1);
              }
            }
            return null;
          }));
        }
        for (Future<?> run : runs) {
          run.get(3, TimeUnit.MINUTES);
        }
      } finally {
        threads.shutdownNow();
      }
    }
    assertThat(overlaps).as("two events of one aggregate in flight at once").isEmpty();
    assertThat(ids(delivered)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(stored));
    assertThat(byAggregate(delivered)).isEqualTo(byAggregate(stored));
    assertThat(perRelay.values()).as("both relays delivered").allSatisfy(n -> assertThat(n.get()).isPositive());
    assertThat(monitor().pendingCount()).isZero();
  }

  @Test
  void a_poison_event_is_retried_with_backoff_then_dead_lettered_while_the_rest_flow_and_can_be_requeued()
      throws SQLException {
    store(List.of(event("a", 0), event("b", 0)));
    OutgoingEvent poison = event("a", 1);
    store(List.of(poison, event("b", 1)));
    store(List.of(event("a", 2), event("b", 2)));
    List<OutgoingEvent> delivered = new ArrayList<>();
    AtomicBoolean refusing = new AtomicBoolean(true);
    List<Instant> attemptsAt = new ArrayList<>();
    EventSink sink = events -> {
      List<DeliveryOutcome> outcomes = new ArrayList<>();
      for (OutgoingEvent e : events) {
        if (e.id().equals(poison.id()) && refusing.get()) {
          attemptsAt.add(clock.instant());
          outcomes.add(new DeliveryOutcome.Rejected("message too large for exchange grid.events"));
        } else {
          delivered.add(e);
          outcomes.add(DeliveryOutcome.DELIVERED);
        }
      }
      return outcomes;
    };
    OutboxRelay relay = relay(database.dataSource(), sink);

    // One pass, three rounds: a/0 and b/0; a/1 refused and b/1; b/2. a/2 is claimed with a but never handed out
    // before a/1: it is given back.
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(5, 4, 1, 0, false));
    assertThat(longValue("SELECT attempts FROM grid_outbox WHERE event_id = ?", poison.id())).isEqualTo(1);
    assertThat(longValue("SELECT COUNT(*) FROM grid_outbox WHERE claimed_by IS NOT NULL")).as("given back").isZero();
    // b flowed on while a waits behind its refused event's backoff.
    assertThat(relay.relayOnce().claimed()).isZero();
    clock.add(Duration.ofMillis(999));
    assertThat(relay.relayOnce().claimed()).as("within the first backoff of 1 s").isZero();
    clock.add(Duration.ofMillis(1));
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, 0, 1, 0, false));   // second refusal
    clock.add(Duration.ofMillis(1_999));
    assertThat(relay.relayOnce().claimed()).as("within the doubled backoff of 2 s").isZero();
    clock.add(Duration.ofMillis(1));
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, 0, 0, 1, false));   // third: dead letter
    assertThat(attemptsAt).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3));
    // The head is unblocked at once: a's next event goes out.
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, 1, 0, 0, false));   // a/2
    assertThat(ids(delivered)).containsExactly("a/0", "b/0", "b/1", "b/2", "a/2");

    JdbcOutboxMonitor monitor = monitor();
    assertThat(monitor.pendingCount()).isZero();
    assertThat(monitor.deadLetterCount()).isEqualTo(1);
    assertThat(monitor.deadLetters(10)).containsExactly(new DeadLetter(poison.id(), poison.type(), poison.subject(),
        poison.aggregate(), poison.time(), 3, "message too large for exchange grid.events", START.plusSeconds(3)));
    assertThat(monitor.requeue("no-such-event")).isFalse();

    refusing.set(false);
    assertThat(monitor.requeue(poison.id())).isTrue();
    assertThat(monitor.deadLetterCount()).isZero();
    assertThat(monitor.pendingCount()).isEqualTo(1);
    assertThat(relay.drain()).isEqualTo(1);
    assertThat(delivered).last().isEqualTo(poison);
    assertThat(monitor.requeue(poison.id())).isFalse();
  }

  @Test
  void an_unavailable_sink_costs_no_attempt_backs_off_and_loses_nothing_when_it_is_back() throws SQLException {
    List<OutgoingEvent> stored = storeInterleaved(List.of("a", "b", "c"), 3);
    List<OutgoingEvent> delivered = new ArrayList<>();
    AtomicBoolean down = new AtomicBoolean(true);
    AtomicInteger calls = new AtomicInteger();
    OutboxRelay relay = relay(database.dataSource(), events -> {
      calls.incrementAndGet();
      if (down.get()) {
        throw new SinkUnavailableException("broker 127.0.0.1:5672 refused the connection", null);
      }
      delivered.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    });

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(3, 0, 0, 0, true));
    assertThat(relay.drain()).as("drain stops at an unavailable sink").isZero();
    assertThat(calls.get()).isEqualTo(1);
    clock.add(Duration.ofSeconds(1));
    assertThat(relay.relayOnce().sinkUnavailable()).isTrue();
    assertThat(longValue("SELECT MAX(next_attempt_at) FROM grid_outbox WHERE delivered_at IS NULL"))
        .as("the second failure in a row waits 2 s")
        .isEqualTo(START.plusSeconds(3).getEpochSecond() * 1_000_000_000L);
    assertThat(longValue("SELECT MAX(attempts) FROM grid_outbox")).isZero();
    assertThat(monitor().pendingCount()).isEqualTo(9);
    assertThat(monitor().deadLetterCount()).isZero();

    down.set(false);
    clock.add(Duration.ofSeconds(2));
    assertThat(relay.drain()).isEqualTo(9);
    assertThat(ids(delivered)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(stored));
    assertThat(byAggregate(delivered)).isEqualTo(byAggregate(stored));
    assertThat(monitor().pendingCount()).isZero();
  }

  @Test
  void a_pass_hands_an_aggregates_waiting_events_to_the_sink_in_rounds_one_per_aggregate_a_call_in_order()
      throws SQLException {
    storeInterleaved(List.of("a", "b", "c"), 4);
    store(List.of(event("d", 0)));
    List<List<String>> calls = new ArrayList<>();
    OutboxRelay relay = relay(database.dataSource(), events -> {
      calls.add(ids(events));
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    });

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(13, 13, 0, 0, false));
    assertThat(calls).containsExactly(List.of("a/0", "b/0", "c/0", "d/0"), List.of("a/1", "b/1", "c/1"),
        List.of("a/2", "b/2", "c/2"), List.of("a/3", "b/3", "c/3"));
    assertThat(monitor().pendingCount()).isZero();
    assertThat(longValue("SELECT COUNT(*) FROM grid_outbox WHERE claimed_by IS NOT NULL")).isZero();
  }

  @Test
  void drain_hands_out_what_was_stored_before_it_began_and_leaves_what_arrives_meanwhile_to_the_next_call() {
    store(List.of(event("a", 0), event("b", 0), event("a", 1), event("c", 0)));
    List<OutgoingEvent> delivered = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    // A steady load: while the relay delivers, every call of the sink sees another request's event stored.
    OutboxRelay relay = relay(database.dataSource(), events -> {
      delivered.addAll(events);
      store(List.of(event("n" + calls.incrementAndGet(), 0)));
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    });

    // The first pass claims the four (two rounds, each storing one more), the second what those two stored (n1 and
    // n2, while n3 is stored), and drain stops there: that pass claimed nothing stored before it began.
    assertThat(relay.drain()).isEqualTo(6);
    assertThat(ids(delivered)).containsExactly("a/0", "b/0", "c/0", "a/1", "n1/0", "n2/0");
    assertThat(monitor().pendingCount()).as("n3 waits for the next call").isEqualTo(1);
    assertThat(relay.drain()).as("n3, stored before this call, and n4, stored by its pass").isEqualTo(2);
    assertThat(ids(delivered)).endsWith("n3/0", "n4/0");
    assertThat(monitor().pendingCount()).isEqualTo(1);
  }

  @Test
  void a_pass_claims_at_most_seven_followers_with_each_head() {
    List<OutgoingEvent> stored = new ArrayList<>();
    for (int seq = 0; seq < 10; seq++) {
      stored.add(event("a", seq));
    }
    store(stored);
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay relay = relay(database.dataSource(), recording(delivered));

    int first = 1 + OutboxRelay.FOLLOWERS_PER_HEAD;
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(first, first, 0, 0, false));
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(10 - first, 10 - first, 0, 0, false));
    assertThat(delivered).isEqualTo(stored);
  }

  @Test
  void a_follower_another_transaction_holds_ends_its_aggregates_rounds_before_it() throws SQLException {
    store(List.of(event("a", 0), event("b", 0), event("a", 1), event("b", 1), event("a", 2), event("a", 3)));
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay relay = relay(database.dataSource(), recording(delivered));
    try (Connection other = database.dataSource().getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock = other.prepareStatement(
          "SELECT id FROM grid_outbox WHERE event_id = 'a/2' FOR UPDATE");
          ResultSet rows = lock.executeQuery()) {
        assertThat(rows.next()).isTrue();
      }
      assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(4, 4, 0, 0, false));
      assertThat(ids(delivered)).as("a/3 is never handed out before a/2").containsExactly("a/0", "b/0", "a/1", "b/1");
      other.commit();
    }
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(2, 2, 0, 0, false));
    assertThat(ids(delivered).subList(4, 6)).containsExactly("a/2", "a/3");
  }

  @Test
  void a_follower_that_does_not_map_to_an_event_ends_its_aggregates_rounds_and_is_dead_lettered_as_a_head()
      throws SQLException {
    store(List.of(event("a", 0), event("a", 1), event("a", 2)));
    execute("UPDATE grid_outbox SET event_type = ' ' WHERE event_id = 'a/1'");
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay relay = relay(database.dataSource(), recording(delivered));

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, 1, 0, 0, false));
    assertThat(relay.drain()).isEqualTo(1);
    assertThat(ids(delivered)).containsExactly("a/0", "a/2");
    assertThat(monitor().deadLetters(10)).extracting(DeadLetter::eventId).containsExactly("a/1");
    assertThat(monitor().pendingCount()).isZero();
  }

  @Test
  void a_sink_unavailable_in_a_later_round_keeps_what_the_earlier_rounds_delivered() throws SQLException {
    store(List.of(event("a", 0), event("b", 0), event("a", 1), event("a", 2)));
    List<OutgoingEvent> delivered = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    OutboxRelay relay = relay(database.dataSource(), events -> {
      if (calls.incrementAndGet() == 2) {
        throw new SinkUnavailableException("broker 127.0.0.1:5672 closed the channel", null);
      }
      delivered.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    });

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(3, 2, 0, 0, true));
    assertThat(ids(delivered)).containsExactly("a/0", "b/0");
    assertThat(monitor().pendingCount()).isEqualTo(2);
    assertThat(longValue("SELECT MAX(attempts) FROM grid_outbox WHERE delivered_at IS NULL")).isZero();
    assertThat(longValue("SELECT COUNT(*) FROM grid_outbox WHERE claimed_by IS NOT NULL")).isZero();
    assertThat(relay.relayOnce().claimed()).as("a/1 waits the first backoff, a/2 behind it").isZero();
    clock.add(Duration.ofSeconds(1));
    assertThat(relay.drain()).isEqualTo(2);
    assertThat(ids(delivered)).containsExactly("a/0", "b/0", "a/1", "a/2");
  }

  @Test
  void no_round_starts_once_half_the_lease_has_passed_and_the_followers_are_given_back_at_once() {
    storeInterleaved(List.of("a", "b"), 2);
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay slow = relay(database.dataSource(), events -> {
      clock.add(SETTINGS.lease().dividedBy(2));
      delivered.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    });
    assertThat(slow.relayOnce()).isEqualTo(new OutboxRelay.Pass(2, 2, 0, 0, false));
    assertThat(ids(delivered)).containsExactly("a/0", "b/0");
    OutboxRelay other = relay(database.dataSource(), recording(delivered));
    assertThat(other.relayOnce()).isEqualTo(new OutboxRelay.Pass(2, 2, 0, 0, false));
    assertThat(ids(delivered)).containsExactly("a/0", "b/0", "a/1", "b/1");
  }

  @Test
  void a_relay_that_dies_between_publishing_and_marking_leaves_its_events_to_be_delivered_again_with_the_same_ids()
      throws SQLException {
    List<OutgoingEvent> stored = storeInterleaved(List.of("a", "b"), 2);
    List<OutgoingEvent> seen = new ArrayList<>();
    Predicate<String> marking = sql -> sql.startsWith("UPDATE grid_outbox SET delivered_at");
    OutboxRelay dying = relay(FaultyDataSource.failingWhen(database.dataSource(), marking), recording(seen));
    assertThatThrownBy(dying::relayOnce).isInstanceOf(JdbcAdapterException.class);
    assertThat(ids(seen)).containsExactly("a/0", "b/0", "a/1", "b/1");

    OutboxRelay survivor = relay(database.dataSource(), recording(seen));
    clock.add(SETTINGS.lease().minusSeconds(1));
    assertThat(survivor.relayOnce().claimed()).as("the dead relay's lease still holds").isZero();
    clock.add(Duration.ofSeconds(1));
    assertThat(survivor.drain()).isEqualTo(4);
    assertThat(seen.subList(4, 8)).isEqualTo(seen.subList(0, 4));
    Map<String, OutgoingEvent> unique = new LinkedHashMap<>();
    seen.forEach(e -> unique.putIfAbsent(e.id(), e));
    assertThat(List.copyOf(unique.values())).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(byAggregate(List.copyOf(unique.values()))).isEqualTo(byAggregate(stored));
    assertThat(monitor().pendingCount()).isZero();
  }

  @Test
  void a_claim_holds_for_its_lease_and_then_another_relay_takes_the_events_over() {
    storeInterleaved(List.of("a", "b"), 2);
    List<OutgoingEvent> byB = new ArrayList<>();
    OutboxRelay b = relay(database.dataSource(), recording(byB));
    List<Integer> claimedByBDuringA = new ArrayList<>();
    List<OutgoingEvent> byA = new ArrayList<>();
    OutboxRelay a = relay(database.dataSource(), events -> {
      claimedByBDuringA.add(b.relayOnce().claimed());          // A's lease holds: nothing for B
      clock.add(SETTINGS.lease());                              // A hangs past its lease
      claimedByBDuringA.add(b.relayOnce().claimed());          // B takes A's events over
      byA.addAll(events);
      return Collections.nCopies(events.size(), DeliveryOutcome.DELIVERED);
    });
    OutboxRelay.Pass pass = a.relayOnce();
    // A's first round came back past its lease: A hands out none of the followers it had claimed with its heads,
    // which B, having taken the claim over, delivered after the heads, in order.
    assertThat(pass.claimed()).isEqualTo(2);
    assertThat(claimedByBDuringA).containsExactly(0, 4);
    assertThat(ids(byA)).containsExactly("a/0", "b/0");
    assertThat(ids(byB)).containsExactly("a/0", "b/0", "a/1", "b/1");
    assertThat(monitor().pendingCount()).isZero();
    assertThat(b.drain()).isZero();
  }

  @Test
  void delivered_events_are_kept_for_the_retention_window_and_then_purged_while_pending_ones_stay()
      throws SQLException {
    storeInterleaved(List.of("a", "b"), 2);
    OutboxRelay relay = relay(database.dataSource(), recording(new ArrayList<>()));
    assertThat(relay.drain()).isEqualTo(4);
    clock.add(Duration.ofHours(1));
    store(List.of(event("a", 2)));                         // pending, and will be older than the window
    OutboxRelay refusing = relay(database.dataSource(), events -> {
      throw new SinkUnavailableException("down", null);
    });
    refusing.relayOnce();
    clock.add(SETTINGS.retention().minusHours(1).minusSeconds(1));
    assertThat(relay.purgeDelivered()).as("delivered less than the window ago").isZero();
    assertThat(longValue("SELECT COUNT(*) FROM grid_outbox WHERE delivered_at IS NOT NULL"))
        .as("kept for replay").isEqualTo(4);
    clock.add(Duration.ofSeconds(2));
    assertThat(relay.purgeDelivered()).isEqualTo(4);
    clock.add(Duration.ofDays(30));
    assertThat(relay.purgeDelivered()).isZero();
    assertThat(monitor().pendingCount()).isEqualTo(1);
    assertThat(monitor().oldestPendingAge())
        .contains(SETTINGS.retention().plusDays(30).plusSeconds(1).minusHours(1));
  }

  @Test
  void the_monitor_counts_and_ages_what_waits() {
    JdbcOutboxMonitor monitor = monitor();
    assertThat(monitor.pendingCount()).isZero();
    assertThat(monitor.oldestPendingAge()).isEmpty();
    assertThat(monitor.deadLetters(5)).isEmpty();
    store(List.of(event("a", 0)));
    clock.add(Duration.ofMinutes(5));
    store(List.of(event("b", 0)));
    clock.add(Duration.ofMinutes(1));
    assertThat(monitor.pendingCount()).isEqualTo(2);
    assertThat(monitor.oldestPendingAge()).contains(Duration.ofMinutes(6));
    assertThatThrownBy(() -> monitor.deadLetters(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> monitor.requeue(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void the_relay_refuses_to_publish_inside_a_transaction_and_a_sink_that_breaks_its_contract_releases_the_batch()
      throws SQLException {
    store(List.of(event("a", 0)));
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database.dataSource());
    OutboxRelay relay = relay(database.dataSource(), recording(new ArrayList<>()));
    assertThatThrownBy(() -> unitOfWork.inTransaction(relay::relayOnce))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside any transaction");
    OutboxRelay broken = relay(database.dataSource(), events -> List.of());
    assertThatThrownBy(broken::relayOnce).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0 outcomes for 1 events");
    clock.add(Duration.ofSeconds(1));
    OutboxRelay nulls = relay(database.dataSource(), events -> java.util.Arrays.asList(new DeliveryOutcome[1]));
    assertThatThrownBy(nulls::relayOnce).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("null outcome");
    OutboxRelay throwing = relay(database.dataSource(), events -> {
      throw new IllegalArgumentException("a bug in the sink");
    });
    clock.add(Duration.ofSeconds(1));
    assertThatThrownBy(throwing::relayOnce).hasMessage("a bug in the sink");
    assertThat(monitor().pendingCount()).isEqualTo(1);
    assertThat(longValue("SELECT attempts FROM grid_outbox")).as("a sink's failure is no refusal").isZero();
    clock.add(Duration.ofSeconds(1));
    assertThat(relay.drain()).as("released, not lost").isEqualTo(1);
  }

  @Test
  void a_row_that_does_not_map_to_an_event_is_dead_lettered_unread_while_every_other_event_flows()
      throws SQLException {
    List<OutgoingEvent> stored = storeInterleaved(List.of("a", "b", "c"), 2);
    execute("UPDATE grid_outbox SET event_type = ' ' WHERE event_id = 'b/0'");
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay relay = relay(database.dataSource(), recording(delivered));

    // a/0 and c/0, then a/1 and c/1; b/0 unread
    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(4, 4, 0, 1, false));
    assertThat(relay.drain()).isEqualTo(1);                                              // b/1
    assertThat(ids(delivered)).containsExactlyInAnyOrderElementsOf(
        ids(stored.stream().filter(e -> !e.id().equals("b/0")).toList()));
    JdbcOutboxMonitor monitor = monitor();
    assertThat(monitor.pendingCount()).isZero();
    List<DeadLetter> dead = monitor.deadLetters(10);
    assertThat(dead).singleElement().satisfies(letter -> {
      assertThat(letter.eventId()).isEqualTo("b/0");
      assertThat(letter.type()).isEqualTo(" ");
      assertThat(letter.error()).contains("grid_outbox row", "column event_type:",
          "type of an outgoing event must not be blank");
    });
    assertThat(longValue("SELECT COUNT(*) FROM grid_outbox_dead_letter WHERE payload LIKE '%\"seq\":0%'"))
        .as("kept whole for a repair and a requeue").isEqualTo(1);

    // A dead letter edited by hand until it maps to none (attempts 0) is left out of the listing, not every other.
    execute("INSERT INTO grid_outbox_dead_letter (id, event_id, aggregate_id, event_type, source, subject, county, "
        + "occurred_at, payload, attempts, last_error, failed_at) SELECT id + 1000, 'edited', aggregate_id, "
        + "event_type, source, subject, county, occurred_at, payload, 0, last_error, failed_at "
        + "FROM grid_outbox_dead_letter");
    assertThat(monitor.deadLetterCount()).isEqualTo(2);
    assertThat(monitor.deadLetters(10)).extracting(DeadLetter::eventId).containsExactly("b/0");
  }

  /**
   * A payload edited into something that is not the row's CloudEvent, or a count of tries edited below zero, would
   * reach consumers as an event they cannot read or under an id they do not know, or never reach the dead letters:
   * each such row is dead-lettered unread, naming the column and never quoting the payload.
   */
  @Test
  void a_row_whose_payload_is_not_its_cloud_event_or_whose_tries_are_negative_is_dead_lettered_unread()
      throws SQLException {
    storeInterleaved(List.of("a", "b", "c", "d", "e", "f"), 1);
    execute("UPDATE grid_outbox SET payload = '{not json 王小明 13812345678' WHERE event_id = 'a/0'");
    execute("UPDATE grid_outbox SET payload = '{\"id\":\"b/9\",\"data\":{}}' WHERE event_id = 'b/0'");
    execute("UPDATE grid_outbox SET payload = '[\"c/0\"]' WHERE event_id = 'c/0'");
    execute("UPDATE grid_outbox SET payload = '{\"id\":\"d/0\"} {\"id\":\"d/0\"}' WHERE event_id = 'd/0'");
    execute("UPDATE grid_outbox SET attempts = -1000000 WHERE event_id = 'e/0'");
    List<OutgoingEvent> delivered = new ArrayList<>();
    OutboxRelay relay = relay(database.dataSource(), recording(delivered));

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, 1, 0, 5, false));
    assertThat(ids(delivered)).containsExactly("f/0");
    Map<String, String> errors = new java.util.TreeMap<>();
    for (DeadLetter letter : monitor().deadLetters(10)) {
      errors.put(letter.eventId(), letter.error());
    }
    assertThat(errors.keySet()).containsExactly("a/0", "b/0", "c/0", "d/0", "e/0");
    assertThat(errors.get("a/0")).contains("column payload:", "is not well-formed JSON")
        .doesNotContain("王小明", "13812345678", "not json");
    assertThat(errors.get("b/0")).contains("column payload:", "must carry the row's event_id");
    assertThat(errors.get("c/0")).contains("column payload:", "must be a CloudEvent as a JSON object");
    assertThat(errors.get("d/0")).contains("column payload:", "nothing after it");
    assertThat(errors.get("e/0")).contains("column attempts:", "must not be negative, was -1000000");
    assertThat(monitor().pendingCount()).isZero();
  }

  /** A count of tries edited to the largest int does not overflow into a retry for ever: it is dead-lettered. */
  @Test
  void a_row_at_the_largest_count_of_tries_is_dead_lettered_at_its_next_refusal() throws SQLException {
    store(List.of(event("a", 0)));
    execute("UPDATE grid_outbox SET attempts = " + Integer.MAX_VALUE);
    OutboxRelay relay = relay(database.dataSource(),
        events -> events.stream().<DeliveryOutcome>map(e -> new DeliveryOutcome.Rejected("refused")).toList());

    assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, 0, 0, 1, false));
    assertThat(monitor().pendingCount()).isZero();
    assertThat(monitor().deadLetters(10)).singleElement()
        .satisfies(letter -> assertThat(letter.attempts()).isEqualTo(Integer.MAX_VALUE));
  }

  @Test
  void settings_name_the_setting_that_is_out_of_range_and_backoff_doubles_up_to_its_cap() {
    OutboxRelay.Settings d = OutboxRelay.Settings.defaults();
    assertThatThrownBy(() -> d.withBatchSize(0)).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> d.withBatchSize(OutboxRelay.Settings.MAX_BATCH_SIZE + 1))
        .hasMessageContaining("batchSize must be from 1 to 10000").hasMessageContaining("was 10001");
    assertThat(d.withBatchSize(OutboxRelay.Settings.MAX_BATCH_SIZE).batchSize()).isEqualTo(10_000);
    assertThatThrownBy(() -> d.withMaxAttempts(0)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> d.withLease(Duration.ZERO)).hasMessageContaining("lease");
    assertThatThrownBy(() -> d.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("maxRetry");
    assertThatThrownBy(() -> d.withRetention(Duration.ofSeconds(-1))).hasMessageContaining("retention");
    assertThat(Set.of(SETTINGS.backoff(1), SETTINGS.backoff(2), SETTINGS.backoff(3), SETTINGS.backoff(4)))
        .containsExactlyInAnyOrder(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(8));
    assertThat(SETTINGS.backoff(60)).isEqualTo(Duration.ofSeconds(8));
  }
}
