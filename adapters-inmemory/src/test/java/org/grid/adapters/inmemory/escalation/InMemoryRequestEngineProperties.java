package org.grid.adapters.inmemory.escalation;

import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractRequestEngineProperties;

class InMemoryRequestEngineProperties extends AbstractRequestEngineProperties {
  @Override
  protected RequestRepository newRepository() {
    return new InMemoryRequestRepository();
  }

  @Override
  protected StaffDirectory newStaffDirectory() {
    return new InMemoryStaffDirectory();
  }

  @Override
  protected PlaceDirectory newPlaceDirectory() {
    return new InMemoryPlaceDirectory();
  }
}
