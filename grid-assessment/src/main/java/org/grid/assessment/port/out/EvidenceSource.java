package org.grid.assessment.port.out;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
   * Returns the evidence dated within a period, of the given types at least: what a scoring asks for, its rule sets
   * counting only these types. A source that can leave the other types out, never deriving or reading them, should
   * (a county year's records give millions of pieces, most of which a county may not count); one that cannot
   * returns them too, and the scoring engine ignores what no rule counts. The default asks {@link
   * #evidence(AssessmentPeriod)}.
   *
   * @param period the period, not null
   * @param types the evidence types wanted, not null
   * @return every piece of evidence of those types whose date lies in the period, perhaps others too, in any order
   */
  default List<Evidence> evidence(AssessmentPeriod period, Set<String> types) {
    requireNonNull(types, "types");
    return evidence(period);
  }

  /**
   * Hands the evidence dated within a period, of the given types at least, to a consumer piece by piece as it is
   * derived or read: what the scoring services call, so that a county year's million pieces are scored while they
   * are made and never held in one list (see {@code ScoringEngine.Scoring}). A source that derives its evidence
   * (from request histories, from the duty log) should override it to hand over each piece as soon as it exists;
   * the default hands over what {@link #evidence(AssessmentPeriod, Set)} returns.
   *
   * @param period the period, not null
   * @param types the evidence types wanted, not null
   * @param consumer takes each piece, in any order, not null; an exception it throws ends the call
   * @throws NullPointerException if an argument is null
   */
  default void forEach(AssessmentPeriod period, Set<String> types, Consumer<? super Evidence> consumer) {
    requireNonNull(consumer, "consumer");
    evidence(period, types).forEach(consumer);
  }

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
    return new EvidenceSource() {
      @Override
      public List<Evidence> evidence(AssessmentPeriod period) {
        List<Evidence> evidence = new ArrayList<>();
        for (EvidenceSource source : all) {
          evidence.addAll(source.evidence(period));
        }
        return evidence;
      }

      @Override
      public List<Evidence> evidence(AssessmentPeriod period, Set<String> types) {
        requireNonNull(types, "types");
        List<Evidence> evidence = new ArrayList<>();
        for (EvidenceSource source : all) {
          evidence.addAll(source.evidence(period, types));
        }
        return evidence;
      }

      @Override
      public void forEach(AssessmentPeriod period, Set<String> types, Consumer<? super Evidence> consumer) {
        requireNonNull(types, "types");
        requireNonNull(consumer, "consumer");
        for (EvidenceSource source : all) {
          source.forEach(period, types, consumer);
        }
      }
    };
  }
}
