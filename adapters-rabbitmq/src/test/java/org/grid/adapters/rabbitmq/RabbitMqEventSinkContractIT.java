package org.grid.adapters.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.testkit.contract.AbstractEventSinkContractTest;
import org.grid.testkit.contract.ReceivedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The sink contract on the broker of {@code GRID_TEST_RABBITMQ_URI} (skipped when it is unset): each test gets an
 * exchange of its own and a queue bound to the contract's counties ({@code C1.#}, {@code C2.#}, {@code C3.#}); an
 * event of county {@code C0} has no queue, so the broker returns it as unroutable.
 */
class RabbitMqEventSinkContractIT extends AbstractEventSinkContractTest {

  private static RabbitMqSinkSettings base;
  private static Connection admin;

  private final List<ReceivedEvent> received = Collections.synchronizedList(new ArrayList<>());
  private Channel consumer;
  private String exchange;

  @BeforeAll
  static void connect() throws Exception {
    base = TestBroker.settings();
    admin = TestBroker.connect(base);
  }

  @AfterAll
  static void disconnect() throws Exception {
    if (admin != null) {
      admin.close();
    }
  }

  @Override
  protected EventSink newSink() {
    try {
      exchange = TestBroker.uniqueExchange("contract");
      consumer = admin.createChannel();
      consumer.exchangeDeclare(exchange, "topic", true);
      String queue = consumer.queueDeclare().getQueue();
      for (String county : COUNTIES) {
        consumer.queueBind(queue, exchange, county + ".#");
      }
      consumer.basicConsume(queue, true, (tag, delivery) -> {
        Map<String, Object> headers = delivery.getProperties().getHeaders();
        received.add(new ReceivedEvent(delivery.getProperties().getMessageId(), delivery.getProperties().getType(),
            String.valueOf(headers.get("cloudEvents:subject")),
            new String(delivery.getBody(), StandardCharsets.UTF_8)));
      }, tag -> { });
    } catch (Exception e) {
      throw new IllegalStateException("setting up the test's exchange and queue failed", e);
    }
    return new RabbitMqEventSink(base.withExchange(exchange));
  }

  @Override
  protected List<ReceivedEvent> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  protected Optional<OutgoingEvent> refusedEvent(String id, String aggregate) {
    String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"data\":{\"reporter\":\"" + PERSONAL_DATA_MARKER
        + "\"}}";
    return Optional.of(new OutgoingEvent(id, "org.grid.request.reported.v1", "/counties/C0", aggregate, "C0",
        aggregate, Instant.parse("2026-03-02T01:30:00Z"), json));
  }

  @Override
  protected void closeSink(EventSink sink) throws Exception {
    super.closeSink(sink);
    consumer.exchangeDelete(exchange);
    consumer.close();
  }
}
