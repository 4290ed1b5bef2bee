package org.grid.assessment.port.out;

import java.util.List;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Evidence;

/**
 * Where the evidence that rules count comes from: adapters turn the duty log (visits, meetings, missed duties) and
 * the request history into {@link Evidence}. A SQL adapter answers from an index on the evidence date.
 */
public interface EvidenceSource {

  /**
   * Returns the evidence dated within a period.
   *
   * @param period the period, not null
   * @return every piece of evidence whose date lies in the period, in any order
   */
  List<Evidence> evidence(AssessmentPeriod period);
}
