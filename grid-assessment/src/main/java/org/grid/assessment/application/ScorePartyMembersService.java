package org.grid.assessment.application;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberGrading;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringEngine;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.in.ScorePartyMembersUseCase;
import org.grid.assessment.port.in.ScorePartyMembersCommand;
import org.grid.assessment.port.out.EvidenceSource;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.assessment.port.out.ScoreRepository;
import org.grid.core.application.CommandValidation;
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

  /**
   * Creates the service.
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
    this.ruleSets = requireNonNull(ruleSets, "ruleSets");
    this.evidence = requireNonNull(evidence, "evidence");
    this.scores = requireNonNull(scores, "scores");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public Outcome score(ScorePartyMembersCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    return unitOfWork.inTransaction(() -> scoreInTransaction(command));
  }

  private Outcome scoreInTransaction(ScorePartyMembersCommand command) {
    RuleSetCatalog catalog = ruleSets.catalog();
    Map<String, List<PartyMember>> byKind = new LinkedHashMap<>();
    for (PartyMember member : command.members()) {
      byKind.computeIfAbsent(member.memberClass().subjectKind(), k -> new ArrayList<>()).add(member);
    }
    Set<String> missing = new TreeSet<>();
    Map<String, RuleSet> chosen = new LinkedHashMap<>();
    for (String kind : byKind.keySet()) {
      catalog.ruleSetFor(kind, command.period()).ifPresentOrElse(set -> chosen.put(kind, set), () -> missing.add(kind));
    }
    if (!missing.isEmpty()) {
      return new MissingRuleSets(missing);
    }
    Set<String> types = new HashSet<>();
    chosen.values().forEach(ruleSet -> types.addAll(ruleSet.countedTypes()));
    Map<SubjectId, RuleSet> ruleSetOf = new LinkedHashMap<>();
    for (PartyMember member : command.members()) {
      ruleSetOf.put(member.id(), chosen.get(member.memberClass().subjectKind()));
    }
    ScoringEngine.Scoring scoring = ScoringEngine.scoring(ruleSetOf, command.period());
    evidence.forEach(command.period(), types, scoring);
    Map<SubjectId, Score> memberScores = scoring.scores();
    Map<PartyMember, Score> scored = new LinkedHashMap<>();
    for (PartyMember member : command.members()) {
      scored.put(member, memberScores.get(member.id()));
    }
    ImmutableList<GradedMember> results = PartyMemberGrading.grade(policy, scored);
    results.stream().map(GradedMember::score).sorted(Comparator.comparing(Score::subject)).forEach(scores::save);
    return new Graded(results);
  }
}
