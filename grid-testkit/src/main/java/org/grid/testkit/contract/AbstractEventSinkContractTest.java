package org.grid.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EventSink} (事件投递端口契约): what the outbox relay relies on from any broker adapter. A
 * county's sink (Kafka, RocketMQ, NATS, ...) proves itself by a test class that extends this one, returns a fresh
 * sink from {@link #newSink()} and reads back what a consumer of its broker received with {@link #received()}.
 *
 * <p>The consumer behind {@link #received()} must take every event of the counties in {@link #COUNTIES}, whatever
 * its type, and see only what was published since the last {@link #newSink()} (a queue or topic of its own per test,
 * or one drained in {@link #newSink()}). Brokers are asynchronous: the contract polls {@link #received()} until what
 * it waits for has arrived or {@link #arrivalTimeout()} has passed.
 *
 * <p>What is proven: every event of a batch gets exactly one outcome, in the batch's order; delivered events arrive
 * with the same id, type, subject and body (UTF-8 text beyond ASCII, large bodies); a batch of many aggregates
 * arrives complete and with nothing else; each aggregate's order holds across successive batches; a null or empty
 * batch, or one with a null event, is refused with a clear exception before anything of it is published; the same
 * event delivered again is harmless (a consumer sees the same id and body and drops the repeat by id). When the sink
 * can name an event it refuses ({@link #refusedEvent(String, String)}), the contract also proves that the refused
 * event gets a {@link DeliveryOutcome.Rejected} with a reason free of the event's data in its place while the rest of
 * the batch is delivered, never reaches a consumer, and does not stop the sink.
 *
 * <p>Not proven here, because it needs a broker that can be stopped: that an unreachable broker makes {@link
 * EventSink#deliver} throw {@link EventSink.SinkUnavailableException}. Each adapter proves that in its own tests.
 */
public abstract class AbstractEventSinkContractTest {

  /** The counties of the events this contract hands the sink; the consumer of {@link #received()} takes all. */
  public static final List<String> COUNTIES = List.of("C1", "C2", "C3");

  /** The event types this contract uses, in turn. */
  public static final List<String> TYPES = List.of(
      "org.grid.request.reported.v1", "org.grid.request.escalated.v1", "org.grid.team.formed.v1");

  /**
   * Text in every event's data that stands for personal data: it must never appear in a rejection's reason (nor,
   * though not checked here, in a sink's logs).
   */
  protected static final String PERSONAL_DATA_MARKER = "张三 13800000000";

  private static final Instant START = Instant.parse("2026-03-02T01:30:00Z");

  private EventSink sink;
  private String run;

  /**
   * For the subclass that JUnit runs, which supplies the sink under test through {@link #newSink()} and what its broker
   * received through {@link #received()}.
   */
  protected AbstractEventSinkContractTest() {}

  /**
   * Returns a new sink, and makes the consumer behind {@link #received()} start from nothing; called before every
   * test.
   *
   * @return the sink under test
   */
  protected abstract EventSink newSink();

  /**
   * Returns what a consumer of the broker has received since the last {@link #newSink()}, in the order it arrived,
   * repeats included. Called again and again while the contract waits; must not block for long.
   *
   * @return the events received so far
   */
  protected abstract List<ReceivedEvent> received();

  /**
   * Returns an event the sink refuses, with the given id and aggregate (one its broker cannot route, one larger
   * than the sink accepts, ...), or empty when the sink has no such event, which skips the tests of refusal.
   *
   * @param id the event id to give it
   * @param aggregate the aggregate to give it
   * @return the event, or empty
   */
  protected Optional<OutgoingEvent> refusedEvent(String id, String aggregate) {
    return Optional.empty();
  }

  /**
   * Returns how long the contract waits for delivered events to reach the consumer; 10 seconds unless overridden.
   *
   * @return the timeout
   */
  protected Duration arrivalTimeout() {
    return Duration.ofSeconds(10);
  }

  /**
   * Returns the size in characters of the data of the contract's large event, which the sink must deliver whole;
   * 256 KiB unless overridden.
   *
   * @return the size
   */
  protected int largeEventChars() {
    return 256 * 1024;
  }

  /**
   * Releases the sink after a test; closes it when it is {@link AutoCloseable}.
   *
   * @param sink the sink of the test
   * @throws Exception what closing threw
   */
  protected void closeSink(EventSink sink) throws Exception {
    if (sink instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  @BeforeEach
  void createSink() {
    run = UUID.randomUUID().toString().substring(0, 8);
    sink = newSink();
  }

  @AfterEach
  void releaseSink() throws Exception {
    closeSink(sink);
  }

  /**
   * Returns an event of the contract: county and type chosen by {@code aggregate}'s number, the id made of this
   * test's run, the aggregate and the sequence number, and a JSON body with text beyond ASCII.
   *
   * @param aggregate the aggregate's number in this test
   * @param sequence the event's number within its aggregate
   * @return the event
   */
  protected final OutgoingEvent event(int aggregate, int sequence) {
    return event(aggregate, sequence, "");
  }

  private OutgoingEvent event(int aggregate, int sequence, String padding) {
    String county = COUNTIES.get(aggregate % COUNTIES.size());
    String type = TYPES.get((aggregate / COUNTIES.size()) % TYPES.size());
    String subject = "R-" + run + "-" + aggregate;
    String id = run + "-" + aggregate + "-" + sequence;
    String source = "/counties/" + county + "/townships/T01";
    Instant time = START.plusSeconds(60L * sequence + aggregate);
    String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"source\":\"" + source
        + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time + "\",\"datacontenttype\":\"application/json\","
        + "\"data\":{\"sequence\":" + sequence + ",\"category\":\"土地纠纷 \\\"边界\\\"\\n第" + sequence + "件 🌾\","
        + "\"reporter\":\"" + PERSONAL_DATA_MARKER + "\",\"padding\":\"" + padding + "\"}}";
    return new OutgoingEvent(id, type, source, subject, county, subject, time, json);
  }

  private static List<String> ids(List<OutgoingEvent> events) {
    return events.stream().map(OutgoingEvent::id).toList();
  }

  private List<ReceivedEvent> awaitReceived(String what, Predicate<List<ReceivedEvent>> done) {
    long deadline = System.nanoTime() + arrivalTimeout().toNanos();
    List<ReceivedEvent> received = received();
    while (!done.test(received) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
      received = received();
    }
    return received;
  }

  private List<ReceivedEvent> awaitIds(List<String> ids) {
    return awaitReceived(ids.size() + " events", received -> received.stream().map(ReceivedEvent::id)
        .collect(Collectors.toSet()).containsAll(ids));
  }

  private static List<String> distinctIds(List<ReceivedEvent> received) {
    return List.copyOf(received.stream().map(ReceivedEvent::id).collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  private List<DeliveryOutcome> deliver(List<OutgoingEvent> events) {
    List<DeliveryOutcome> outcomes = sink.deliver(events);
    assertThat(outcomes).as("one outcome per event").hasSize(events.size()).doesNotContainNull();
    return outcomes;
  }

  @Test
  void everyEventOfABatchGetsExactlyOneOutcomeInOrder() {
    List<OutgoingEvent> batch = IntStream.range(0, 12).mapToObj(a -> event(a, 0)).toList();

    List<DeliveryOutcome> outcomes = deliver(batch);

    assertThat(outcomes).allMatch(DeliveryOutcome.Delivered.class::isInstance);
    assertThat(distinctIds(awaitIds(ids(batch)))).containsExactlyInAnyOrderElementsOf(ids(batch));
  }

  @Test
  void deliveredEventsArriveWithTheSameIdTypeSubjectAndBody() {
    List<OutgoingEvent> batch = IntStream.range(0, COUNTIES.size() * TYPES.size()).mapToObj(a -> event(a, 7)).toList();

    deliver(batch);

    List<ReceivedEvent> received = awaitIds(ids(batch));
    Map<String, ReceivedEvent> byId = new LinkedHashMap<>();
    received.forEach(r -> byId.putIfAbsent(r.id(), r));
    for (OutgoingEvent sent : batch) {
      assertThat(byId.get(sent.id())).as("what arrived of %s", sent)
          .isEqualTo(new ReceivedEvent(sent.id(), sent.type(), sent.subject(), sent.json()));
    }
  }

  @Test
  void aLargeEventArrivesWhole() {
    OutgoingEvent large = event(1, 0, "x".repeat(largeEventChars()));

    assertThat(deliver(List.of(large))).containsExactly(DeliveryOutcome.DELIVERED);

    List<ReceivedEvent> received = awaitIds(List.of(large.id()));
    assertThat(received).filteredOn(r -> r.id().equals(large.id())).first()
        .satisfies(r -> assertThat(r.body()).isEqualTo(large.json()));
  }

  @Test
  void aBatchOfManyAggregatesArrivesCompleteAndWithNothingElse() {
    List<OutgoingEvent> batch = IntStream.range(0, 300).mapToObj(a -> event(a, 0)).toList();

    assertThat(deliver(batch)).allMatch(DeliveryOutcome.Delivered.class::isInstance);

    assertThat(distinctIds(awaitIds(ids(batch)))).containsExactlyInAnyOrderElementsOf(ids(batch));
  }

  @Test
  void eachAggregatesOrderHoldsAcrossSuccessiveBatches() {
    int aggregates = 12;
    int batches = 15;
    for (int sequence = 0; sequence < batches; sequence++) {
      int s = sequence;
      List<OutgoingEvent> batch = IntStream.range(0, aggregates).mapToObj(a -> event(a, s)).toList();
      assertThat(deliver(batch)).allMatch(DeliveryOutcome.Delivered.class::isInstance);
    }

    List<String> all = IntStream.range(0, aggregates).boxed()
        .flatMap(a -> IntStream.range(0, batches).mapToObj(s -> event(a, s).id())).toList();
    List<String> arrived = distinctIds(awaitIds(all));
    for (int a = 0; a < aggregates; a++) {
      String prefix = run + "-" + a + "-";
      int aggregate = a;
      assertThat(arrived.stream().filter(id -> id.startsWith(prefix)).toList())
          .as("aggregate %d in the order delivered", a)
          .containsExactlyElementsOf(IntStream.range(0, batches).mapToObj(s -> event(aggregate, s).id()).toList());
    }
  }

  @Test
  void aNullOrEmptyBatchOrANullEventIsRefusedBeforeAnythingIsPublished() {
    OutgoingEvent beforeTheNull = event(1, 0);
    OutgoingEvent marker = event(2, 0);

    assertThatThrownBy(() -> sink.deliver(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("events");
    assertThatThrownBy(() -> sink.deliver(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> sink.deliver(Arrays.asList(beforeTheNull, null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("event");

    assertThat(deliver(List.of(marker))).containsExactly(DeliveryOutcome.DELIVERED);
    assertThat(distinctIds(awaitIds(List.of(marker.id())))).containsExactly(marker.id());
  }

  @Test
  void theSameEventDeliveredAgainIsHarmless() {
    OutgoingEvent event = event(4, 0);
    OutgoingEvent next = event(4, 1);

    assertThat(deliver(List.of(event))).containsExactly(DeliveryOutcome.DELIVERED);
    assertThat(deliver(List.of(event))).containsExactly(DeliveryOutcome.DELIVERED);
    assertThat(deliver(List.of(next))).containsExactly(DeliveryOutcome.DELIVERED);

    List<ReceivedEvent> received = awaitIds(List.of(event.id(), next.id()));
    assertThat(received).filteredOn(r -> r.id().equals(event.id()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r).isEqualTo(
            new ReceivedEvent(event.id(), event.type(), event.subject(), event.json())));
    assertThat(distinctIds(received)).as("what a consumer keeps after dropping repeats by id")
        .containsExactly(event.id(), next.id());
  }

  private OutgoingEvent refused(String name) {
    Optional<OutgoingEvent> refused = refusedEvent(run + "-" + name, "R-" + run + "-" + name);
    assumeThat(refused).as("the sink names an event it refuses").isPresent();
    return refused.orElseThrow();
  }

  @Test
  void aRefusedEventIsRejectedInItsPlaceWhileTheRestOfTheBatchIsDelivered() {
    OutgoingEvent poison = refused("poison");
    List<OutgoingEvent> batch = List.of(event(0, 0), event(1, 0), poison, event(3, 0), event(4, 0));

    List<DeliveryOutcome> outcomes = deliver(batch);

    assertThat(outcomes.get(2)).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class, rejected ->
        assertThat(rejected.reason()).isNotBlank().doesNotContain(PERSONAL_DATA_MARKER));
    List<DeliveryOutcome> others = new ArrayList<>(outcomes);
    others.remove(2);
    assertThat(others).allMatch(DeliveryOutcome.Delivered.class::isInstance);
    List<String> delivered = ids(List.of(batch.get(0), batch.get(1), batch.get(3), batch.get(4)));
    assertThat(distinctIds(awaitIds(delivered))).containsExactlyInAnyOrderElementsOf(delivered);
  }

  @Test
  void aRefusedEventNeverReachesAConsumerAndTheSinkGoesOn() {
    OutgoingEvent poison = refused("alone");
    OutgoingEvent after = event(5, 0);

    assertThat(deliver(List.of(poison))).singleElement().isInstanceOf(DeliveryOutcome.Rejected.class);
    assertThat(deliver(List.of(poison))).as("refused again when handed again")
        .singleElement().isInstanceOf(DeliveryOutcome.Rejected.class);
    assertThat(deliver(List.of(after))).containsExactly(DeliveryOutcome.DELIVERED);

    List<ReceivedEvent> received = awaitIds(List.of(after.id()));
    Set<String> arrived = received.stream().map(ReceivedEvent::id).collect(Collectors.toSet());
    assertThat(arrived).contains(after.id()).doesNotContain(poison.id());
  }
}
