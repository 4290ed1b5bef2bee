package org.grid.adapters.inmemory.escalation;

import java.util.List;
import org.grid.escalation.model.RequestEvent;
import org.grid.escalation.port.out.RequestEventPublisher;
import org.grid.testkit.escalation.AbstractRequestEventPublisherContractTest;

class RecordingRequestEventPublisherTest extends AbstractRequestEventPublisherContractTest {
  @Override
  protected RequestEventPublisher newPublisher() {
    return new RecordingRequestEventPublisher();
  }

  @Override
  protected List<RequestEvent> published(RequestEventPublisher publisher) {
    return ((RecordingRequestEventPublisher) publisher).events();
  }
}
