package org.grid.adapters.inmemory.pairing;

import org.grid.core.port.out.PairingRepository;
import org.grid.testkit.contract.AbstractPairingRepositoryContractTest;

class InMemoryPairingRepositoryTest extends AbstractPairingRepositoryContractTest {

  @Override
  protected PairingRepository newRepository() {
    return new InMemoryPairingRepository();
  }
}
