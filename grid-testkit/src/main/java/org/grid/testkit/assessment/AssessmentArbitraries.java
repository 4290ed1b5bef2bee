package org.grid.testkit.assessment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.CheckResult;
import org.grid.assessment.model.Direction;
import org.grid.assessment.model.Evidence;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.KnowledgeCheckPolicy;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.PartyMember;
import org.grid.assessment.model.PartyMemberClass;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.assessment.model.ScorecardPolicy;
import org.grid.assessment.model.ScoringRule;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * jqwik arbitraries for assessment: evidence logs, rule sets over the same evidence vocabulary, party members of a
 * few villages, grid measures and scorecard weights, knowledge-check records and weights. A county that changes its
 * rule sets or weights proves them with these, for example that its caps hold or that its ranks ignore input order.
 */
public final class AssessmentArbitraries {

  /** The evidence types the generated logs and rule sets share. */
  public static final List<String> TYPES =
      List.of("visit.paired-household", "visit.round", "meeting.attended", "meeting.missed", "volunteer.service");

  /** The period generated logs mostly fall in. */
  public static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);

  private AssessmentArbitraries() {}

  /**
   * Returns subject ids {@code m1} to {@code m<count>}.
   *
   * @param count how many, at least 1
   * @return the ids
   */
  public static List<SubjectId> subjects(int count) {
    List<SubjectId> subjects = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      subjects.add(SubjectId.of("m" + i));
    }
    return subjects;
  }

  /**
   * Returns evidence logs for subjects {@code m1} to {@code m<subjects>}, mostly dated in {@link #YEAR}, some just
   * outside, some entries repeated exactly (as a retried import would repeat them).
   *
   * @param subjects how many subjects, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<List<Evidence>> evidenceLogs(int subjects) {
    Arbitrary<Evidence> evidence = Combinators.combine(
            Arbitraries.of(TYPES),
            Arbitraries.integers().between(1, subjects),
            Arbitraries.integers().between(-5, 370),
            Arbitraries.of("月访", "季访", "other"))
        .as((type, subject, day, kind) -> Evidence.of("e", type, "m" + subject,
            YEAR.start().plusDays(day), Map.of("kind", kind)));
    return Combinators.combine(evidence.list().ofMaxSize(200), Arbitraries.integers().between(0, 10))
        .as((entries, repeats) -> {
          List<Evidence> log = new ArrayList<>();
          for (int i = 0; i < entries.size(); i++) {
            Evidence e = entries.get(i);
            log.add(new Evidence(EvidenceId.of("e" + (i + 1)), e.type(), e.subject(), e.date(), e.attributes()));
          }
          for (int i = 0; i < Math.min(repeats, log.size()); i++) {
            log.add(log.get(i * 7 % log.size()));
          }
          return log;
        });
  }

  /**
   * Returns scoring rules over {@link #TYPES}, with or without a filter and a cap, adding or deducting.
   *
   * @return scoring rules over {@link #TYPES}, with or without a filter and a cap, adding or deducting
   */
  public static Arbitrary<ScoringRule> rules() {
    return Combinators.combine(
            Arbitraries.of(TYPES),
            Arbitraries.of(Map.<String, String>of(), Map.of("kind", "月访")),
            Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("10")).ofScale(1),
            Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("30")).ofScale(1).injectNull(0.4),
            Arbitraries.of(Direction.class))
        .as((type, filter, points, cap, direction) ->
            ScoringRule.of("r", "rule on " + type, type, filter, points.toPlainString(),
                cap == null ? null : cap.toPlainString(), direction));
  }

  /**
   * Returns rule sets of 0 to 6 rules valid for a period.
   *
   * @param validity the period the rule sets are valid for
   * @return the arbitrary
   */
  public static Arbitrary<RuleSet> ruleSets(AssessmentPeriod validity) {
    return rules().list().ofMaxSize(6).map(rules -> {
      List<ScoringRule> named = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        ScoringRule rule = rules.get(i);
        named.add(ScoringRule.of("r" + (i + 1), rule.description(), rule.counts(), rule.filter(),
            rule.pointsPerOccurrence().toPlainString(), rule.capPerPeriod().map(BigDecimal::toPlainString).orElse(null),
            rule.direction()));
      }
      return RuleSet.of("generated/" + validity.start().getYear(), "party-member/with-post", validity, "100", named);
    });
  }

  /**
   * Returns the members {@code m1} to {@code m<count>} spread over up to three villages.
   *
   * @param count how many members
   * @return the arbitrary
   */
  public static Arbitrary<List<PartyMember>> members(int count) {
    return Arbitraries.integers().between(1, 3).list().ofSize(count).map(villages -> {
      List<PartyMember> members = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        members.add(new PartyMember(SubjectId.of("m" + (i + 1)), VillageId.of("V" + villages.get(i)),
            PartyMemberClass.WITH_POST));
      }
      return members;
    });
  }

  /**
   * Returns shares from 0 to 1: often one of a few round values (so that grids tie), else any of up to 4 decimal
   * places, as {@code GridMeasuresCalculator} computes them.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigDecimal> shares() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("0", "0.5", "0.9", "0.94", "1").map(BigDecimal::new)),
        Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4)));
  }

  /**
   * Returns the measures of 0 to {@code maxGrids} grids {@code g1}, {@code g2}, ... in townships {@code T1} to
   * {@code T<townships>}. Some grids take the shares of the grid before them in other measures (rotated), the case
   * of equal totals that must share a rank.
   *
   * @param maxGrids the most grids, at least 0
   * @param townships how many townships, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<List<GridMeasures>> gridMeasures(int maxGrids, int townships) {
    Arbitrary<GridDraft> draft = Combinators.combine(
            Arbitraries.integers().between(1, townships),
            shares().list().ofSize(ScorecardMetric.values().length),
            Arbitraries.integers().between(0, ScorecardMetric.values().length - 1).injectNull(0.7))
        .as(GridDraft::new);
    return draft.list().ofMaxSize(maxGrids).map(drafts -> {
      List<GridMeasures> grids = new ArrayList<>();
      List<BigDecimal> previous = null;
      for (int i = 0; i < drafts.size(); i++) {
        GridDraft grid = drafts.get(i);
        List<BigDecimal> shares = new ArrayList<>(grid.shares());
        if (previous != null && grid.rotation() != null) {
          shares = new ArrayList<>(previous);
          Collections.rotate(shares, grid.rotation() + 1);
        }
        Map<ScorecardMetric, BigDecimal> values = new EnumMap<>(ScorecardMetric.class);
        for (ScorecardMetric metric : ScorecardMetric.values()) {
          values.put(metric, shares.get(metric.ordinal()));
        }
        grids.add(GridMeasures.of("g" + (i + 1), "T" + grid.township(), values));
        previous = shares;
      }
      return grids;
    });
  }

  private record GridDraft(int township, List<BigDecimal> shares, Integer rotation) {}

  /**
   * Returns scorecard weights: the default (1 each), percents (20/20/20/15/15/10), or whole parts from 0 to 20,
   * not all zero.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScorecardPolicy> scorecardPolicies() {
    Arbitrary<ScorecardPolicy> parts = Arbitraries.integers().between(0, 20).list()
        .ofSize(ScorecardMetric.values().length)
        .filter(weights -> weights.stream().anyMatch(weight -> weight > 0))
        .map(weights -> {
          Map<ScorecardMetric, Integer> map = new EnumMap<>(ScorecardMetric.class);
          for (ScorecardMetric metric : ScorecardMetric.values()) {
            map.put(metric, weights.get(metric.ordinal()));
          }
          return ScorecardPolicy.of(map);
        });
    return Arbitraries.oneOf(Arbitraries.just(ScorecardPolicy.defaults()), Arbitraries.just(percents()), parts);
  }

  private static ScorecardPolicy percents() {
    int[] percents = {20, 20, 20, 15, 15, 10};
    Map<ScorecardMetric, Integer> map = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      map.put(metric, percents[metric.ordinal()]);
    }
    return ScorecardPolicy.of(map);
  }

  /**
   * Returns knowledge-check weights of 2 decimal places that sum to exactly 1, the default among them.
   *
   * @return the arbitrary
   */
  public static Arbitrary<KnowledgeCheckPolicy> knowledgeCheckPolicies() {
    Arbitrary<KnowledgeCheckPolicy> any = Combinators.combine(
            Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
        .filter((daily, weekly) -> daily + weekly <= 100)
        .as((daily, weekly) -> new KnowledgeCheckPolicy(BigDecimal.valueOf(daily, 2), BigDecimal.valueOf(weekly, 2),
            BigDecimal.valueOf(100 - daily - weekly, 2)));
    return Arbitraries.oneOf(Arbitraries.just(KnowledgeCheckPolicy.defaults()), any);
  }

  /**
   * Returns a member's knowledge checks in {@link #YEAR}: up to 300 daily reports due, up to 52 weekly spot checks
   * and 12 monthly assessments, scores of up to 2 decimal places.
   *
   * @param member the member's id
   * @return the arbitrary
   */
  public static Arbitrary<KnowledgeCheckRecord> knowledgeCheckRecords(String member) {
    Arbitrary<BigDecimal> scores = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
        .ofScale(2);
    return Combinators.combine(
            Arbitraries.integers().between(0, 300), Arbitraries.doubles().between(0, 1),
            scores.list().ofMaxSize(52), scores.list().ofMaxSize(12))
        .as((due, madeShare, weekly, monthly) -> new KnowledgeCheckRecord(SubjectId.of(member), due,
            (int) Math.floor(due * madeShare), checks(member, "weekly", 7, weekly),
            checks(member, "monthly", 30, monthly)));
  }

  private static ImmutableList<CheckResult> checks(String member, String kind, int every, List<BigDecimal> scores) {
    ImmutableList.Builder<CheckResult> checks = ImmutableList.builder();
    for (int i = 0; i < scores.size(); i++) {
      LocalDate day = YEAR.start().plusDays((long) i * every);
      checks.add(new CheckResult(EvidenceId.of(member + "/" + kind + "/" + day), day, scores.get(i)));
    }
    return checks.build();
  }

  /**
   * Returns a day inside {@link #YEAR}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> daysOfYear() {
    return Arbitraries.integers().between(0, 364).map(day -> YEAR.start().plusDays(day));
  }
}
