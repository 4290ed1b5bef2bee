package org.grid.adapters.rabbitmq;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;

/**
 * The outbox relay as the tests need it, in memory: relay nodes claim up to a batch of aggregates that no other node
 * holds (as {@code SKIP LOCKED} does), hand each claimed aggregate's oldest pending event to their sink, mark the
 * delivered ones done, count a rejection against its event and move it to the dead letters after {@code maxAttempts},
 * and on {@link EventSink.SinkUnavailableException} release the batch and try again after a backoff, without counting
 * it against the events. An aggregate's next event is handed out only after its earlier one is delivered.
 */
final class RelaySimulation {

  /** The batch size of a node that goes slowly. */
  static final int SLOW_BATCH = 5;

  /** The pause before each batch of a node that goes slowly. */
  static final long SLOW_PAUSE_MILLIS = 100;

  private final Map<String, ArrayDeque<OutgoingEvent>> pending = new LinkedHashMap<>();
  private final Set<String> claimed = new HashSet<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final List<OutgoingEvent> deadLetters = new ArrayList<>();
  private final List<String> deadLetterReasons = new ArrayList<>();
  private final AtomicInteger unavailable = new AtomicInteger();
  private final int maxAttempts;
  private int left;

  /**
   * Creates the relay's outbox.
   *
   * @param events the events, each aggregate's in the order they must arrive
   * @param maxAttempts how many rejections move an event to the dead letters
   */
  RelaySimulation(List<OutgoingEvent> events, int maxAttempts) {
    for (OutgoingEvent event : events) {
      pending.computeIfAbsent(event.aggregate(), a -> new ArrayDeque<>()).add(event);
    }
    this.left = events.size();
    this.maxAttempts = maxAttempts;
  }

  private synchronized List<OutgoingEvent> claim(int max) {
    List<OutgoingEvent> batch = new ArrayList<>();
    for (Map.Entry<String, ArrayDeque<OutgoingEvent>> entry : pending.entrySet()) {
      if (batch.size() == max) {
        break;
      }
      if (!entry.getValue().isEmpty() && claimed.add(entry.getKey())) {
        batch.add(entry.getValue().peek());
      }
    }
    return batch;
  }

  private synchronized int settle(List<OutgoingEvent> batch, List<DeliveryOutcome> outcomes) {
    if (outcomes.size() != batch.size()) {
      throw new AssertionError(outcomes.size() + " outcomes for " + batch.size() + " events");
    }
    int delivered = 0;
    for (int i = 0; i < batch.size(); i++) {
      OutgoingEvent event = batch.get(i);
      if (outcomes.get(i) instanceof DeliveryOutcome.Rejected rejected) {
        int failed = failures.merge(event.id(), 1, Integer::sum);
        if (failed >= maxAttempts) {
          deadLetters.add(event);
          deadLetterReasons.add(rejected.reason());
          pending.get(event.aggregate()).poll();
          left--;
        }
      } else {
        pending.get(event.aggregate()).poll();
        left--;
        delivered++;
      }
      claimed.remove(event.aggregate());
    }
    return delivered;
  }

  private synchronized void release(List<OutgoingEvent> batch) {
    batch.forEach(event -> claimed.remove(event.aggregate()));
  }

  /** Returns how many events are neither delivered nor dead letters. */
  synchronized int left() {
    return left;
  }

  /** Returns the events moved to the dead letters. */
  synchronized List<OutgoingEvent> deadLetters() {
    return List.copyOf(deadLetters);
  }

  /** Returns the reasons of the dead letters, in their order. */
  synchronized List<String> deadLetterReasons() {
    return List.copyOf(deadLetterReasons);
  }

  /** Returns how many batches a sink reported unavailable. */
  int unavailable() {
    return unavailable.get();
  }

  /**
   * Runs one relay node until nothing is left or the deadline passes.
   *
   * @return how many events this node delivered
   */
  int runNode(EventSink sink, int batchSize, Duration backoff, long deadlineNanos, BooleanSupplier slow)
      throws InterruptedException {
    int delivered = 0;
    while (left() > 0) {
      if (System.nanoTime() > deadlineNanos) {
        throw new AssertionError("the relay did not finish in time: " + left() + " events left");
      }
      boolean slowly = slow.getAsBoolean();
      if (slowly) {
        Thread.sleep(SLOW_PAUSE_MILLIS);
      }
      List<OutgoingEvent> batch = claim(slowly ? SLOW_BATCH : batchSize);
      if (batch.isEmpty()) {
        Thread.sleep(2);
        continue;
      }
      List<DeliveryOutcome> outcomes;
      try {
        outcomes = sink.deliver(batch);
      } catch (EventSink.SinkUnavailableException e) {
        release(batch);
        unavailable.incrementAndGet();
        Thread.sleep(backoff.toMillis());
        continue;
      }
      delivered += settle(batch, outcomes);
    }
    return delivered;
  }

  /**
   * Runs one node per sink, each on a thread of its own, until nothing is left.
   *
   * @return how many events each node delivered, in the order of {@code sinks}
   */
  List<Integer> runNodes(List<? extends EventSink> sinks, int batchSize, Duration backoff, Duration timeout)
      throws Exception {
    return runNodes(sinks, batchSize, backoff, timeout, () -> false);
  }

  /**
   * Runs one node per sink, each on a thread of its own, until nothing is left; while {@code slow} is true each node
   * hands {@value #SLOW_BATCH} events per batch and pauses {@value #SLOW_PAUSE_MILLIS} ms before each, so that a
   * broker restart falls in the middle of the run.
   *
   * @return how many events each node delivered, in the order of {@code sinks}
   */
  List<Integer> runNodes(List<? extends EventSink> sinks, int batchSize, Duration backoff, Duration timeout,
      BooleanSupplier slow) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    ExecutorService nodes = Executors.newFixedThreadPool(sinks.size());
    try {
      List<Future<Integer>> running = new ArrayList<>();
      for (EventSink sink : sinks) {
        running.add(nodes.submit(() -> runNode(sink, batchSize, backoff, deadline, slow)));
      }
      List<Integer> delivered = new ArrayList<>();
      for (Future<Integer> node : running) {
        delivered.add(node.get(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS));
      }
      return delivered;
    } finally {
      nodes.shutdownNow();
    }
  }
}
