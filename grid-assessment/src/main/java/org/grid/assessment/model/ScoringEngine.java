package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores subjects by a rule set (考核计分): the base line, then for each rule the evidence it counts in the period,
 * its points (per occurrence, capped per period) added or deducted. Deterministic: the same evidence in any order
 * gives the same score; evidence repeated exactly under one id counts once, and one id with two different contents
 * is refused rather than resolved by whichever came first. Linear in the evidence.
 */
public final class ScoringEngine {

  private ScoringEngine() {}

  /**
   * Scores one subject.
   *
   * @param ruleSet the rule set; it must be valid for the whole period
   * @param subject the subject scored
   * @param period the period scored
   * @param evidence evidence of any subjects and days; only the subject's, in the period, counts
   * @return the score
   * @throws IllegalArgumentException as {@link #scoreAll}
   */
  public static Score score(
      RuleSet ruleSet, SubjectId subject, AssessmentPeriod period, Collection<Evidence> evidence) {
    return scoreAll(ruleSet, List.of(subject), period, evidence).get(subject);
  }

  /**
   * Scores many subjects by one rule set in one pass over the evidence.
   *
   * @param ruleSet the rule set; it must be valid for the whole period
   * @param subjects the subjects scored; each gets a score, evidence or not
   * @param period the period scored
   * @param evidence evidence of any subjects and days; only the subjects', in the period, counts
   * @return each subject's score, in the order of {@code subjects}
   * @throws IllegalArgumentException if the rule set's validity does not cover the period, or one evidence id is
   *     given twice with different content (the same evidence repeated exactly counts once)
   */
  public static Map<SubjectId, Score> scoreAll(
      RuleSet ruleSet, Collection<SubjectId> subjects, AssessmentPeriod period, Collection<Evidence> evidence) {
    requireNonNull(ruleSet, "ruleSet");
    Map<SubjectId, RuleSet> ruleSets = new LinkedHashMap<>();
    for (SubjectId subject : subjects) {
      ruleSets.put(subject, ruleSet);
    }
    return scoreAll(ruleSets, period, evidence);
  }

  /**
   * Scores many subjects, each by its own rule set, in one pass over the evidence: what a county runs for all its
   * party members, whose classes have rule sets of their own.
   *
   * @param ruleSets each subject scored with the rule set that scores it; every rule set valid for the period
   * @param period the period scored
   * @param evidence evidence of any subjects and days; only the subjects', in the period, counts
   * @return each subject's score, in the order of {@code ruleSets}
   * @throws IllegalArgumentException if a rule set's validity does not cover the period, or one evidence id is
   *     given twice with different content (the same evidence repeated exactly counts once)
   */
  public static Map<SubjectId, Score> scoreAll(
      Map<SubjectId, RuleSet> ruleSets, AssessmentPeriod period, Collection<Evidence> evidence) {
    requireNonNull(ruleSets, "ruleSets");
    requireNonNull(period, "period");
    for (RuleSet ruleSet : new HashSet<>(ruleSets.values())) {
      if (!ruleSet.validity().covers(period)) {
        throw new IllegalArgumentException("rule set " + ruleSet.id() + " is valid for " + ruleSet.validity()
            + ", not for the whole period " + period);
      }
    }
    // One pass over the evidence in the order given (where it lies in memory), each piece counted at once by the
    // rules of its subject's rule set that count its type: nothing is grouped or visited twice.
    Map<RuleSet, Map<String, int[]>> rulesByType = new IdentityHashMap<>();
    Map<SubjectId, Tally> tallies = new HashMap<>(Math.max(16, ruleSets.size() * 4 / 3 + 1));
    for (Map.Entry<SubjectId, RuleSet> entry : ruleSets.entrySet()) {
      RuleSet ruleSet = entry.getValue();
      tallies.put(entry.getKey(), new Tally(ruleSet, rulesByType.computeIfAbsent(ruleSet, ScoringEngine::byType)));
    }
    Map<EvidenceId, Evidence> byId = new HashMap<>(Math.max(16, evidence.size() * 4 / 3 + 1));
    for (Evidence item : evidence) {
      Evidence earlier = byId.putIfAbsent(item.id(), item);
      if (earlier != null) {
        if (earlier != item && !earlier.equals(item)) {
          throw new IllegalArgumentException("evidence " + item.id() + " is given twice with different content ("
              + earlier.differencesFrom(item) + ")");
        }
        continue;
      }
      Tally tally = tallies.get(item.subject());
      if (tally != null && period.contains(item.date())) {
        tally.count(item);
      }
    }
    Map<SubjectId, Score> scores = new LinkedHashMap<>();
    for (SubjectId subject : ruleSets.keySet()) {
      scores.put(subject, tallies.get(subject).score(subject, period));
    }
    return scores;
  }

  /** The indexes of a rule set's rules by the evidence type they count. */
  private static Map<String, int[]> byType(RuleSet ruleSet) {
    Map<String, int[]> byType = new HashMap<>();
    List<ScoringRule> rules = ruleSet.rules();
    for (int r = 0; r < rules.size(); r++) {
      int[] earlier = byType.getOrDefault(rules.get(r).counts(), new int[0]);
      int[] indexes = Arrays.copyOf(earlier, earlier.length + 1);
      indexes[earlier.length] = r;
      byType.put(rules.get(r).counts(), indexes);
    }
    return byType;
  }

  /** What one subject's rules have counted so far: the ids each rule counted, in any order. */
  private static final class Tally {
    private final RuleSet ruleSet;
    private final Map<String, int[]> rulesByType;
    private final List<List<EvidenceId>> counted;

    Tally(RuleSet ruleSet, Map<String, int[]> rulesByType) {
      this.ruleSet = ruleSet;
      this.rulesByType = rulesByType;
      this.counted = new ArrayList<>(Collections.nCopies(ruleSet.rules().size(), null));
    }

    void count(Evidence item) {
      int[] rules = rulesByType.get(item.type());
      if (rules == null) {
        return;
      }
      for (int r : rules) {
        if (ruleSet.rules().get(r).counts(item)) {
          List<EvidenceId> ids = counted.get(r);
          if (ids == null) {
            ids = new ArrayList<>();
            counted.set(r, ids);
          }
          ids.add(item.id());
        }
      }
    }

    /** The score: the base line, then a line per rule that counted anything, its ids sorted. */
    Score score(SubjectId subject, AssessmentPeriod period) {
      List<LineItem> lines = new ArrayList<>();
      lines.add(new LineItem(LineItem.BASE, "base score of " + ruleSet.id(), ImmutableList.of(), ruleSet.base(),
          false));
      for (int r = 0; r < counted.size(); r++) {
        List<EvidenceId> ids = counted.get(r);
        if (ids == null) {
          continue;
        }
        ScoringRule rule = ruleSet.rules().get(r);
        ids.sort(null); // ids in their natural order, whatever the order of the evidence
        BigDecimal points = rule.pointsPerOccurrence().multiply(BigDecimal.valueOf(ids.size()));
        boolean capped = rule.capPerPeriod().isPresent() && points.compareTo(rule.capPerPeriod().get()) > 0;
        if (capped) {
          points = rule.capPerPeriod().get();
        }
        if (rule.direction() == Direction.DEDUCT) {
          points = points.negate();
        }
        lines.add(new LineItem(rule.id(), rule.description(), ImmutableList.copyOf(ids), points, capped));
      }
      return new Score(subject, period, ruleSet.id(), ImmutableList.copyOf(lines));
    }
  }
}
