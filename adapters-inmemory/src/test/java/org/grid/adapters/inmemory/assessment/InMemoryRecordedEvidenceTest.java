package org.grid.adapters.inmemory.assessment;

import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.assessment.AbstractRecordedEvidenceTest;

/** The two-way assessment read from the in-memory request repository. */
class InMemoryRecordedEvidenceTest extends AbstractRecordedEvidenceTest {

  private final UnitOfWork unitOfWork = InMemoryUnitOfWork.create();

  @Override
  protected RequestRepository newRequestRepository() {
    return new InMemoryRequestRepository();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected RuleSetRepository newRuleSetRepository() {
    return new InMemoryRuleSetRepository();
  }

  @Override
  protected ScoreRepository newScoreRepository() {
    return new InMemoryScoreRepository();
  }
}
