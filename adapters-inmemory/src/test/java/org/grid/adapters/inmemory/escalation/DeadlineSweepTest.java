package org.grid.adapters.inmemory.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.grid.escalation.application.DeadlineSweep;
import org.grid.escalation.model.Request;
import org.grid.escalation.port.in.SweepResult;
import org.grid.testkit.CountingUnitOfWork;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;

/** The deadline sweep runs each page of 1,000 due requests in one claiming unit of work, and publishes inside it. */
class DeadlineSweepTest {

  @Test
  void eachPageOfDueRequestsIsOneClaimingUnitAndEveryEventIsPublishedInsideIt() {
    InMemoryRequestRepository repository = new InMemoryRequestRepository();
    Instant reportedAt = at("2026-03-02T09:00");
    for (int i = 0; i < 2_500; i++) {
      Request request = EscalationSamples.reported("R" + i, PLACE_A, reportedAt.plusSeconds(i));
      assertThat(repository.save(request, 0)).isTrue();
    }
    CountingUnitOfWork unitOfWork = new CountingUnitOfWork();
    List<Boolean> publishedInsideAUnit = new ArrayList<>();
    DeadlineSweep sweep = new DeadlineSweep(repository, new InMemoryRoutingTable(),
        InMemoryWorkCalendars.everywhere(CALENDAR), events -> publishedInsideAUnit.add(unitOfWork.inUnit()),
        unitOfWork, POLICY);

    SweepResult result = sweep.processDue(at("2026-03-04T09:00"));

    assertThat(result.changed()).isEqualTo(2_500);
    assertThat(unitOfWork.claimingUnits()).as("pages of 1,000, 1,000 and 500").isEqualTo(3);
    assertThat(unitOfWork.units()).isEqualTo(3);
    assertThat(publishedInsideAUnit).hasSize(2_500).containsOnly(true);
    assertThat(sweep.processDue(at("2026-03-04T09:00")).changed()).as("a second sweep at the same time").isZero();
  }
}
