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
 * 10,000 events of 400 requests published by two relay nodes, each with a sink and a connection of its own, on the
 * broker of {@code GRID_TEST_RABBITMQ_URI} (skipped when it is unset): each event arrives, each request's in order,
 * none lost, none twice.
 */
class TwoRelayNodesIT {

  @Test
  void tenThousandEventsFromTwoNodesEachArriveInOrderPerRequest() throws Exception {
    String exchange = TestBroker.uniqueExchange("nodes");
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(exchange);
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<OutgoingEvent> events = new ArrayList<>();
    for (int sequence = 0; sequence < 25; sequence++) {
      for (int request = 0; request < 400; request++) {
        events.add(TestBroker.event(run, "C" + (1 + request % 3), request, sequence));
      }
    }
    RelaySimulation relay = new RelaySimulation(events, 3);

    try (Connection admin = TestBroker.connect(settings);
        RabbitMqEventSink node1 = new RabbitMqEventSink(settings.withConnectionName("grid-test-node-1"));
        RabbitMqEventSink node2 = new RabbitMqEventSink(settings.withConnectionName("grid-test-node-2"))) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(exchange, "topic", true);
      String queue = channel.queueDeclare().getQueue();
      channel.queueBind(queue, exchange, "#");
      ReceivedIds received = new ReceivedIds().consume(channel, queue);

      List<Integer> perNode = relay.runNodes(List.of(node1, node2), 100, Duration.ofMillis(100),
          Duration.ofSeconds(120));

      received.awaitDistinct(events.size(), 30_000);
      assertThat(relay.left()).isZero();
      assertThat(relay.deadLetters()).isEmpty();
      assertThat(perNode).as("both nodes delivered").allMatch(n -> n > 0);
      assertThat(perNode.get(0) + perNode.get(1)).isEqualTo(events.size());
      received.assertEachArrivedInOrderPerAggregate(events);
      assertThat(received.repeats()).as("nothing published twice while the broker was up").isZero();
      channel.exchangeDelete(exchange);
    }
  }
}
