package org.grid.adapters.jdbc.assessment;

import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.adapters.jdbc.escalation.JdbcRequestRepository;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.assessment.AbstractRecordedEvidenceTest;

/** The two-way assessment read from the request tables; a subclass per database supplies it. */
abstract class JdbcRecordedEvidence extends AbstractRecordedEvidenceTest {

  /**
   * Returns the migrated database of the subclass.
   *
   * @return the database
   */
  abstract MigratedDatabase database();

  private JdbcUnitOfWork unitOfWork;

  @Override
  protected RequestRepository newRequestRepository() {
    database().deleteAll(TestDatabase.ESCALATION_TABLES);
    database().deleteAll(TestDatabase.ASSESSMENT_TABLES);
    unitOfWork = new JdbcUnitOfWork(database().dataSource());
    return new JdbcRequestRepository(unitOfWork);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected RuleSetRepository newRuleSetRepository() {
    return new JdbcRuleSetRepository(unitOfWork);
  }

  @Override
  protected ScoreRepository newScoreRepository() {
    return new JdbcScoreRepository(unitOfWork);
  }
}
