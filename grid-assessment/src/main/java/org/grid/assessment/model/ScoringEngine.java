package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
   * Scores many subjects in one pass over the evidence.
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
    requireNonNull(period, "period");
    if (!ruleSet.validity().covers(period)) {
      throw new IllegalArgumentException(
          "rule set " + ruleSet.id() + " is valid for " + ruleSet.validity() + ", not for the whole period " + period);
    }
    Map<SubjectId, Map<EvidenceId, Evidence>> bySubject = new HashMap<>();
    for (SubjectId subject : subjects) {
      bySubject.put(subject, new TreeMap<>());
    }
    Map<EvidenceId, Evidence> byId = new HashMap<>();
    for (Evidence item : evidence) {
      Evidence earlier = byId.putIfAbsent(item.id(), item);
      if (earlier != null && !earlier.equals(item)) {
        throw new IllegalArgumentException("evidence " + item.id() + " is given twice with different content: "
            + earlier + " and " + item);
      }
      Map<EvidenceId, Evidence> own = bySubject.get(item.subject());
      if (own != null && period.contains(item.date())) {
        own.putIfAbsent(item.id(), item);
      }
    }
    Map<SubjectId, Score> scores = new LinkedHashMap<>();
    for (SubjectId subject : subjects) {
      scores.put(subject, lines(ruleSet, subject, period, bySubject.get(subject).values()));
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
