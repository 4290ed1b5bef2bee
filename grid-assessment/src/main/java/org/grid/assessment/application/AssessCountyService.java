package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.RequestEvidence;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.port.in.AssessCountyCommand;
import org.grid.assessment.port.in.AssessCountyUseCase;
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
 * Implements {@link AssessCountyUseCase}: in one unit of work, picks the rule sets (the two-way assessment's and each
 * member class's that cover the period; any missing, and the answer is {@code MissingRuleSets} with nothing stored),
 * walks the request source once for the types any of them counts, handing the handler and reporter sides' evidence to
 * the two-way assessment and the staff side's (and evidence of no side) to the members' scoring, reads the duty
 * source for the members, then stores every score and grades the members, exactly as {@link AssessRequestsService}
 * and {@link ScorePartyMembersService} would over the same records. Thread-safe when its ports are.
 */
public final class AssessCountyService implements AssessCountyUseCase {

  private final RuleSetRepository ruleSets;
  private final EvidenceSource requests;
  private final EvidenceSource duties;
  private final ScoreRepository scores;
  private final UnitOfWork unitOfWork;
  private final GradingPolicy policy;
  private final Validator validator;
  private final ScorePublishing publishing;

  /**
   * Creates the service without score events (it publishes nothing).
   *
   * @param ruleSets where rule sets are kept, not null
   * @param requests the request evidence of all sides, normally {@code RequestHistoryEvidence} over the county's
   *     requests; not null
   * @param duties the duty evidence of the party members, normally {@link DutyRecordEvidence}; not null (a source of
   *     nothing, {@code period -> List.of()}, when the county keeps no duty log in grid)
   * @param scores where scores are stored, not null
   * @param unitOfWork the unit of work the assessment runs in, not null
   * @param policy the grading policy of the members, not null
   * @param validator the Jakarta validator for commands, not null
   * @throws NullPointerException if an argument is null
   */
  public AssessCountyService(RuleSetRepository ruleSets, EvidenceSource requests, EvidenceSource duties,
      ScoreRepository scores, UnitOfWork unitOfWork, GradingPolicy policy, Validator validator) {
    this(ruleSets, requests, duties, scores, unitOfWork, policy, validator, ScorePublishing.none());
  }

  /**
   * Creates the service that publishes a {@link org.grid.assessment.model.ScoreEvent.ScoreGraded} for
   * every score it stores, in the unit of work that stores it.
   *
   * @param ruleSets where rule sets are kept, not null
   * @param requests the request evidence of all sides, normally {@code RequestHistoryEvidence} over the county's
   *     requests; not null
   * @param duties the duty evidence of the party members, normally {@link DutyRecordEvidence}; not null (a source of
   *     nothing, {@code period -> List.of()}, when the county keeps no duty log in grid)
   * @param scores where scores are stored, not null
   * @param unitOfWork the unit of work the assessment runs in, not null
   * @param policy the grading policy of the members, not null
   * @param validator the Jakarta validator for commands, not null
   * @param events where score events are published, not null
   * @param county the county the scores belong to (the events' source), not null
   * @param clock the clock that stamps the events, not null
   * @throws NullPointerException if an argument is null
   */
  public AssessCountyService(RuleSetRepository ruleSets, EvidenceSource requests, EvidenceSource duties,
      ScoreRepository scores, UnitOfWork unitOfWork, GradingPolicy policy, Validator validator,
      DomainEventPublisher events, CountyId county, Clock clock) {
    this(ruleSets, requests, duties, scores, unitOfWork, policy, validator, ScorePublishing.of(events, county, clock));
  }

  private AssessCountyService(RuleSetRepository ruleSets, EvidenceSource requests, EvidenceSource duties,
      ScoreRepository scores, UnitOfWork unitOfWork, GradingPolicy policy, Validator validator,
      ScorePublishing publishing) {
    this.ruleSets = requireNonNull(ruleSets, "ruleSets");
    this.requests = requireNonNull(requests, "requests");
    this.duties = requireNonNull(duties, "duties");
    this.scores = requireNonNull(scores, "scores");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.validator = requireNonNull(validator, "validator");
    this.publishing = requireNonNull(publishing, "publishing");
  }

  @Override
  public Outcome assess(AssessCountyCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> assessInTransaction(command));
  }

  private Outcome assessInTransaction(AssessCountyCommand command) {
    RuleSetCatalog catalog = ruleSets.catalog();
    Set<String> missing = new TreeSet<>();
    Optional<TwoWayScoring> twoWay = TwoWayScoring.start(catalog,
        new AssessRequestsCommand(command.commandId(), command.period(), command.handlers(), command.reporters()),
        missing);
    Optional<MemberScoring> members = MemberScoring.start(catalog, command.members(), command.period(), missing);
    if (!missing.isEmpty()) {
      return new MissingRuleSets(ImmutableSet.copyOf(missing));
    }
    Set<String> types = new HashSet<>(twoWay.get().types());
    types.addAll(members.get().types());
    requests.forEach(command.period(), types, e -> {
      twoWay.get().accept(e);
      String side = e.attributes().get(RequestEvidence.SIDE);
      if (!RequestEvidence.HANDLER.equals(side) && !RequestEvidence.REPORTER.equals(side)) {
        members.get().accept(e);
      }
    });
    if (!command.members().isEmpty()) {
      duties.forEach(command.period(), members.get().types(), members.get()::accept);
    }
    AssessRequestsUseCase.Assessed assessed = twoWay.get().finish(scores);
    publishing.scores(command.commandId(), assessed.handlers());
    publishing.scores(command.commandId(), assessed.reporters());
    ImmutableList<GradedMember> graded = members.get().finish(policy, scores);
    publishing.graded(command.commandId(), graded);
    return new Assessed(assessed, graded);
  }
}
