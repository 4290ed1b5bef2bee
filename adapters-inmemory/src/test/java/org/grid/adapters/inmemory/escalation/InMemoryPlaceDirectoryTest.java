package org.grid.adapters.inmemory.escalation;

import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.testkit.escalation.AbstractPlaceDirectoryContractTest;

/** The place directory contract in memory. */
class InMemoryPlaceDirectoryTest extends AbstractPlaceDirectoryContractTest {
  @Override
  protected PlaceDirectory newDirectory() {
    return new InMemoryPlaceDirectory();
  }
}
