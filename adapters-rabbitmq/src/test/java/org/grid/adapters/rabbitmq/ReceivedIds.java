package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.port.out.OutgoingEvent;

/** The message ids a test consumer received from one queue, in arrival order, and the checks made on them. */
final class ReceivedIds {

  private final List<String> ids = new ArrayList<>();

  /** Starts consuming {@code queue} on {@code channel} with automatic acknowledgement. */
  ReceivedIds consume(Channel channel, String queue) throws IOException {
    channel.basicQos(1000);
    channel.basicConsume(queue, true, (tag, delivery) -> add(delivery.getProperties().getMessageId()), tag -> { });
    return this;
  }

  private synchronized void add(String id) {
    ids.add(id);
    notifyAll();
  }

  /** Waits until {@code count} distinct ids have arrived or the timeout passes. */
  synchronized void awaitDistinct(int count, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (new LinkedHashSet<>(ids).size() < count && System.currentTimeMillis() < deadline) {
      wait(Math.max(1, deadline - System.currentTimeMillis()));
    }
  }

  /** Returns how many messages arrived more than once. */
  synchronized int repeats() {
    return ids.size() - new LinkedHashSet<>(ids).size();
  }

  /**
   * Checks that every event arrived, nothing else did, and each aggregate's events arrived in the order given
   * (counting each id where it first arrived, as a consumer that drops repeats sees them).
   */
  synchronized void assertEachArrivedInOrderPerAggregate(List<OutgoingEvent> events) {
    Set<String> distinct = new LinkedHashSet<>(ids);
    assertThat(distinct).as("distinct ids received").hasSize(events.size());
    Map<String, String> aggregateOf = new LinkedHashMap<>();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (OutgoingEvent event : events) {
      aggregateOf.put(event.id(), event.aggregate());
      expected.computeIfAbsent(event.aggregate(), a -> new ArrayList<>()).add(event.id());
    }
    assertThat(aggregateOf.keySet()).as("events received").containsExactlyInAnyOrderElementsOf(distinct);
    Map<String, List<String>> arrived = new LinkedHashMap<>();
    for (String id : distinct) {
      arrived.computeIfAbsent(aggregateOf.get(id), a -> new ArrayList<>()).add(id);
    }
    for (Map.Entry<String, List<String>> aggregate : expected.entrySet()) {
      assertThat(arrived.get(aggregate.getKey())).as("order of aggregate %s", aggregate.getKey())
          .containsExactlyElementsOf(aggregate.getValue());
    }
  }
}
