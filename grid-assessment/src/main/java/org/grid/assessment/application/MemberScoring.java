package org.grid.assessment.application;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberGrading;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringEngine;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.port.out.ScoreRepository;

/**
 * Party members scored class by class and graded per village (党员积分考评) while the evidence is handed over: what
 * {@link ScorePartyMembersService} and {@link AssessCountyService} share.
 */
final class MemberScoring {

  private final List<PartyMember> members;
  private final ScoringEngine.Scoring scoring;
  private final Set<String> types = new HashSet<>();

  private MemberScoring(List<PartyMember> members, Map<String, RuleSet> chosen, AssessmentPeriod period) {
    this.members = members;
    chosen.values().forEach(ruleSet -> types.addAll(ruleSet.countedTypes()));
    Map<SubjectId, RuleSet> ruleSetOf = new LinkedHashMap<>();
    for (PartyMember member : members) {
      ruleSetOf.put(member.id(), chosen.get(member.memberClass().subjectKind()));
    }
    scoring = ScoringEngine.scoring(ruleSetOf, period);
  }

  /**
   * Starts the scoring, or names the member classes no rule set covers the period for.
   *
   * @param catalog the rule sets
   * @param members the members
   * @param period the period
   * @param missing where the kinds without a rule set are added
   * @return the scoring, or empty when a rule set is missing
   */
  static Optional<MemberScoring> start(
      RuleSetCatalog catalog, List<PartyMember> members, AssessmentPeriod period, Set<String> missing) {
    Map<String, RuleSet> chosen = new LinkedHashMap<>();
    int before = missing.size();
    for (PartyMember member : members) {
      String kind = member.memberClass().subjectKind();
      if (!chosen.containsKey(kind) && !missing.contains(kind)) {
        catalog.ruleSetFor(kind, period).ifPresentOrElse(set -> chosen.put(kind, set), () -> missing.add(kind));
      }
    }
    return missing.size() > before ? Optional.empty() : Optional.of(new MemberScoring(members, chosen, period));
  }

  /** The evidence types the members' rule sets count. */
  Set<String> types() {
    return types;
  }

  /** Counts a piece for the member it names, if any. */
  void accept(Evidence e) {
    scoring.accept(e);
  }

  /** Ends the scoring, grades the members and stores every score. */
  ImmutableList<GradedMember> finish(GradingPolicy policy, ScoreRepository scores) {
    Map<SubjectId, Score> memberScores = scoring.scores();
    Map<PartyMember, Score> scored = new LinkedHashMap<>();
    for (PartyMember member : members) {
      scored.put(member, memberScores.get(member.id()));
    }
    ImmutableList<GradedMember> results = PartyMemberGrading.grade(policy, scored);
    List<Score> sorted = new ArrayList<>();
    results.forEach(graded -> sorted.add(graded.score()));
    sorted.sort(Comparator.comparing(Score::subject));
    sorted.forEach(scores::save);
    return results;
  }
}
