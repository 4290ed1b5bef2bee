package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor;
import org.grid.adapters.jdbc.outbox.OutboxRelay;
import org.grid.adapters.jdbc.outbox.OutboxRows;
import org.grid.core.port.out.OutboxMonitor;
import org.grid.core.port.out.OutboxMonitor.DeadLetter;
import org.grid.core.port.out.OutgoingEvent;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real outbox relay (发件箱投递, {@link OutboxRelay} of adapters-jdbc) in front of {@link RabbitMqEventSink}, on the
 * broker of {@code GRID_TEST_RABBITMQ_URI} (skipped when it is unset; the restart and poison tests also need {@code
 * GRID_TEST_RABBITMQCTL}): events are written to {@code grid_outbox} of an in-memory H2 database migrated by {@link
 * GridSchema}, through {@link OutboxRows} in a unit of work as grid's event publishers write them, and two relay
 * nodes, each with a data source, a sink and a connection of its own, deliver them concurrently on threads of their
 * own. Where {@link TwoRelayNodesIT}, {@link BrokerRestartIT} and {@link OversizedEventIT} drive the sink through the
 * in-memory {@link RelaySimulation}, this test claims, leases, retries and dead-letters in the database, and checks
 * the dead letters through the {@link OutboxMonitor} port.
 */
class OutboxRelayToRabbitMqIT {

  /** The relay's settings: short backoffs so that retries after a broker restart come quickly. */
  private static final OutboxRelay.Settings RELAY = OutboxRelay.Settings.defaults()
      .withBatchSize(100).withMaxAttempts(3).withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
      .withLease(Duration.ofMinutes(1));

  /** The pause before each pass of a node while the broker restarts, so that the restart falls mid-run. */
  private static final long SLOW_PAUSE_MILLIS = 100;

  private String url;
  private DataSource database;

  @BeforeEach
  void migrateADatabase() {
    url = "jdbc:h2:mem:grid_relay_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    database = dataSource();
    GridSchema.migrate(database);
  }

  @AfterEach
  void dropTheDatabase() throws Exception {
    try (java.sql.Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  /** A data source of its own on the test's database, as each node of an application has. */
  private DataSource dataSource() {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    return source;
  }

  /** Stores the events in the outbox in list order, a thousand per transaction, as a publisher would. */
  private void store(List<OutgoingEvent> events) {
    JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
    for (int from = 0; from < events.size(); from += 1000) {
      List<OutgoingEvent> chunk = events.subList(from, Math.min(events.size(), from + 1000));
      unitOfWork.inTransaction(() -> unitOfWork.run("storing test events", connection -> {
        OutboxRows.append(connection, chunk);
        return null;
      }));
    }
  }

  /** Returns {@code perRequest} events of each of {@code requests} requests, the requests interleaved. */
  private static List<OutgoingEvent> events(String run, int requests, int perRequest) {
    List<OutgoingEvent> events = new ArrayList<>();
    for (int sequence = 0; sequence < perRequest; sequence++) {
      for (int request = 0; request < requests; request++) {
        events.add(TestBroker.event(run, "C" + (1 + request % 3), request, sequence));
      }
    }
    return events;
  }

  /** What one relay node did. */
  private record NodeRun(int delivered, int unavailablePasses) {}

  /**
   * Runs one relay per sink, each on a data source and a thread of its own, until the outbox has nothing pending;
   * while {@code slow} is true each pauses {@value #SLOW_PAUSE_MILLIS} ms before each pass.
   */
  private List<NodeRun> runNodes(List<RabbitMqEventSink> sinks, OutboxRelay.Settings settings, Duration timeout,
      BooleanSupplier slow) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    ExecutorService nodes = Executors.newFixedThreadPool(sinks.size());
    try {
      List<Future<NodeRun>> running = new ArrayList<>();
      for (RabbitMqEventSink sink : sinks) {
        DataSource own = dataSource();
        OutboxRelay relay = new OutboxRelay(own, sink, Clock.systemUTC(), settings);
        OutboxMonitor monitor = new JdbcOutboxMonitor(own, Clock.systemUTC());
        running.add(nodes.submit(() -> {
          int delivered = 0;
          int unavailable = 0;
          while (monitor.pendingCount() > 0) {
            if (System.nanoTime() > deadline) {
              throw new AssertionError("the relays did not finish in time: " + monitor.pendingCount() + " pending");
            }
            if (slow.getAsBoolean()) {
              Thread.sleep(SLOW_PAUSE_MILLIS);
            }
            OutboxRelay.Pass pass = relay.relayOnce();
            delivered += pass.delivered();
            if (pass.sinkUnavailable()) {
              unavailable++;
            }
            if (pass.claimed() == 0 || pass.sinkUnavailable()) {
              Thread.sleep(2);
            }
          }
          return new NodeRun(delivered, unavailable);
        }));
      }
      List<NodeRun> runs = new ArrayList<>();
      for (Future<NodeRun> node : running) {
        runs.add(node.get(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS));
      }
      return runs;
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void tenThousandEventsOfFiveHundredRequestsFromTwoRelayNodesEachArriveInOrderPerRequest() throws Exception {
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(TestBroker.uniqueExchange("relay"));
    List<OutgoingEvent> events = events(UUID.randomUUID().toString().substring(0, 8), 500, 20);
    store(events);
    JdbcOutboxMonitor monitor = new JdbcOutboxMonitor(database, Clock.systemUTC());
    assertThat(monitor.pendingCount()).isEqualTo(10_000);

    try (Connection admin = TestBroker.connect(settings);
        RabbitMqEventSink node1 = new RabbitMqEventSink(settings.withConnectionName("grid-test-relay-1"));
        RabbitMqEventSink node2 = new RabbitMqEventSink(settings.withConnectionName("grid-test-relay-2"))) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      String queue = channel.queueDeclare().getQueue();
      channel.queueBind(queue, settings.exchange(), "#");
      ReceivedIds received = new ReceivedIds().consume(channel, queue);

      List<NodeRun> nodes = runNodes(List.of(node1, node2), RELAY, Duration.ofSeconds(60), () -> false);

      received.awaitDistinct(events.size(), 30_000);
      assertThat(monitor.pendingCount()).isZero();
      assertThat(monitor.deadLetterCount()).isZero();
      assertThat(nodes).as("both relay nodes delivered").allMatch(n -> n.delivered() > 0);
      assertThat(nodes.get(0).delivered() + nodes.get(1).delivered()).isEqualTo(events.size());
      received.assertEachArrivedInOrderPerAggregate(events);
      assertThat(received.repeats()).as("nothing published twice while the broker was up").isZero();
      channel.exchangeDelete(settings.exchange());
    }
  }

  @Test
  void nothingIsLostWhenTheBrokerStopsAndStartsWhileTwoRelayNodesDeliver() throws Exception {
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(TestBroker.uniqueExchange("relay-restart"));
    TestBroker.rabbitmqctl("await_startup");
    String run = UUID.randomUUID().toString().substring(0, 8);
    String queue = "grid.test.relay-restart." + run;
    List<OutgoingEvent> events = events(run, 150, 20);
    store(events);
    JdbcOutboxMonitor monitor = new JdbcOutboxMonitor(database, Clock.systemUTC());
    try (Connection admin = TestBroker.connect(settings)) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      channel.queueDeclare(queue, true, false, false, Map.of());
      channel.queueBind(queue, settings.exchange(), "#");
    }
    AtomicBoolean restarting = new AtomicBoolean();
    CompletableFuture<Void> restart = CompletableFuture.runAsync(
        () -> TestBroker.restartWhenLeft(monitor::pendingCount, events.size() * 2 / 3, restarting));

    List<NodeRun> nodes;
    try (RabbitMqEventSink node1 = new RabbitMqEventSink(settings.withConnectionName("grid-test-relay-1"));
        RabbitMqEventSink node2 = new RabbitMqEventSink(settings.withConnectionName("grid-test-relay-2"))) {
      // Batches of 10, so that while the broker restarts the two nodes go at about 200 events a second.
      nodes = runNodes(List.of(node1, node2), RELAY.withBatchSize(10), Duration.ofSeconds(90), restarting::get);
    } finally {
      restart.get(120, TimeUnit.SECONDS);
    }

    assertThat(monitor.pendingCount()).isZero();
    assertThat(monitor.deadLetterCount()).as("dead letters").isZero();
    assertThat(nodes.stream().mapToInt(NodeRun::unavailablePasses).sum())
        .as("passes that found the broker unavailable").isPositive();
    try (Connection admin = TestBroker.connect(settings)) {
      Channel channel = admin.createChannel();
      ReceivedIds received = new ReceivedIds().consume(channel, queue);
      received.awaitDistinct(events.size(), 30_000);
      received.assertEachArrivedInOrderPerAggregate(events);
      channel.queueDelete(queue);
      channel.exchangeDelete(settings.exchange());
    }
  }

  @Test
  void aPoisonEventLandsInTheRelaysDeadLettersWhileTheRestFlow() throws Exception {
    int brokerLimit = 64 * 1024;
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(TestBroker.uniqueExchange("relay-poison"));
    List<OutgoingEvent> events = events(UUID.randomUUID().toString().substring(0, 8), 20, 5);
    OutgoingEvent small = events.get(27);
    OutgoingEvent poison = new OutgoingEvent(small.id(), small.type(), small.source(), small.subject(),
        small.county(), small.aggregate(), small.time(), small.json() + " ".repeat(brokerLimit));
    events.set(27, poison);
    List<OutgoingEvent> expected = new ArrayList<>(events);
    expected.remove(poison);
    store(events);
    JdbcOutboxMonitor monitor = new JdbcOutboxMonitor(database, Clock.systemUTC());

    String original = TestBroker.rabbitmqctlOutput("eval", "application:get_env(rabbit, max_message_size).");
    assertThat(original).startsWith("{ok,");
    List<NodeRun> nodes;
    try (Connection admin = TestBroker.connect(settings)) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      String queue = channel.queueDeclare().getQueue();
      channel.queueBind(queue, settings.exchange(), "#");
      ReceivedIds received = new ReceivedIds().consume(channel, queue);
      try {
        TestBroker.rabbitmqctl("eval", "application:set_env(rabbit, max_message_size, " + brokerLimit + ").");
        try (RabbitMqEventSink node1 = new RabbitMqEventSink(settings.withConnectionName("grid-test-relay-1"));
            RabbitMqEventSink node2 = new RabbitMqEventSink(settings.withConnectionName("grid-test-relay-2"))) {
          nodes = runNodes(List.of(node1, node2), RELAY.withBatchSize(10), Duration.ofSeconds(60), () -> false);
        }
      } finally {
        TestBroker.rabbitmqctl("eval", "application:set_env(rabbit, max_message_size, "
            + original.substring("{ok,".length(), original.length() - 1) + ").");
      }

      assertThat(monitor.pendingCount()).isZero();
      assertThat(nodes.stream().mapToInt(NodeRun::unavailablePasses).sum())
          .as("the batch the broker closed the channel on").isPositive();
      assertThat(monitor.deadLetterCount()).isEqualTo(1);
      DeadLetter dead = monitor.deadLetters(10).get(0);
      assertThat(dead.eventId()).isEqualTo(poison.id());
      assertThat(dead.aggregate()).isEqualTo(poison.aggregate());
      assertThat(dead.attempts()).isEqualTo(RELAY.maxAttempts());
      assertThat(dead.error()).contains("the broker accepts", "max_message_size", String.valueOf(brokerLimit));
      received.awaitDistinct(expected.size(), 10_000);
      received.assertEachArrivedInOrderPerAggregate(expected);
      channel.exchangeDelete(settings.exchange());
    }
  }
}
