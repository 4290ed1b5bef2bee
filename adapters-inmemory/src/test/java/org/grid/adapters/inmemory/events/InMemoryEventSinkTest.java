package org.grid.adapters.inmemory.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grid.core.port.out.EventSink;
import org.grid.core.port.out.OutgoingEvent;
import org.grid.testkit.contract.AbstractEventSinkContractTest;
import org.grid.testkit.contract.ReceivedEvent;
import org.junit.jupiter.api.Test;

class InMemoryEventSinkTest extends AbstractEventSinkContractTest {

  private static final int LIMIT = 512 * 1024;

  private InMemoryEventSink sink;

  @Override
  protected EventSink newSink() {
    sink = new InMemoryEventSink(LIMIT);
    return sink;
  }

  @Override
  protected List<ReceivedEvent> received() {
    return sink.delivered().stream()
        .map(e -> new ReceivedEvent(e.id(), e.type(), e.subject(), e.json()))
        .toList();
  }

  @Override
  protected Optional<OutgoingEvent> refusedEvent(String id, String aggregate) {
    String json = "{\"id\":\"" + id + "\",\"data\":\"" + "x".repeat(LIMIT) + PERSONAL_DATA_MARKER + "\"}";
    return Optional.of(new OutgoingEvent(id, "org.grid.request.reported.v1", "/counties/C1", aggregate, "C1",
        aggregate, Instant.parse("2026-03-02T01:30:00Z"), json));
  }

  @Test
  void anUnavailableSinkThrowsAndKeepsNothingUntilAvailableAgain() {
    OutgoingEvent event = event(1, 0);
    sink.setAvailable(false);

    assertThatThrownBy(() -> sink.deliver(List.of(event))).isInstanceOf(EventSink.SinkUnavailableException.class);
    assertThat(sink.delivered()).isEmpty();

    sink.setAvailable(true);
    sink.deliver(List.of(event));
    assertThat(sink.delivered()).containsExactly(event);
  }

  @Test
  void aLimitThatIsNotPositiveIsRefused() {
    assertThatThrownBy(() -> new InMemoryEventSink(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEventBytes");
  }
}
