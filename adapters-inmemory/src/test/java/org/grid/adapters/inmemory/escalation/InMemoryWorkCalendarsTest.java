package org.grid.adapters.inmemory.escalation;

import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.escalation.port.out.WorkCalendars;
import org.grid.testkit.escalation.AbstractWorkCalendarsContractTest;
import org.grid.testkit.escalation.EscalationSamples;

class InMemoryWorkCalendarsTest extends AbstractWorkCalendarsContractTest {
  @Override
  protected WorkCalendars sampleCalendars() {
    return new InMemoryWorkCalendars().put(TownshipId.of("T01"), EscalationSamples.CALENDAR);
  }
}
