package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/** Where a refused command's property came from in the call, as the 400's {@code field} names it. */
class CommandFieldsTest {

  private static final RequestCommand.Accept ACCEPT = new RequestCommand.Accept(CommandId.of("c"), RequestId.of("R"),
      1, Actor.citizen(PersonId.of("p")), PersonId.of("a"));
  private static final RequestCommand.Report REPORT = new RequestCommand.Report(CommandId.of("c"), RequestId.of("R"),
      Actor.citizen(PersonId.of("p")), PersonId.of("p"), EscalationSamples.PLACE_A, EscalationSamples.LAND_CATEGORY,
      "积水", Urgency.NORMAL, null, null);

  @Test
  void eachPropertyIsNamedWhereTheCallGaveIt() {
    assertThat(GridRequestController.field("commandId", ACCEPT)).isEqualTo("header Idempotency-Key");
    assertThat(GridRequestController.field("expectedVersion", ACCEPT)).isEqualTo("header If-Match");
    assertThat(GridRequestController.field("actor", ACCEPT)).isEqualTo("header Grid-Office");
    assertThat(GridRequestController.field("requestId", ACCEPT)).isEqualTo("path id");
    assertThat(GridRequestController.field("requestId", REPORT)).isEqualTo("$.requestId");
    assertThat(GridRequestController.field("assignee", ACCEPT)).isEqualTo("$.assignee");
    assertThat(GridRequestController.field("place.grid", REPORT)).isEqualTo("$.place.grid");
  }
}
