package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.assessment.port.in.ScorePartyMembersUseCase;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.application.CommandValidation;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.port.out.DomainEventPublisher;
import org.grid.core.port.out.UnitOfWork;

/**
 * Scores party members class by class with the rule set that covers the period, grades them per village and
 * stores every score. Reads the evidence of the period once, of the types the rule sets count, and scores each
 * piece as the source hands it over ({@link EvidenceSource#forEach}).
 */
public final class ScorePartyMembersService implements ScorePartyMembersUseCase {

  private final RuleSetRepository ruleSets;
  private final EvidenceSource evidence;
  private final ScoreRepository scores;
  private final UnitOfWork unitOfWork;
  private final GradingPolicy policy;
  private final Validator validator;
  private final ScorePublishing publishing;

  /**
   * Creates the service without score events (it publishes nothing).
   *
   * @param ruleSets where rule sets are kept
   * @param evidence where evidence comes from
   * @param scores where scores are stored
   * @param unitOfWork the unit of work each scoring runs in (one transaction), not null
   * @param policy the grading policy
   * @param validator the Jakarta validator for commands
   */
  public ScorePartyMembersService(
      RuleSetRepository ruleSets, EvidenceSource evidence, ScoreRepository scores, UnitOfWork unitOfWork,
      GradingPolicy policy, Validator validator) {
    this(ruleSets, evidence, scores, unitOfWork, policy, validator, ScorePublishing.none());
  }

  /**
   * Creates the service that publishes a {@link org.grid.assessment.model.ScoreEvent.ScoreGraded} for
   * every score it stores, in the unit of work that stores it.
   *
   * @param ruleSets where rule sets are kept
   * @param evidence where evidence comes from
   * @param scores where scores are stored
   * @param unitOfWork the unit of work each scoring runs in (one transaction), not null
   * @param policy the grading policy
   * @param validator the Jakarta validator for commands
   * @param events where score events are published, not null
   * @param county the county the scores belong to (the events' source), not null
   * @param clock the clock that stamps the events, not null
   * @throws NullPointerException if an argument is null
   */
  public ScorePartyMembersService(
      RuleSetRepository ruleSets, EvidenceSource evidence, ScoreRepository scores, UnitOfWork unitOfWork,
      GradingPolicy policy, Validator validator,
      DomainEventPublisher events, CountyId county, Clock clock) {
    this(ruleSets, evidence, scores, unitOfWork, policy, validator, ScorePublishing.of(events, county, clock));
  }

  private ScorePartyMembersService(
      RuleSetRepository ruleSets, EvidenceSource evidence, ScoreRepository scores, UnitOfWork unitOfWork,
      GradingPolicy policy, Validator validator,
      ScorePublishing publishing) {
    this.ruleSets = requireNonNull(ruleSets, "ruleSets");
    this.evidence = requireNonNull(evidence, "evidence");
    this.scores = requireNonNull(scores, "scores");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.validator = requireNonNull(validator, "validator");
    this.publishing = requireNonNull(publishing, "publishing");
  }

  @Override
  public Outcome score(ScorePartyMembersCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> scoreInTransaction(command));
  }

  private Outcome scoreInTransaction(ScorePartyMembersCommand command) {
    Set<String> missing = new TreeSet<>();
    Optional<MemberScoring> scoring =
        MemberScoring.start(ruleSets.catalog(), command.members(), command.period(), missing);
    if (scoring.isEmpty()) {
      return new MissingRuleSets(missing);
    }
    evidence.forEach(command.period(), scoring.get().types(), scoring.get()::accept);
    Graded graded = new Graded(scoring.get().finish(policy, scores));
    publishing.graded(command.commandId(), graded.results());
    return graded;
  }
}
