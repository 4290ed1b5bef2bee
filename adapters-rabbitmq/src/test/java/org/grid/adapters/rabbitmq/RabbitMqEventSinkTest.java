package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;

/** What the sink does without a broker: refuses bad batches before connecting, reports an absent broker. */
class RabbitMqEventSinkTest {

  private static int aClosedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static RabbitMqEventSink sinkOnClosedPort() throws Exception {
    return new RabbitMqEventSink(RabbitMqSinkSettings.defaults().withHost("127.0.0.1").withPort(aClosedPort())
        .withConnectionTimeout(Duration.ofSeconds(2)));
  }

  private static final OutgoingEvent EVENT = TestBroker.event("unit", "C1", 1, 0);

  @Test
  void anUnreachableBrokerIsReportedUnavailableNamingWhereItWasSought() throws Exception {
    try (RabbitMqEventSink sink = sinkOnClosedPort()) {
      int port = sink.settings().port();
      assertThatThrownBy(() -> sink.deliver(List.of(EVENT)))
          .isInstanceOf(EventSink.SinkUnavailableException.class)
          .hasMessageContaining("127.0.0.1:" + port)
          .hasMessageNotContaining("guest");
      assertThatThrownBy(() -> sink.deliver(List.of(EVENT)))
          .as("tried again on the next batch").isInstanceOf(EventSink.SinkUnavailableException.class);
    }
  }

  @Test
  void badBatchesAreRefusedBeforeConnecting() throws Exception {
    try (RabbitMqEventSink sink = sinkOnClosedPort()) {
      assertThatThrownBy(() -> sink.deliver(null)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("events");
      assertThatThrownBy(() -> sink.deliver(List.of())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
      assertThatThrownBy(() -> sink.deliver(Arrays.asList(EVENT, null))).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("event");
    }
  }

  @Test
  void aClosedSinkRefusesBatches() throws Exception {
    RabbitMqEventSink sink = sinkOnClosedPort();
    sink.close();
    sink.close();

    assertThatThrownBy(() -> sink.deliver(List.of(EVENT))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void settingsAreRequired() {
    assertThatThrownBy(() -> new RabbitMqEventSink(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("settings");
    assertThat(RabbitMqEventSink.CONTENT_TYPE).isEqualTo("application/cloudevents+json");
  }
}
