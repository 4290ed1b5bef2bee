package org.grid.testkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.Grade;
import org.grid.assessment.model.GradingPolicy;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberGrading;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoringEngine;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.jurisdiction.VillageId;

/** Laws of scoring and grading. */
class AssessmentProperties {

  private static final AssessmentPeriod YEAR = AssessmentArbitraries.YEAR;
  private static final List<SubjectId> SUBJECTS = AssessmentArbitraries.subjects(5);

  @Property(tries = 300)
  void aScoreIsTheSumOfItsLineItemsEachTheRulesPointsTimesItsEvidenceCapped(
      @ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log) {
    for (Score score : ScoringEngine.scoreAll(ruleSet, SUBJECTS, YEAR, log).values()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (LineItem line : score.lineItems()) {
        sum = sum.add(line.points());
        if (line.rule().equals(LineItem.BASE)) {
          assertThat(line.points()).isEqualByComparingTo(ruleSet.base());
          continue;
        }
        ScoringRule rule = ruleSet.rules().stream().filter(r -> r.id().equals(line.rule())).findFirst().orElseThrow();
        BigDecimal raw = rule.pointsPerOccurrence().multiply(BigDecimal.valueOf(line.evidence().size()));
        BigDecimal expected = rule.capPerPeriod().filter(cap -> cap.compareTo(raw) < 0).orElse(raw);
        assertThat(line.points().abs()).isEqualByComparingTo(expected);
        assertThat(line.points().signum()).isEqualTo(rule.direction() == Direction.ADD ? 1 : -1);
        assertThat(line.evidence()).doesNotHaveDuplicates().isSorted();
      }
      assertThat(score.total()).isEqualByComparingTo(sum);
    }
  }

  @Property(tries = 300)
  void anEnrollingScoringFedInAnyOrderScoresWhatScoreAllGivesForTheSubjectsItEnrolled(
      @ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log, @ForAll long seed) {
    List<Evidence> shuffled = new ArrayList<>(log);
    Collections.shuffle(shuffled, new Random(seed));
    Random enrol = new Random(seed + 1);
    java.util.Set<SubjectId> enrolled = new java.util.TreeSet<>();
    ScoringEngine.Scoring scoring = ScoringEngine.scoringEnrolling(ruleSet, List.of(SubjectId.of("m9")), YEAR);
    for (Evidence e : shuffled) {
      if (enrol.nextInt(3) == 0) {
        scoring.acceptAndEnrol(e);
        enrolled.add(e.subject());
      } else {
        scoring.accept(e);
      }
    }
    enrolled.add(SubjectId.of("m9"));

    Map<SubjectId, Score> scores = scoring.scores();

    assertThat(scores.keySet()).containsExactlyElementsOf(enrolled);
    assertThat(scores).isEqualTo(ScoringEngine.scoreAll(ruleSet, enrolled, YEAR, log));
  }

  @Property(tries = 300)
  void aCappedRuleNeverExceedsItsCap(@ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log) {
    for (Score score : ScoringEngine.scoreAll(ruleSet, SUBJECTS, YEAR, log).values()) {
      for (LineItem line : score.lineItems()) {
        ruleSet.rules().stream().filter(rule -> rule.id().equals(line.rule())).findFirst()
            .flatMap(ScoringRule::capPerPeriod)
            .ifPresent(cap -> assertThat(line.points().abs()).isLessThanOrEqualTo(cap));
      }
    }
  }

  @Property(tries = 300)
  void addingEvidenceForAnAdditiveRuleNeverLowersAScore(
      @ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log) {
    ScoringRule additive = ruleSet.rules().stream().filter(r -> r.direction() == Direction.ADD).findFirst()
        .orElse(null);
    if (additive == null) {
      return;
    }
    Map<String, String> attributes = new LinkedHashMap<>(additive.filter());
    Evidence added = Evidence.of("added", additive.counts(), "m1", LocalDate.of(2025, 6, 1), attributes);
    // The law is about evidence that only additive rules count; a deducting rule on the same type may lower it.
    Assume.that(ruleSet.rules().stream().noneMatch(r -> r.direction() == Direction.DEDUCT && r.counts(added)));
    List<Evidence> more = new ArrayList<>(log);
    more.add(added);

    BigDecimal before = ScoringEngine.score(ruleSet, SubjectId.of("m1"), YEAR, log).total();
    BigDecimal after = ScoringEngine.score(ruleSet, SubjectId.of("m1"), YEAR, more).total();

    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 300)
  void reorderingTheLogChangesNothing(
      @ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log, @ForAll long seed) {
    List<Evidence> shuffled = new ArrayList<>(log);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(ScoringEngine.scoreAll(ruleSet, SUBJECTS, YEAR, shuffled))
        .isEqualTo(ScoringEngine.scoreAll(ruleSet, SUBJECTS, YEAR, log));
  }

  @Property(tries = 200)
  void anOldPeriodScoredWithItsOwnRuleSetIsUnchangedByANewerOne(
      @ForAll("ruleSets") RuleSet current, @ForAll("ruleSetsOf2024") RuleSet older, @ForAll("logs") List<Evidence> log) {
    AssessmentPeriod lastYear = AssessmentPeriod.year(2024);
    RuleSetCatalog before = RuleSetCatalog.of(List.of(older));
    RuleSetCatalog after = RuleSetCatalog.of(List.of(older, current));

    RuleSet chosenBefore = before.ruleSetFor(older.subjectKind(), lastYear).orElseThrow();
    RuleSet chosenAfter = after.ruleSetFor(older.subjectKind(), lastYear).orElseThrow();

    assertThat(ScoringEngine.scoreAll(chosenAfter, SUBJECTS, lastYear, log))
        .isEqualTo(ScoringEngine.scoreAll(chosenBefore, SUBJECTS, lastYear, log));
  }

  @Property(tries = 300)
  void atMostTheSharedCapOfAVillageIsExcellent(
      @ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log,
      @ForAll("members") List<PartyMember> members) {
    Map<SubjectId, Score> scores = ScoringEngine.scoreAll(
        ruleSet, members.stream().map(PartyMember::id).toList(), YEAR, log);
    Map<PartyMember, Score> scored = new LinkedHashMap<>();
    members.forEach(member -> scored.put(member, scores.get(member.id())));

    List<GradedMember> results = PartyMemberGrading.grade(GradingPolicy.defaults(), scored);

    assertThat(results).hasSize(members.size());
    Map<VillageId, int[]> counts = new LinkedHashMap<>();
    for (GradedMember result : results) {
      int[] count = counts.computeIfAbsent(result.member().village(), v -> new int[2]);
      count[0]++;
      if (result.grade() == Grade.EXCELLENT) {
        count[1]++;
      }
    }
    counts.values().forEach(count ->
        assertThat(count[1] * 5).as("excellent %d of %d", count[1], count[0]).isLessThanOrEqualTo(count[0]));
  }

  @Property(tries = 300)
  void permutingTheMembersChangesNoGradeAndNoScore(
      @ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log,
      @ForAll("members") List<PartyMember> members, @ForAll long seed) {
    Map<SubjectId, Score> scores = ScoringEngine.scoreAll(
        ruleSet, members.stream().map(PartyMember::id).toList(), YEAR, log);
    List<PartyMember> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, new Random(seed));
    Map<PartyMember, Score> inOrder = new LinkedHashMap<>();
    members.forEach(member -> inOrder.put(member, scores.get(member.id())));
    Map<PartyMember, Score> permuted = new LinkedHashMap<>();
    shuffled.forEach(member -> permuted.put(member, scores.get(member.id())));

    assertThat(PartyMemberGrading.grade(GradingPolicy.defaults(), permuted))
        .isEqualTo(PartyMemberGrading.grade(GradingPolicy.defaults(), inOrder));
  }

  @Property(tries = 300)
  void everyTotalIsExactAtTwoDecimalPlaces(@ForAll("ruleSets") RuleSet ruleSet, @ForAll("logs") List<Evidence> log) {
    for (Score score : ScoringEngine.scoreAll(ruleSet, SUBJECTS, YEAR, log).values()) {
      assertThat(score.total().scale()).isEqualTo(LineItem.SCALE);
      assertThat(score.lineItems()).allSatisfy(line -> assertThat(line.points().scale()).isEqualTo(LineItem.SCALE));
    }
  }

  @Provide
  Arbitrary<RuleSet> ruleSets() {
    return AssessmentArbitraries.ruleSets(YEAR);
  }

  @Provide
  Arbitrary<RuleSet> ruleSetsOf2024() {
    return AssessmentArbitraries.ruleSets(AssessmentPeriod.year(2024));
  }

  @Provide
  Arbitrary<List<Evidence>> logs() {
    return AssessmentArbitraries.evidenceLogs(SUBJECTS.size());
  }

  @Provide
  Arbitrary<List<PartyMember>> members() {
    return AssessmentArbitraries.members(SUBJECTS.size() + 15);
  }
}
