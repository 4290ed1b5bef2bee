package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live feed's notices: what they copy from an event, and that every event counts as delivered. */
class ConsoleEventsTest {

  private static final String EVENT = """
      {"specversion":"1.0","id":"request/R-1/2/0","type":"org.grid.request.returned.v1","subject":"R-1",
       "data":{"requestId":"R-1","version":2,"reason":"电话13812345678",
               "request":{"state":"REPORTED","tier":"COUNTY_OFFICE","category":"water"}}}""";

  private static OutgoingEvent event(String json) {
    return new OutgoingEvent("request/R-1/2/0", "org.grid.request.returned.v1", "/counties/C1", "R-1", "C1", "R-1",
        Instant.parse("2026-03-02T01:00:00Z"), json);
  }

  @Test
  void aNoticeNamesTheEventAndTheRequestsStateAndTierAndCopiesNoText() {
    String notice = new ConsoleEvents().notice(event(EVENT));

    assertThat(notice).isEqualTo("{\"id\":\"request/R-1/2/0\",\"type\":\"org.grid.request.returned.v1\","
        + "\"subject\":\"R-1\",\"time\":\"2026-03-02T01:00:00Z\",\"state\":\"REPORTED\",\"tier\":\"COUNTY_OFFICE\"}");
    assertThat(notice).doesNotContain("138").doesNotContain("water");
  }

  @Test
  void anEventWithoutARequestGivesANoticeOfItsAttributesOnly() {
    String notice = new ConsoleEvents().notice(event("{\"data\":{\"plan\":\"T01\"}}"));

    assertThat(notice).doesNotContain("state").doesNotContain("tier").contains("\"subject\":\"R-1\"");
  }

  @Test
  void everyEventIsDeliveredWhetherOrNotAPageListens() {
    ConsoleEvents events = new ConsoleEvents();

    List<DeliveryOutcome> outcomes = events.deliver(List.of(event(EVENT), event(EVENT)));

    assertThat(outcomes).hasSize(2).allMatch(o -> o instanceof DeliveryOutcome.Delivered);
    assertThat(events.listeners()).isZero();
    assertThatThrownBy(() -> events.deliver(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  /** A stream whose every write blocks until released, as one to a page that stopped reading does. */
  private static final class StuckStream extends SseEmitter {

    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch writing = new CountDownLatch(1);

    @Override
    public void send(SseEventBuilder builder) throws IOException {
      writing.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("broken pipe");
    }
  }

  /** A stream that keeps what it is sent. */
  private static final class ReadingStream extends SseEmitter {

    final List<SseEventBuilder> sent = new CopyOnWriteArrayList<>();
    final CountDownLatch received;

    ReadingStream(int expected) {
      received = new CountDownLatch(expected);
    }

    @Override
    public void send(SseEventBuilder builder) {
      sent.add(builder);
      received.countDown();
    }
  }

  /**
   * A page that stops reading holds up neither the relay, which only queues the notices, nor the other pages; once
   * more than the queue's notices wait for it, it is dropped.
   */
  @Test
  void aPageThatStopsReadingHoldsUpNeitherTheRelayNorTheOtherPages() throws Exception {
    try (ConsoleEvents events = new ConsoleEvents()) {
      StuckStream stuck = new StuckStream();
      ReadingStream reading = new ReadingStream(ConsoleEvents.QUEUED + 2);
      events.listen(stuck);
      events.listen(reading);

      events.deliver(List.of(event(EVENT)));
      assertThat(stuck.writing.await(10, TimeUnit.SECONDS)).as("the stuck page's write has begun").isTrue();
      for (int i = 0; i <= ConsoleEvents.QUEUED; i++) {
        // The relay's thread returns though the stuck page's writer waits.
        assertThat(events.deliver(List.of(event(EVENT)))).hasSize(1);
      }

      assertThat(reading.received.await(10, TimeUnit.SECONDS)).as("the reading page got every notice").isTrue();
      assertThat(reading.sent).hasSize(ConsoleEvents.QUEUED + 2);
      assertThat(events.listeners()).as("the stuck page, a queue behind, is dropped").isEqualTo(1);
      stuck.release.countDown();
    }
  }
}
