package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.port.in.AssessRequestsCommand;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.application.CommandValidation;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.UnitOfWork;

/**
 * Implements {@link AssessRequestsUseCase}: reads the period's evidence once (of the types the two rule sets count,
 * scoring each piece as the source hands it over), takes as handlers every subject of
 * evidence whose {@link RequestEvidence#SIDE} is {@link RequestEvidence#HANDLER} (and those the command names), as
 * reporters those whose side is {@link RequestEvidence#REPORTER}, scores the handlers from the handler side's evidence
 * and the reporters from the reporter side's (evidence of no side counts for both), and stores every score, all in one
 * unit of work. Staff evidence (side {@link RequestEvidence#STAFF}) is left to the party-member scoring, which counts
 * it beside the duties: a source that serves this use case alone need not derive it ({@link
 * RequestHistoryEvidence#sides}). Thread-safe when its ports are.
 */
public final class AssessRequestsService implements AssessRequestsUseCase {

  private final RuleSetRepository ruleSets;
  private final EvidenceSource evidence;
  private final ScoreRepository scores;
  private final UnitOfWork unitOfWork;
  private final Validator validator;
  private final ScorePublishing publishing;

  /**
   * Creates the service without score events (it publishes nothing).
   *
   * @param ruleSets where rule sets are kept, not null
   * @param evidence where evidence comes from, not null
   * @param scores where scores are stored, not null
   * @param unitOfWork the unit of work each assessment runs in, not null
   * @param validator the Jakarta validator for commands, not null
   * @throws NullPointerException if an argument is null
   */
  public AssessRequestsService(RuleSetRepository ruleSets, EvidenceSource evidence, ScoreRepository scores,
      UnitOfWork unitOfWork, Validator validator) {
    this(ruleSets, evidence, scores, unitOfWork, validator, ScorePublishing.none());
  }

  /**
   * Creates the service that publishes a {@link org.grid.assessment.model.ScoreEvent.ScoreGraded} for
   * every score it stores, in the unit of work that stores it.
   *
   * @param ruleSets where rule sets are kept, not null
   * @param evidence where evidence comes from, not null
   * @param scores where scores are stored, not null
   * @param unitOfWork the unit of work each assessment runs in, not null
   * @param validator the Jakarta validator for commands, not null
   * @param events where score events are published, not null
   * @param county the county the scores belong to (the events' source), not null
   * @param clock the clock that stamps the events, not null
   * @throws NullPointerException if an argument is null
   */
  public AssessRequestsService(RuleSetRepository ruleSets, EvidenceSource evidence, ScoreRepository scores,
      UnitOfWork unitOfWork, Validator validator,
      DomainEventPublisher events, CountyId county, Clock clock) {
    this(ruleSets, evidence, scores, unitOfWork, validator, ScorePublishing.of(events, county, clock));
  }

  private AssessRequestsService(RuleSetRepository ruleSets, EvidenceSource evidence, ScoreRepository scores,
      UnitOfWork unitOfWork, Validator validator,
      ScorePublishing publishing) {
    this.ruleSets = requireNonNull(ruleSets, "ruleSets");
    this.evidence = requireNonNull(evidence, "evidence");
    this.scores = requireNonNull(scores, "scores");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
    this.publishing = requireNonNull(publishing, "publishing");
  }

  @Override
  public Outcome assess(AssessRequestsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> assessInTransaction(command));
  }

  private Outcome assessInTransaction(AssessRequestsCommand command) {
    TreeSet<String> missing = new TreeSet<>();
    Optional<TwoWayScoring> scoring = TwoWayScoring.start(ruleSets.catalog(), command, missing);
    if (scoring.isEmpty()) {
      return new MissingRuleSets(ImmutableSet.copyOf(missing));
    }
    evidence.forEach(command.period(), scoring.get().types(), scoring.get()::accept);
    Assessed assessed = scoring.get().finish(scores);
    publishing.scores(command.commandId(), assessed.handlers());
    publishing.scores(command.commandId(), assessed.reporters());
    return assessed;
  }
}
