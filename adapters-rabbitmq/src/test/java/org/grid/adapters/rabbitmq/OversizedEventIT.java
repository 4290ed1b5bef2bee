package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;

/**
 * A poison event larger than the broker accepts, on the broker of {@code GRID_TEST_RABBITMQ_URI} whose {@code
 * max_message_size} is lowered to 64 KiB for the test through {@code GRID_TEST_RABBITMQCTL} (skipped when either is
 * unset), while the sink's own {@code maxMessageBytes} is left at its default, above it: the broker closes the channel
 * on the large message, the sink reports the batch unavailable and learns the broker's limit, and the relay's retries
 * reject the large event until it lands in the dead letters, while every other event of its batch and after it is
 * delivered, each request's in order.
 */
class OversizedEventIT {

  private static final int BROKER_LIMIT = 64 * 1024;

  @Test
  void anEventLargerThanTheBrokerAcceptsEndsInTheDeadLettersWhileTheRestFlow() throws Exception {
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(TestBroker.uniqueExchange("oversized"));
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<OutgoingEvent> events = new ArrayList<>();
    for (int sequence = 0; sequence < 5; sequence++) {
      for (int request = 0; request < 20; request++) {
        events.add(TestBroker.event(run, "C1", request, sequence));
      }
    }
    OutgoingEvent small = events.get(7);
    OutgoingEvent poison = new OutgoingEvent(small.id(), small.type(), small.source(), small.subject(),
        small.county(), small.aggregate(), small.time(), small.json() + " ".repeat(BROKER_LIMIT));
    events.set(7, poison);
    List<OutgoingEvent> expected = new ArrayList<>(events);
    expected.remove(poison);
    RelaySimulation relay = new RelaySimulation(events, 3);

    String original = TestBroker.rabbitmqctlOutput("eval", "application:get_env(rabbit, max_message_size).");
    assertThat(original).startsWith("{ok,");
    try (Connection admin = TestBroker.connect(settings)) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      String queue = channel.queueDeclare().getQueue();
      channel.queueBind(queue, settings.exchange(), "#");
      ReceivedIds received = new ReceivedIds().consume(channel, queue);
      try {
        TestBroker.rabbitmqctl("eval", "application:set_env(rabbit, max_message_size, " + BROKER_LIMIT + ").");
        try (RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
          relay.runNodes(List.of(sink), 50, Duration.ofMillis(100), Duration.ofSeconds(60));
        }
      } finally {
        TestBroker.rabbitmqctl("eval", "application:set_env(rabbit, max_message_size, "
            + original.substring("{ok,".length(), original.length() - 1) + ").");
      }

      assertThat(relay.left()).isZero();
      assertThat(relay.unavailable()).as("the batch the broker closed the channel on").isPositive();
      assertThat(relay.deadLetters()).containsExactly(poison);
      assertThat(relay.deadLetterReasons().get(0)).contains("the broker accepts", "max_message_size",
          String.valueOf(BROKER_LIMIT));
      received.awaitDistinct(expected.size(), 10_000);
      received.assertEachArrivedInOrderPerAggregate(expected);
      channel.exchangeDelete(settings.exchange());
    }
  }
}
