package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;

/**
 * A broker that blocks publishers (a memory alarm, raised with {@code rabbitmqctl set_vm_memory_high_watermark 0}) on
 * the broker of {@code GRID_TEST_RABBITMQ_URI} controlled by {@code GRID_TEST_RABBITMQCTL} (skipped when either is
 * unset): the sink reports it unavailable instead of hanging, and once the alarm clears the retried batch is
 * delivered; nothing is lost and the request's order holds.
 */
class BlockedBrokerIT {

  @Test
  void aBlockingBrokerIsReportedUnavailableAndTheRetryDeliversAfterTheAlarm() throws Exception {
    RabbitMqSinkSettings settings = TestBroker.settings().withExchange(TestBroker.uniqueExchange("blocked"));
    TestBroker.rabbitmqctl("await_startup");
    String run = UUID.randomUUID().toString().substring(0, 8);
    OutgoingEvent before = TestBroker.event(run, "C1", 1, 0);
    OutgoingEvent during = TestBroker.event(run, "C1", 1, 1);
    try (Connection admin = TestBroker.connect(settings);
        RabbitMqEventSink sink = new RabbitMqEventSink(settings)) {
      Channel channel = admin.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      String queue = channel.queueDeclare().getQueue();
      channel.queueBind(queue, settings.exchange(), "#");
      assertThat(sink.deliver(List.of(before))).containsExactly(DeliveryOutcome.DELIVERED);

      String watermark = TestBroker.rabbitmqctlOutput("eval", "vm_memory_monitor:get_vm_memory_high_watermark().");
      try {
        TestBroker.rabbitmqctl("set_vm_memory_high_watermark", "0");
        Thread.sleep(1000);
        // The broker tells a connection it is blocked when it next publishes: the first batch waits for its confirms
        // in vain; the next is refused at once.
        long start = System.nanoTime();
        assertThatThrownBy(() -> sink.deliver(List.of(during)))
            .isInstanceOf(EventSink.SinkUnavailableException.class)
            .hasMessageMatching("(?s).*(blocks publishing|not confirmed within).*");
        assertThat(System.nanoTime() - start).as("held no longer than the confirm timeout and a margin")
            .isLessThan(settings.confirmTimeout().toNanos() + 2_000_000_000L);
        start = System.nanoTime();
        assertThatThrownBy(() -> sink.deliver(List.of(during)))
            .isInstanceOf(EventSink.SinkUnavailableException.class)
            .hasMessageContaining("blocks publishing (low on memory)");
        assertThat(System.nanoTime() - start).as("refused at once").isLessThan(1_000_000_000L);
      } finally {
        TestBroker.rabbitmqctl("set_vm_memory_high_watermark", watermark);
      }

      List<DeliveryOutcome> outcomes = null;
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (outcomes == null && System.nanoTime() < deadline) {
        try {
          outcomes = sink.deliver(List.of(during));
        } catch (EventSink.SinkUnavailableException e) {
          Thread.sleep(200);
        }
      }
      assertThat(outcomes).containsExactly(DeliveryOutcome.DELIVERED);
      ReceivedIds received = new ReceivedIds().consume(channel, queue);
      received.awaitDistinct(2, 10_000);
      received.assertEachArrivedInOrderPerAggregate(new ArrayList<>(List.of(before, during)));
      channel.exchangeDelete(settings.exchange());
    }
  }
}
