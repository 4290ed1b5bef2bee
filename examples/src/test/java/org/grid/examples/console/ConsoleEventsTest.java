package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.grid.core.port.out.DeliveryOutcome;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;

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
}
