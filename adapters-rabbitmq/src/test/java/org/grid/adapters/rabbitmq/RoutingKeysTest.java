package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.grid.core.port.out.OutgoingEvent;
import org.junit.jupiter.api.Test;

class RoutingKeysTest {

  private static OutgoingEvent event(String county, String type) {
    return new OutgoingEvent("E1", type, "/counties/" + county, "R1", county, "R1",
        Instant.parse("2026-03-02T01:30:00Z"), "{}");
  }

  @Test
  void theKeyIsTheCountyThenTheType() {
    OutgoingEvent event = event("C1", "org.grid.request.reported.v1");

    assertThat(RoutingKeys.of(event)).isEqualTo("C1.org.grid.request.reported.v1");
    assertThat(RoutingKeys.refusal(event)).isNull();
  }

  @Test
  void aCountyThatIsNotOneWordIsRefusedNamingIt() {
    assertThat(RoutingKeys.refusal(event("C.1", "t"))).contains("'C.1'");
    assertThat(RoutingKeys.refusal(event("C*", "t"))).contains("'C*'");
    assertThat(RoutingKeys.refusal(event("#", "t"))).contains("'#'");
  }

  @Test
  void aKeyLongerThan255BytesIsRefused() {
    String type = "t".repeat(253);
    assertThat(RoutingKeys.refusal(event("C", type))).isNull();
    assertThat(RoutingKeys.refusal(event("县", type))).contains("257 bytes").contains("255");
  }
}
