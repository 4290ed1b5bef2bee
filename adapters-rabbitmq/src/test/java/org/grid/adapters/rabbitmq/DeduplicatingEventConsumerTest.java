package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.impl.LongStringHelper;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The consumer example without a broker: its channel is a proxy that records each acknowledgement and rejection, and
 * each message is handed to {@code handleDelivery} as the client would.
 */
class DeduplicatingEventConsumerTest {

  private static final String KEY = "C1.org.grid.team.changed.v1";

  private final List<String> answers = Collections.synchronizedList(new ArrayList<>());
  private final Channel channel = (Channel) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {Channel.class}, (proxy, method, args) -> switch (method.getName()) {
        case "basicAck" -> answers.add("ack " + args[0]);
        case "basicReject" -> answers.add(((Boolean) args[1] ? "requeue " : "reject ") + args[0]);
        case "toString" -> "fake channel";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      });
  private final ProcessedEvents processed = ProcessedEvents.inMemory(100);
  private final List<DeduplicatingEventConsumer.Event> handled = Collections.synchronizedList(new ArrayList<>());
  private final DeduplicatingEventConsumer consumer = new DeduplicatingEventConsumer(channel, processed, handled::add);

  private static AMQP.BasicProperties message(String messageId, Object headerId) {
    Map<String, Object> headers = new HashMap<>();
    if (headerId != null) {
      headers.put("cloudEvents:id", headerId);
    }
    headers.put("cloudEvents:subject", LongStringHelper.asLongString("T01-3"));
    return new AMQP.BasicProperties.Builder().messageId(messageId).type("org.grid.team.changed.v1")
        .headers(headers).build();
  }

  private static void deliver(DeduplicatingEventConsumer to, long tag, boolean redeliver,
      AMQP.BasicProperties properties) throws Exception {
    to.handleDelivery("ctag", new Envelope(tag, redeliver, "grid.events", KEY), properties,
        "{}".getBytes(StandardCharsets.UTF_8));
  }

  private void deliver(long tag, AMQP.BasicProperties properties) throws Exception {
    deliver(consumer, tag, false, properties);
  }

  @Test
  void aLongIdIsTakenFromTheHeaderWhenTheMessageIdIsItsDigestAndItsRepeatsAreDroppedByIt() throws Exception {
    // As the broker hands it over: the header as an AMQP long string, the message id the digest of the id.
    deliver(1, message(MessageIdsTest.TEAM_MESSAGE_ID, LongStringHelper.asLongString(MessageIdsTest.TEAM_ID)));
    deliver(2, message(MessageIdsTest.TEAM_MESSAGE_ID, LongStringHelper.asLongString(MessageIdsTest.TEAM_ID)));

    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly(MessageIdsTest.TEAM_ID);
    assertThat(handled.get(0).subject()).isEqualTo("T01-3");
    assertThat(processed.isProcessed(MessageIdsTest.TEAM_ID)).isTrue();
    assertThat(answers).containsExactly("ack 1", "ack 2");
    assertThat(consumer.repeats()).isEqualTo(1);
  }

  @Test
  void aHeaderEqualToTheMessageIdIsTheIdAsAStringHeaderOrAsBytes() throws Exception {
    deliver(1, message("E-1", LongStringHelper.asLongString("E-1")));
    deliver(2, message("E-2", "E-2"));
    deliver(3, message("E-3", "E-3".getBytes(StandardCharsets.UTF_8)));
    deliver(4, message("E-4", null));

    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly("E-1", "E-2", "E-3", "E-4");
    assertThat(answers).containsExactly("ack 1", "ack 2", "ack 3", "ack 4");
  }

  @Test
  void aHeaderTheMessageIdDoesNotVouchForIsIgnoredAndTheMessageIdIsTheId() throws Exception {
    String otherLong = MessageIdsTest.TEAM_ID.replace("/1", "/2");
    // Another producer's header: not the message id, nor one the message id is the digest of.
    deliver(1, message("m-1", LongStringHelper.asLongString("E-1")));
    deliver(2, message("m-2", LongStringHelper.asLongString("E-1")));
    deliver(3, message(MessageIdsTest.TEAM_MESSAGE_ID, LongStringHelper.asLongString(otherLong)));
    // The digest of a short id: the sink never sends one, so the header does not count.
    deliver(4, message("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        LongStringHelper.asLongString("abc")));
    // A header of another type than text.
    deliver(5, message("m-5", 42));

    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly("m-1", "m-2",
        MessageIdsTest.TEAM_MESSAGE_ID, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "m-5");
    assertThat(processed.isProcessed("E-1")).as("not passed off as E-1 by a header").isFalse();
    assertThat(processed.isProcessed(otherLong)).isFalse();
    assertThat(answers).containsExactly("ack 1", "ack 2", "ack 3", "ack 4", "ack 5");
  }

  @Test
  void aMessageWithoutMessageIdIsRejectedWhateverItsHeaderSays() throws Exception {
    deliver(1, message(null, LongStringHelper.asLongString("E-1")));
    deliver(2, message(" ", LongStringHelper.asLongString("E-1")));

    assertThat(handled).isEmpty();
    assertThat(answers).containsExactly("reject 1", "reject 2");
  }

  /** Fails every event whose id is in {@link #failing}, records the others as handled. */
  private final Set<String> failing = ConcurrentHashMap.newKeySet();
  private final DeduplicatingEventConsumer.Handler failingHandler = event -> {
    if (failing.contains(event.id())) {
      throw new IllegalStateException("the consumer's database is down");
    }
    handled.add(event);
  };

  @Test
  void aMessageRedeliveredAfterTheConsumerLostItsConnectionIsRequeuedAtItsFirstFailure() throws Exception {
    DeduplicatingEventConsumer failingOnce = new DeduplicatingEventConsumer(channel, processed, failingHandler);
    failing.add("E-1");

    // Redelivered because the consumer before this one lost its connection before acknowledging: never failed yet.
    deliver(failingOnce, 1, true, message("E-1", "E-1"));
    deliver(failingOnce, 2, true, message("E-1", "E-1"));

    assertThat(answers).containsExactly("requeue 1", "reject 2");
  }

  @Test
  void theSecondFailureOfAnIdIsRejectedEvenInACopyTheBrokerDoesNotMarkRedelivered() throws Exception {
    DeduplicatingEventConsumer failingOnce = new DeduplicatingEventConsumer(channel, processed, failingHandler);
    failing.add("E-1");

    // Two copies of one event (a relay that published it again after a crash), each delivered for the first time.
    deliver(failingOnce, 1, false, message("E-1", "E-1"));
    deliver(failingOnce, 2, false, message("E-1", "E-1"));
    // The rejection forgot the id: the first copy, requeued, fails for the first time again, then is rejected.
    deliver(failingOnce, 3, true, message("E-1", "E-1"));
    deliver(failingOnce, 4, true, message("E-1", "E-1"));

    assertThat(answers).containsExactly("requeue 1", "reject 2", "requeue 3", "reject 4");
    assertThat(handled).isEmpty();
  }

  @Test
  void aMessageMovedBackFromTheDeadLettersIsRequeuedOnceMoreAndHandledWhenItsCauseIsMended() throws Exception {
    DeduplicatingEventConsumer failingOnce = new DeduplicatingEventConsumer(channel, processed, failingHandler);
    failing.add("E-1");
    deliver(failingOnce, 1, false, message("E-1", "E-1"));
    deliver(failingOnce, 2, true, message("E-1", "E-1"));
    // An operator moves the dead letter back while its cause lasts: a requeue, as at its first coming, then rejected.
    deliver(failingOnce, 3, false, message("E-1", "E-1"));
    deliver(failingOnce, 4, true, message("E-1", "E-1"));
    // Moved back once more, its cause mended between the requeue and the next delivery.
    deliver(failingOnce, 5, false, message("E-1", "E-1"));
    failing.remove("E-1");
    deliver(failingOnce, 6, true, message("E-1", "E-1"));

    assertThat(answers).containsExactly("requeue 1", "reject 2", "requeue 3", "reject 4", "requeue 5", "ack 6");
    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly("E-1");
  }

  @Test
  void anEventHandledAfterAFailureIsAcknowledgedAndItsFailureForgotten() throws Exception {
    ProcessedEvents remembersOne = ProcessedEvents.inMemory(1);
    DeduplicatingEventConsumer failingOnce = new DeduplicatingEventConsumer(channel, remembersOne, failingHandler);
    failing.add("E-1");
    deliver(failingOnce, 1, false, message("E-1", "E-1"));
    failing.remove("E-1");
    deliver(failingOnce, 2, true, message("E-1", "E-1"));
    deliver(failingOnce, 3, false, message("E-1", "E-1"));
    // E-2 handled: the record of handled ids forgets E-1, whose copy, failing now, fails for the first time again.
    deliver(failingOnce, 4, false, message("E-2", "E-2"));
    failing.add("E-1");
    deliver(failingOnce, 5, false, message("E-1", "E-1"));

    assertThat(answers).containsExactly("requeue 1", "ack 2", "ack 3", "ack 4", "requeue 5");
    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly("E-1", "E-2");
    assertThat(failingOnce.repeats()).isEqualTo(1);
    assertThat(failingOnce.handled()).isEqualTo(2);
  }

  @Test
  void theIdsThatFailedOnceAreRememberedUpToTheLimitTheOldestForgottenFirst() throws Exception {
    DeduplicatingEventConsumer remembersTwo = new DeduplicatingEventConsumer(channel, processed, failingHandler, 2);
    failing.addAll(List.of("E-1", "E-2", "E-3"));

    deliver(remembersTwo, 1, false, message("E-1", "E-1"));
    deliver(remembersTwo, 2, false, message("E-2", "E-2"));
    deliver(remembersTwo, 3, false, message("E-3", "E-3"));
    // E-1 (the oldest) is forgotten now, as every id is after a restart: its next failure is a first one again, and
    // remembering it forgets E-2.
    deliver(remembersTwo, 4, true, message("E-1", "E-1"));
    deliver(remembersTwo, 5, true, message("E-3", "E-3"));
    deliver(remembersTwo, 6, true, message("E-2", "E-2"));

    assertThat(answers).containsExactly("requeue 1", "requeue 2", "requeue 3", "requeue 4", "reject 5", "requeue 6");
  }

  @Test
  void aLimitThatIsNotPositiveIsRefusedNamingIt() {
    assertThatThrownBy(() -> new DeduplicatingEventConsumer(channel, processed, failingHandler, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failuresRemembered")
        .hasMessageContaining("positive").hasMessageContaining("0");
    assertThat(DeduplicatingEventConsumer.DEFAULT_FAILURES_REMEMBERED).isPositive();
  }

  @Test
  void eachIdIsRequeuedAndRejectedInTurnWhenItsCopiesFailOnSeveralThreadsAtOnce() throws Exception {
    DeduplicatingEventConsumer shared = new DeduplicatingEventConsumer(channel, processed, failingHandler);
    int ids = 500;
    int copies = 4;
    for (int i = 0; i < ids; i++) {
      failing.add("E-" + i);
    }
    AtomicLong tags = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(copies);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < copies; c++) {
        done.add(threads.submit(() -> {
          start.await();
          for (int i = 0; i < ids; i++) {
            deliver(shared, tags.incrementAndGet(), false, message("E-" + i, "E-" + i));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      threads.shutdownNow();
    }

    // Four failures of an id, in whatever order the threads take them, are requeue, reject, requeue, reject: two
    // threads that both took a failure for a first one would make a third requeue.
    assertThat(answers).hasSize(ids * copies);
    assertThat(answers.stream().filter(a -> a.startsWith("requeue "))).as("two requeues per id")
        .hasSize(ids * copies / 2);
    assertThat(answers.stream().filter(a -> a.startsWith("reject "))).hasSize(ids * copies / 2);
  }
}
