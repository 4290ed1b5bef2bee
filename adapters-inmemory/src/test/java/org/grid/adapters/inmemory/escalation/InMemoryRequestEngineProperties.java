package org.grid.adapters.inmemory.escalation;

import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.AbstractRequestEngineProperties;

class InMemoryRequestEngineProperties extends AbstractRequestEngineProperties {
  @Override
  protected RequestRepository newRepository() {
    return new InMemoryRequestRepository();
  }
}
