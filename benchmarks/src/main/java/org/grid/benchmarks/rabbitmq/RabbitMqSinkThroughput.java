package org.grid.benchmarks.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.grid.adapters.rabbitmq.RabbitMqEventSink;
import org.grid.adapters.rabbitmq.RabbitMqSinkSettings;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;

/**
 * Events per second that {@link RabbitMqEventSink} publishes with confirms, as the outbox relay would use it: each
 * relay node (a thread with a sink and a connection of its own) hands batches of {@code batch} events of distinct
 * requests, waits for the outcomes, and hands the next batch. Messages are persistent, mandatory, about {@code bytes}
 * bytes of CloudEvents JSON, routed to a durable queue that one auto-acknowledging consumer drains, the same set-up as
 * the PerfTest run of {@code benchmarks/scripts/rabbitmq-throughput.sh}. The broker is the one of {@code
 * GRID_BENCH_RABBITMQ_URI} ({@code amqp://guest:guest@127.0.0.1:5672} when unset).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.rabbitmq.RabbitMqSinkThroughput 20 100 600 1}
 * (seconds measured after 5 s of warm-up, batch size, message bytes, relay nodes)
 */
public final class RabbitMqSinkThroughput {

  private static final String EXCHANGE = "grid.bench.sink";
  private static final String QUEUE = "grid.bench.sink";
  private static final long WARM_UP_NANOS = 5_000_000_000L;

  private RabbitMqSinkThroughput() {}

  /**
   * Runs the measurement and prints the rate.
   *
   * @param args seconds, batch size, message bytes, relay nodes (defaults 20, 100, 600, 1)
   * @throws Exception when the broker cannot be reached or a node fails
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 600;
    int nodes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    if (seconds <= 0 || batch <= 0 || batch > 1000 || bytes < 400 || nodes <= 0) {
      throw new IllegalArgumentException("seconds > 0, 0 < batch <= 1000, bytes >= 400, nodes > 0");
    }
    String uri = System.getenv().getOrDefault("GRID_BENCH_RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:5672");
    RabbitMqSinkSettings settings = RabbitMqSinkSettings.fromUri(uri).withExchange(EXCHANGE)
        .withConnectionName("grid-bench-sink");

    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(settings.host());
    factory.setPort(settings.port());
    factory.setVirtualHost(settings.virtualHost());
    factory.setUsername(settings.username());
    factory.setPassword(settings.password());
    try (Connection consumerConnection = factory.newConnection("grid-bench-consumer")) {
      Channel consumer = consumerConnection.createChannel();
      consumer.exchangeDeclare(EXCHANGE, "topic", true);
      consumer.queueDeclare(QUEUE, true, false, true, Map.of());
      consumer.queueBind(QUEUE, EXCHANGE, "#");
      AtomicLong consumed = new AtomicLong();
      consumer.basicConsume(QUEUE, true, (tag, delivery) -> consumed.incrementAndGet(), tag -> { });

      AtomicBoolean measuring = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong delivered = new AtomicLong();
      List<long[]> latencies = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (int node = 0; node < nodes; node++) {
        long[] batchNanos = new long[2_000_000];
        latencies.add(batchNanos);
        int n = node;
        Thread thread = new Thread(() -> {
          try (RabbitMqEventSink sink = new RabbitMqEventSink(settings.withConnectionName("grid-bench-node-" + n))) {
            runNode(sink, n, batch, bytes, measuring, stop, delivered, batchNanos);
          } catch (Throwable e) {
            synchronized (failures) {
              failures.add(e);
            }
          }
        }, "relay-node-" + node);
        threads.add(thread);
        thread.start();
      }
      Thread.sleep(WARM_UP_NANOS / 1_000_000);
      long consumedBefore = consumed.get();
      long start = System.nanoTime();
      measuring.set(true);
      Thread.sleep(seconds * 1000L);
      measuring.set(false);
      long elapsed = System.nanoTime() - start;
      long consumedInWindow = consumed.get() - consumedBefore;
      stop.set(true);
      for (Thread thread : threads) {
        thread.join();
      }
      if (!failures.isEmpty()) {
        throw new IllegalStateException("a relay node failed", failures.get(0));
      }
      double rate = delivered.get() * 1e9 / elapsed;
      System.out.printf("RabbitMqEventSink: %d node(s), batch %d, %d-byte messages, %d s: %.0f events/s confirmed, "
          + "%.0f msg/s consumed; batch latency %s%n", nodes, batch, bytes, seconds, rate,
          consumedInWindow * 1e9 / elapsed, percentiles(latencies));
    }
  }

  private static void runNode(EventSink sink, int node, int batch, int bytes, AtomicBoolean measuring,
      AtomicBoolean stop, AtomicLong delivered, long[] batchNanos) {
    String padding = "x".repeat(Math.max(0, bytes - event(node, 0, "").json().getBytes(StandardCharsets.UTF_8).length));
    long counter = 0;
    int recorded = 0;
    while (!stop.get()) {
      List<OutgoingEvent> events = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        events.add(event(node, counter++, padding));
      }
      long before = System.nanoTime();
      List<DeliveryOutcome> outcomes = sink.deliver(events);
      long took = System.nanoTime() - before;
      if (measuring.get()) {
        long ok = outcomes.stream().filter(DeliveryOutcome.Delivered.class::isInstance).count();
        if (ok != batch) {
          throw new IllegalStateException((batch - ok) + " events of a batch rejected");
        }
        delivered.addAndGet(ok);
        if (recorded < batchNanos.length - 1) {
          batchNanos[recorded++] = took;
        }
      }
    }
    batchNanos[batchNanos.length - 1] = recorded;
  }

  /** A request-reported event of about the size of grid's, padded to the message size asked for. */
  private static OutgoingEvent event(int node, long counter, String padding) {
    String id = "bench-" + node + "-" + counter;
    String subject = "R-" + node + "-" + (counter % 1000);
    String type = "org.grid.request.reported.v1";
    Instant time = Instant.parse("2026-03-02T01:30:00Z").plusMillis(counter);
    String source = "/counties/C1/townships/T01/villages/V07";
    String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"source\":\"" + source
        + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time + "\",\"datacontenttype\":\"application/json\","
        + "\"data\":{\"category\":\"LAND_DISPUTE\",\"place\":\"C1/T01/V07/G03\",\"tier\":\"VILLAGE_GRID\","
        + "\"holder\":\"OFFICE-T01-V07\",\"acceptBy\":\"2026-03-03T09:30:00Z\",\"resolveBy\":\"2026-03-09T09:30:00Z\","
        + "\"pad\":\"" + padding + "\"}}";
    return new OutgoingEvent(id, type, source, subject, "C1", subject, time, json);
  }

  private static String percentiles(List<long[]> latencies) {
    List<Long> all = new ArrayList<>();
    for (long[] nanos : latencies) {
      int recorded = (int) nanos[nanos.length - 1];
      for (int i = 0; i < recorded; i++) {
        all.add(nanos[i]);
      }
    }
    if (all.isEmpty()) {
      return "n/a";
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return String.format("p50 %.2f ms, p99 %.2f ms over %d batches", sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
  }
}
