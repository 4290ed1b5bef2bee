package org.grid.assessment.port.out;

import java.util.ArrayList;
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

  /**
   * Returns a source of the evidence of several sources together: for example what {@code RequestHistoryEvidence}
   * and {@code DutyRecordEvidence} derive from grid's records, and what a county stored by hand. Their ids must not
   * clash: the scoring engine refuses one id with two contents, and counts the same evidence repeated once.
   *
   * @param sources the sources, not null
   * @return the source that asks each in turn
   * @throws NullPointerException if {@code sources} or a source is null
   */
  static EvidenceSource concat(EvidenceSource... sources) {
    List<EvidenceSource> all = List.of(sources);
    return period -> {
      List<Evidence> evidence = new ArrayList<>();
      for (EvidenceSource source : all) {
        evidence.addAll(source.evidence(period));
      }
      return evidence;
    };
  }
}
