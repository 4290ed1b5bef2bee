package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed's notices: what they copy from an event, and that every event counts as delivered; and the bounds on
 * its streams.
 */
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
      events.listen(stuck, "grid");
      events.listen(reading, "county");

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

  /** A stream that tells when the feed ends it. */
  private static final class EndingStream extends SseEmitter {

    final CountDownLatch ended = new CountDownLatch(1);

    @Override
    public void send(SseEventBuilder builder) {}

    @Override
    public void complete() {
      ended.countDown();
    }
  }

  /** A user's streams beyond their bound end their oldest, once and in order; other users' streams stay. */
  @Test
  void aUsersStreamBeyondTheirBoundEndsTheirOldest() throws Exception {
    try (ConsoleEvents events = new ConsoleEvents()) {
      EndingStream other = new EndingStream();
      assertThat(events.listen(other, "county")).isTrue();
      List<EndingStream> own = new ArrayList<>();
      for (int i = 0; i < ConsoleEvents.STREAMS_PER_USER + 2; i++) {
        EndingStream stream = new EndingStream();
        own.add(stream);
        assertThat(events.listen(stream, "grid")).isTrue();
      }

      assertThat(own.get(0).ended.await(10, TimeUnit.SECONDS)).as("the oldest ended").isTrue();
      assertThat(own.get(1).ended.await(10, TimeUnit.SECONDS)).as("the next oldest ended").isTrue();
      assertThat(events.listeners()).isEqualTo(ConsoleEvents.STREAMS_PER_USER + 1);
      assertThat(own.subList(2, own.size())).allMatch(stream -> stream.ended.getCount() == 1);
      assertThat(other.ended.getCount()).as("another user's stream stays").isEqualTo(1);
    }
  }

  /**
   * Beyond the application's bound no stream opens, for a new user nor for one under their own bound, and nothing is
   * ended for it; a user at their own bound still opens one in place of their oldest.
   */
  @Test
  void beyondTheApplicationsBoundNoStreamOpens() throws Exception {
    try (ConsoleEvents events = new ConsoleEvents(3, 2)) {
      EndingStream first = new EndingStream();
      assertThat(events.listen(first, "grid")).isTrue();
      assertThat(events.listen(new EndingStream(), "grid")).isTrue();
      assertThat(events.listen(new EndingStream(), "county")).isTrue();

      assertThat(events.open("township")).as("a new user").isEmpty();
      assertThat(events.listen(new EndingStream(), "county")).as("a user under their bound").isFalse();
      assertThat(events.listeners()).isEqualTo(3);

      assertThat(events.open("grid")).as("a user at their bound, in place of their oldest").isPresent();
      assertThat(first.ended.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(events.listeners()).isEqualTo(3);
    }
  }
}
