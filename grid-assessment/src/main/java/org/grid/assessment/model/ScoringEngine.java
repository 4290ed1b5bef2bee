package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

  private static final Comparator<Evidence> BY_ID = Comparator.comparing(Evidence::id);

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
    Map<SubjectId, List<Evidence>> bySubject = new HashMap<>();
    for (SubjectId subject : ruleSets.keySet()) {
      bySubject.put(subject, new ArrayList<>());
    }
    Map<EvidenceId, Evidence> byId = new HashMap<>(Math.max(16, evidence.size() * 4 / 3 + 1));
    for (Evidence item : evidence) {
      Evidence earlier = byId.putIfAbsent(item.id(), item);
      if (earlier != null) {
        if (!earlier.equals(item)) {
          throw new IllegalArgumentException("evidence " + item.id() + " is given twice with different content ("
              + earlier.differencesFrom(item) + ")");
        }
        continue;
      }
      List<Evidence> own = bySubject.get(item.subject());
      if (own != null && period.contains(item.date())) {
        own.add(item);
      }
    }
    Map<SubjectId, Score> scores = new LinkedHashMap<>();
    for (Map.Entry<SubjectId, RuleSet> entry : ruleSets.entrySet()) {
      List<Evidence> own = bySubject.get(entry.getKey());
      own.sort(BY_ID);
      scores.put(entry.getKey(), lines(entry.getValue(), entry.getKey(), period, own));
    }
    return scores;
  }

  private static Score lines(RuleSet ruleSet, SubjectId subject, AssessmentPeriod period, Collection<Evidence> sorted) {
    Map<String, List<Evidence>> byType = new HashMap<>();
    for (Evidence item : sorted) {
      byType.computeIfAbsent(item.type(), type -> new ArrayList<>()).add(item);
    }
    List<LineItem> lines = new ArrayList<>();
    lines.add(new LineItem(LineItem.BASE, "base score of " + ruleSet.id(), ImmutableList.of(), ruleSet.base(), false));
    for (ScoringRule rule : ruleSet.rules()) {
      ImmutableList.Builder<EvidenceId> counted = ImmutableList.builder();
      int occurrences = 0;
      for (Evidence item : byType.getOrDefault(rule.counts(), List.of())) {
        if (rule.counts(item)) {
          counted.add(item.id());
          occurrences++;
        }
      }
      if (occurrences == 0) {
        continue;
      }
      BigDecimal points = rule.pointsPerOccurrence().multiply(BigDecimal.valueOf(occurrences));
      boolean capped = rule.capPerPeriod().isPresent() && points.compareTo(rule.capPerPeriod().get()) > 0;
      if (capped) {
        points = rule.capPerPeriod().get();
      }
      if (rule.direction() == Direction.DEDUCT) {
        points = points.negate();
      }
      lines.add(new LineItem(rule.id(), rule.description(), counted.build(), points, capped));
    }
    return new Score(subject, period, ruleSet.id(), ImmutableList.copyOf(lines));
  }
}
