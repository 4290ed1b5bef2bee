package org.grid.adapters.inmemory.assessment;

import java.util.Collection;
import org.grid.assessment.model.Evidence;
import org.grid.testkit.contract.AbstractEvidenceSourceContractTest;

class InMemoryEvidenceSourceTest extends AbstractEvidenceSourceContractTest<InMemoryEvidenceSource> {

  @Override
  protected InMemoryEvidenceSource newSource() {
    return new InMemoryEvidenceSource();
  }

  @Override
  protected void add(InMemoryEvidenceSource source, Collection<Evidence> evidence) {
    source.add(evidence);
  }
}
