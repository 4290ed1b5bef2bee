package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

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
}
