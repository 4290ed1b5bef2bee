package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;

/**
 * The broker's application stopped ({@code rabbitmqctl stop_app}) and started again while two relay nodes publish
 * 3,000 events, on the broker of {@code GRID_TEST_RABBITMQ_URI} controlled by {@code GRID_TEST_RABBITMQCTL} (skipped
 * when either is unset): the sinks report the broker unavailable, the relay tries again, and after the restart every
 * event is in the durable queue, each request's in order; none lost, none dead-lettered.
 */
class BrokerRestartIT {

  @Test
  void nothingIsLostWhenTheBrokerStopsAndStartsMidRun() throws Exception {
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(TestBroker.uniqueExchange("restart"));
    TestBroker.rabbitmqctl("await_startup");
    String run = UUID.randomUUID().toString().substring(0, 8);
    String queue = "grid.test.restart." + run;
    List<OutgoingEvent> events = new ArrayList<>();
    for (int sequence = 0; sequence < 20; sequence++) {
      for (int request = 0; request < 150; request++) {
        events.add(TestBroker.event(run, "C" + (1 + request % 3), request, sequence));
      }
    }
    try (Connection admin = TestBroker.connect(settings)) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      channel.queueDeclare(queue, true, false, false, Map.of());
      channel.queueBind(queue, settings.exchange(), "#");
    }
    RelaySimulation relay = new RelaySimulation(events, 3);
    AtomicBoolean restarting = new AtomicBoolean();
    CompletableFuture<Void> restart = CompletableFuture.runAsync(
        () -> TestBroker.restartWhenLeft(relay::left, events.size() * 2 / 3, restarting));

    try (RabbitMqEventSink node1 = new RabbitMqEventSink(settings.withConnectionName("grid-test-node-1"));
        RabbitMqEventSink node2 = new RabbitMqEventSink(settings.withConnectionName("grid-test-node-2"))) {
      relay.runNodes(List.of(node1, node2), 50, Duration.ofMillis(200), Duration.ofSeconds(180), restarting::get);
    } finally {
      restart.get(180, TimeUnit.SECONDS);
    }

    assertThat(relay.left()).isZero();
    assertThat(relay.deadLetters()).isEmpty();
    assertThat(relay.unavailable()).as("batches the sinks reported unavailable").isPositive();
    try (Connection admin = TestBroker.connect(settings)) {
      Channel channel = admin.createChannel();
      ReceivedIds received = new ReceivedIds().consume(channel, queue);
      received.awaitDistinct(events.size(), 30_000);
      received.assertEachArrivedInOrderPerAggregate(events);
      channel.queueDelete(queue);
      channel.exchangeDelete(settings.exchange());
    }
  }

}
