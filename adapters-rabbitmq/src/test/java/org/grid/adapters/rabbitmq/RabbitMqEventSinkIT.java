package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is particular to RabbitMQ, on the broker of {@code GRID_TEST_RABBITMQ_URI} (skipped when it is unset): the
 * message's properties and routing key, the durable topic exchange, and each way an event is refused in a batch
 * whose other events are delivered.
 */
class RabbitMqEventSinkIT {

  private RabbitMqSinkSettings settings;
  private Connection admin;
  private Channel channel;
  private String exchange;
  private String run;

  @BeforeEach
  void connect() throws Exception {
    exchange = TestBroker.uniqueExchange("sink");
    settings = TestBroker.settings().withExchange(exchange);
    admin = TestBroker.connect(settings);
    channel = admin.createChannel();
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void disconnect() throws Exception {
    if (admin != null) {
      Channel cleanup = admin.createChannel();
      cleanup.exchangeDelete(exchange);
      admin.close();
    }
  }

  private String queueBoundTo(String... keys) throws IOException {
    channel.exchangeDeclare(exchange, "topic", true);
    String queue = channel.queueDeclare().getQueue();
    for (String key : keys) {
      channel.queueBind(queue, exchange, key);
    }
    return queue;
  }

  @Test
  void aMessageIsPersistentCloudEventsJsonWithTheEventsIdTypeAndRoutingKey() throws Exception {
    String queue = queueBoundTo("#");
    OutgoingEvent event = TestBroker.event(run, "C1", 1, 0);

    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      assertThat(sink.deliver(List.of(event))).containsExactly(DeliveryOutcome.DELIVERED);
    }

    GetResponse got = channel.basicGet(queue, true);
    assertThat(got).isNotNull();
    assertThat(got.getEnvelope().getExchange()).isEqualTo(exchange);
    assertThat(got.getEnvelope().getRoutingKey()).isEqualTo("C1.org.grid.request.reported.v1");
    AMQP.BasicProperties properties = got.getProps();
    assertThat(properties.getContentType()).isEqualTo("application/cloudevents+json");
    assertThat(properties.getDeliveryMode()).isEqualTo(2);
    assertThat(properties.getMessageId()).isEqualTo(event.id());
    assertThat(properties.getType()).isEqualTo(event.type());
    assertThat(properties.getTimestamp().toInstant()).isEqualTo(event.time());
    assertThat(properties.getAppId()).isEqualTo("grid");
    Map<String, Object> headers = properties.getHeaders();
    assertThat(headers.get("cloudEvents:id")).hasToString(event.id());
    assertThat(headers.get("cloudEvents:source")).hasToString(event.source());
    assertThat(headers.get("cloudEvents:subject")).hasToString(event.subject());
    assertThat(headers.get("cloudEvents:time")).hasToString(event.time().toString());
    assertThat(headers.get("cloudEvents:specversion")).hasToString("1.0");
    assertThat(new String(got.getBody(), StandardCharsets.UTF_8)).isEqualTo(event.json());
  }

  @Test
  void theSinkDeclaresItsExchangeAsDurableTopic() throws Exception {
    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      sink.deliver(List.of(TestBroker.event(run, "C1", 1, 0)));
    }

    channel.exchangeDeclarePassive(exchange);
    channel.exchangeDeclare(exchange, "topic", true);
    assertThatThrownBy(() -> channel.exchangeDeclare(exchange, "topic", false))
        .as("redeclared non-durable: the broker refuses, so it is durable").isInstanceOf(IOException.class);
  }

  @Test
  void anExchangeOfAnotherTypeMakesTheSinkUnavailableNamingTheExchange() throws Exception {
    channel.exchangeDeclare(exchange, "fanout", true);

    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      assertThatThrownBy(() -> sink.deliver(List.of(TestBroker.event(run, "C1", 1, 0))))
          .isInstanceOf(EventSink.SinkUnavailableException.class).hasMessageContaining(exchange);
    }
  }

  @Test
  void eachPoisonIsRejectedWithItsReasonWhileTheRestOfTheBatchIsDelivered() throws Exception {
    String queue = queueBoundTo("C1.#");
    // A queue that refuses every message it is given: the broker nacks what is routed to it.
    channel.queueDeclare("grid.test.full." + run, false, true, true,
        Map.of("x-max-length", 0, "x-overflow", "reject-publish"));
    channel.queueBind("grid.test.full." + run, exchange, "C2.#");
    OutgoingEvent first = TestBroker.event(run, "C1", 1, 0);
    OutgoingEvent unroutable = TestBroker.event(run, "C9", 2, 0);
    OutgoingEvent middle = TestBroker.event(run, "C1", 3, 0);
    OutgoingEvent nacked = TestBroker.event(run, "C2", 4, 0);
    OutgoingEvent tooLarge = TestBroker.event(run, "C1", 5, 0);
    OutgoingEvent dottedCounty = TestBroker.event(run, "C1.x", 6, 0);
    OutgoingEvent last = TestBroker.event(run, "C1", 7, 0);
    int limit = first.json().getBytes(StandardCharsets.UTF_8).length;
    OutgoingEvent large = new OutgoingEvent(tooLarge.id(), tooLarge.type(), tooLarge.source(), tooLarge.subject(),
        tooLarge.county(), tooLarge.aggregate(), tooLarge.time(), tooLarge.json() + " ".repeat(10));

    List<DeliveryOutcome> outcomes;
    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings.withMaxMessageBytes(limit))) {
      outcomes = sink.deliver(List.of(first, unroutable, middle, nacked, large, dottedCounty, last));
    }

    assertThat(outcomes).hasSize(7);
    assertThat(List.of(outcomes.get(0), outcomes.get(2), outcomes.get(6))).containsOnly(DeliveryOutcome.DELIVERED);
    assertThat(reason(outcomes.get(1))).contains("unroutable", "C9.org.grid.request.reported.v1", exchange);
    assertThat(reason(outcomes.get(3))).contains("nack");
    assertThat(reason(outcomes.get(4))).contains("larger than the " + limit + " bytes");
    assertThat(reason(outcomes.get(5))).contains("'C1.x'");
    assertThat(java.util.Arrays.asList(get(queue), get(queue), get(queue), get(queue)))
        .containsExactly(first.id(), middle.id(), last.id(), null);
  }

  @Test
  void anEventWhoseAttributesAmqpCannotCarryIsRejectedWhileTheRestOfTheBatchIsDelivered() throws Exception {
    String queue = queueBoundTo("C1.#");
    OutgoingEvent first = TestBroker.event(run, "C1", 1, 0);
    OutgoingEvent middle = TestBroker.event(run, "C1", 3, 0);
    OutgoingEvent other = TestBroker.event(run, "C1", 4, 0);
    // A source edited by hand to 200,000 characters: the headers no longer fit in one AMQP frame.
    OutgoingEvent hugeSource = new OutgoingEvent(other.id(), other.type(), "/" + "x".repeat(200_000),
        other.subject(), other.county(), other.aggregate(), other.time(), other.json());
    OutgoingEvent last = TestBroker.event(run, "C1", 5, 0);

    List<DeliveryOutcome> outcomes;
    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      outcomes = sink.deliver(List.of(first, middle, hugeSource, last));
      assertThat(sink.deliver(List.of(TestBroker.event(run, "C1", 6, 0))))
          .as("the channel still confirms the next batch").containsExactly(DeliveryOutcome.DELIVERED);
    }

    assertThat(outcomes).hasSize(4);
    assertThat(List.of(outcomes.get(0), outcomes.get(1), outcomes.get(3))).containsOnly(DeliveryOutcome.DELIVERED);
    assertThat(reason(outcomes.get(2))).contains("frame").doesNotContain("xxx");
    assertThat(java.util.Arrays.asList(get(queue), get(queue), get(queue), get(queue), get(queue)))
        .containsExactly(first.id(), middle.id(), last.id(), run + "-6-0", null);
  }

  @Test
  void anEventWhoseIdIsOver255BytesIsDeliveredUnderItsDigestAndTheConsumerKnowsItByItsWholeId() throws Exception {
    String queue = queueBoundTo("C1.#");
    String consumed = "grid.test.long-ids." + run;
    DeduplicatingEventConsumer.bindQueue(channel, exchange, consumed, "C1.#");
    OutgoingEvent first = TestBroker.event(run, "C1", 1, 0);
    OutgoingEvent base = TestBroker.event(run, "C1", 2, 0);
    // A team's event id: "team/<township>/<team>/<version>", ids of 64 and 80 Chinese characters (440 bytes).
    OutgoingEvent longId = new OutgoingEvent(MessageIdsTest.TEAM_ID, base.type(), base.source(), base.subject(),
        base.county(), base.aggregate(), base.time(), base.json());
    // Another long id, of a county no queue is bound for: its return must still be matched to it.
    OutgoingEvent unroutable = new OutgoingEvent(MessageIdsTest.TEAM_ID.replace("/1", "/2"), base.type(),
        "/counties/C9", base.subject(), "C9", base.aggregate(), base.time(), base.json());
    OutgoingEvent last = TestBroker.event(run, "C1", 3, 0);

    List<DeliveryOutcome> outcomes;
    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      outcomes = sink.deliver(List.of(first, longId, unroutable, last));
      assertThat(sink.deliver(List.of(longId))).as("handed again, as after a relay's crash")
          .containsExactly(DeliveryOutcome.DELIVERED);
    }

    assertThat(outcomes.get(0)).isEqualTo(DeliveryOutcome.DELIVERED);
    assertThat(outcomes.get(1)).isEqualTo(DeliveryOutcome.DELIVERED);
    assertThat(reason(outcomes.get(2))).contains("unroutable", "C9.org.grid.request.reported.v1").doesNotContain("乡");
    assertThat(outcomes.get(3)).isEqualTo(DeliveryOutcome.DELIVERED);
    assertThat(get(queue)).isEqualTo(first.id());
    GetResponse got = channel.basicGet(queue, true);
    assertThat(got.getProps().getMessageId()).isEqualTo(MessageIdsTest.TEAM_MESSAGE_ID);
    assertThat(got.getProps().getHeaders().get("cloudEvents:id")).hasToString(MessageIdsTest.TEAM_ID);
    assertThat(new String(got.getBody(), StandardCharsets.UTF_8)).isEqualTo(longId.json());
    assertThat(java.util.Arrays.asList(get(queue), get(queue), get(queue)))
        .containsExactly(last.id(), MessageIdsTest.TEAM_MESSAGE_ID, null);

    List<DeduplicatingEventConsumer.Event> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
    Channel consuming = admin.createChannel();
    DeduplicatingEventConsumer consumer = new DeduplicatingEventConsumer(consuming, ProcessedEvents.inMemory(1000),
        handled::add);
    consuming.basicConsume(consumed, false, consumer);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while ((handled.size() < 3 || consumer.repeats() < 1) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id)
        .containsExactly(first.id(), MessageIdsTest.TEAM_ID, last.id());
    assertThat(consumer.repeats()).isEqualTo(1);
    consuming.basicCancel(consumer.getConsumerTag());
    channel.queueDelete(consumed);
  }

  @Test
  void aDeadLetterMovedBackIsRequeuedOnceMoreAtItsNextFailureAndHandledWhenItsCauseIsMended() throws Exception {
    String queue = "grid.test.moved-back." + run;
    String deadLetters = "grid.test.dead-letters." + run;
    String deadLetterExchange = exchange + ".dead";
    channel.exchangeDeclare(exchange, "topic", true);
    channel.exchangeDeclare(deadLetterExchange, "fanout");
    channel.queueDeclare(deadLetters, false, false, false, Map.of());
    channel.queueBind(deadLetters, deadLetterExchange, "");
    channel.queueDeclare(queue, false, false, false, Map.of("x-dead-letter-exchange", deadLetterExchange));
    channel.queueBind(queue, exchange, "C1.#");
    try {
      OutgoingEvent event = TestBroker.event(run, "C1", 1, 0);
      // The consumer's database is down for the first three attempts: two before the message is dead-lettered, and
      // one after the operator moved it back, too early.
      AtomicInteger attempts = new AtomicInteger();
      List<DeduplicatingEventConsumer.Event> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
      Channel consuming = admin.createChannel();
      DeduplicatingEventConsumer consumer = new DeduplicatingEventConsumer(consuming, ProcessedEvents.inMemory(1000),
          e -> {
            if (attempts.incrementAndGet() <= 3) {
              throw new IllegalStateException("the consumer's database is down");
            }
            handled.add(e);
          });
      consuming.basicConsume(queue, false, consumer);
      try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
        assertThat(sink.deliver(List.of(event))).containsExactly(DeliveryOutcome.DELIVERED);
      }

      GetResponse dead = null;
      for (long deadline = System.nanoTime() + 10_000_000_000L; dead == null && System.nanoTime() < deadline; ) {
        Thread.sleep(20);
        dead = channel.basicGet(deadLetters, false);
      }
      assertThat(dead).as("dead-lettered after its second failure").isNotNull();
      assertThat(attempts).hasValue(2);
      // Moved back as an operator's shovel moves it: published to the queue with its properties and body.
      channel.basicPublish("", queue, dead.getProps(), dead.getBody());
      channel.basicAck(dead.getEnvelope().getDeliveryTag(), false);

      for (long deadline = System.nanoTime() + 10_000_000_000L; handled.isEmpty() && System.nanoTime() < deadline; ) {
        Thread.sleep(20);
      }
      assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly(event.id());
      assertThat(attempts).as("the moved-back message's failure requeued it once more").hasValue(4);
      assertThat(channel.basicGet(deadLetters, false)).as("not dead-lettered again").isNull();
      consuming.basicCancel(consumer.getConsumerTag());
    } finally {
      channel.queueDelete(queue);
      channel.queueDelete(deadLetters);
      channel.exchangeDelete(deadLetterExchange);
    }
  }

  private String get(String queue) throws IOException {
    GetResponse got = channel.basicGet(queue, true);
    return got == null ? null : got.getProps().getMessageId();
  }

  private static String reason(DeliveryOutcome outcome) {
    assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
    return ((DeliveryOutcome.Rejected) outcome).reason();
  }

  @Test
  void theConsumerExampleHandlesEachEventOnceAndAcknowledgesRepeats() throws Exception {
    String queue = "grid.test.dedup." + run;
    DeduplicatingEventConsumer.bindQueue(channel, exchange, queue, "C1.#");
    OutgoingEvent event = TestBroker.event(run, "C1", 1, 0);
    OutgoingEvent next = TestBroker.event(run, "C1", 1, 1);
    List<DeduplicatingEventConsumer.Event> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
    boolean[] failedOnce = {false};
    Channel consuming = admin.createChannel();
    DeduplicatingEventConsumer consumer = new DeduplicatingEventConsumer(consuming, ProcessedEvents.inMemory(1000),
        e -> {
          if (e.id().equals(next.id()) && !failedOnce[0]) {
            failedOnce[0] = true;
            throw new IllegalStateException("the consumer's database is briefly down");
          }
          handled.add(e);
        });

    try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      sink.deliver(List.of(event));
      sink.deliver(List.of(event));
      sink.deliver(List.of(next));
    }
    consuming.basicConsume(queue, false, consumer);

    long deadline = System.nanoTime() + 10_000_000_000L;
    while ((handled.size() < 2 || consumer.repeats() < 1) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(handled).extracting(DeduplicatingEventConsumer.Event::id).containsExactly(event.id(), next.id());
    assertThat(handled.get(0).subject()).isEqualTo(event.subject());
    assertThat(handled.get(0).routingKey()).isEqualTo("C1.org.grid.request.reported.v1");
    assertThat(handled.get(0).json()).isEqualTo(event.json());
    assertThat(consumer.repeats()).isEqualTo(1);
    assertThat(consumer.handled()).isEqualTo(2);
    consuming.basicCancel(consumer.getConsumerTag());
    assertThat(channel.queueDeclarePassive(queue).getMessageCount()).as("every message acknowledged").isZero();
    channel.queueDelete(queue);
  }
}
