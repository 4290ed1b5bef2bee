package org.grid.adapters.inmemory.escalation;

import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.escalation.AbstractStaffDirectoryContractTest;

/** The staff directory contract in memory. */
class InMemoryStaffDirectoryTest extends AbstractStaffDirectoryContractTest {
  @Override
  protected StaffDirectory newDirectory() {
    return new InMemoryStaffDirectory();
  }
}
