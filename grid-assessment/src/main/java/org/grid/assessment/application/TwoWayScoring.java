package org.grid.assessment.application;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringEngine;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.model.TwoWayAssessment;
import org.grid.assessment.port.in.AssessRequestsCommand;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.assessment.port.out.ScoreRepository;

/**
 * The two-way assessment (双向考核) of one period while its evidence is handed over: what {@link
 * AssessRequestsService} and {@link AssessCountyService} share. Handlers are scored from the handler side's
 * evidence, reporters from the reporter side's, evidence of no side counts for both, staff evidence for neither.
 * Every subject of a handler or reporter piece is scored, and the source is always asked for {@link
 * TwoWayAssessment#HELD} and {@link TwoWayAssessment#FILED} beside the types the rule sets count, so that an office
 * or grid whose record in the period is clean is scored too, and not left out because no rule counts what it did.
 */
final class TwoWayScoring {

  private final ScoringEngine.Scoring handlers;
  private final ScoringEngine.Scoring reporters;
  private final Set<String> types;

  private TwoWayScoring(RuleSet handlerRules, RuleSet reporterRules, AssessRequestsCommand command) {
    handlers = ScoringEngine.scoringEnrolling(handlerRules, command.handlers(), command.period());
    reporters = ScoringEngine.scoringEnrolling(reporterRules, command.reporters(), command.period());
    types = new HashSet<>(handlerRules.countedTypes());
    types.addAll(reporterRules.countedTypes());
    // What enrols every office and grid with a request in the period, whatever the rule sets count.
    types.add(TwoWayAssessment.HELD);
    types.add(TwoWayAssessment.FILED);
  }

  /**
   * Starts the assessment, or names the subject kinds no rule set covers the period for.
   *
   * @param catalog the rule sets
   * @param command the assessment
   * @param missing where the kinds without a rule set are added
   * @return the scoring, or empty when a rule set is missing
   */
  static Optional<TwoWayScoring> start(RuleSetCatalog catalog, AssessRequestsCommand command, Set<String> missing) {
    Optional<RuleSet> handlerRules = catalog.ruleSetFor(TwoWayAssessment.HANDLER, command.period());
    Optional<RuleSet> reporterRules = catalog.ruleSetFor(TwoWayAssessment.REPORTER, command.period());
    if (handlerRules.isEmpty()) {
      missing.add(TwoWayAssessment.HANDLER);
    }
    if (reporterRules.isEmpty()) {
      missing.add(TwoWayAssessment.REPORTER);
    }
    if (handlerRules.isEmpty() || reporterRules.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TwoWayScoring(handlerRules.get(), reporterRules.get(), command));
  }

  /** The evidence types the two rule sets count. */
  Set<String> types() {
    return types;
  }

  /** Counts a piece by its side. */
  void accept(Evidence e) {
    String side = e.attributes().get(RequestEvidence.SIDE);
    if (RequestEvidence.HANDLER.equals(side)) {
      handlers.acceptAndEnrol(e);
    } else if (RequestEvidence.REPORTER.equals(side)) {
      reporters.acceptAndEnrol(e);
    } else if (!RequestEvidence.STAFF.equals(side)) {
      // evidence of no side (typed by hand, say) counts for whichever subject it names
      handlers.accept(e);
      reporters.accept(e);
    }
  }

  /** Ends the scoring and stores every score. */
  AssessRequestsUseCase.Assessed finish(ScoreRepository scores) {
    return new AssessRequestsUseCase.Assessed(store(handlers.scores(), scores), store(reporters.scores(), scores));
  }

  private static ImmutableList<Score> store(Map<SubjectId, Score> scored, ScoreRepository scores) {
    scored.values().forEach(scores::save);
    return ImmutableList.copyOf(scored.values());
  }
}
