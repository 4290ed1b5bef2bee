package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;

/**
 * The rule sets of all kinds and periods (考核办法目录), from which each period is scored by its own rule set: the
 * one of the subject kind whose validity covers the period. Rule sets of one kind may not overlap in time, so the
 * choice is never ambiguous.
 *
 * @param ruleSets the rule sets
 */
public record RuleSetCatalog(ImmutableList<RuleSet> ruleSets) {

  /**
   * Checks the catalog.
   *
   * @param ruleSets the rule sets
   * @throws NullPointerException if {@code ruleSets} is null
   * @throws IllegalArgumentException if two rule sets of one kind overlap in time, or a rule set id repeats
   */
  public RuleSetCatalog {
    requireNonNull(ruleSets, "ruleSets");
    for (int i = 0; i < ruleSets.size(); i++) {
      for (int j = i + 1; j < ruleSets.size(); j++) {
        RuleSet a = ruleSets.get(i);
        RuleSet b = ruleSets.get(j);
        if (a.id().equals(b.id())) {
          throw new IllegalArgumentException("rule set " + a.id() + " is listed twice");
        }
        if (a.subjectKind().equals(b.subjectKind()) && a.validity().overlaps(b.validity())) {
          throw new IllegalArgumentException("rule sets " + a.id() + " (" + a.validity() + ") and " + b.id() + " ("
              + b.validity() + ") both score " + a.subjectKind() + " on the same days");
        }
      }
    }
  }

  /**
   * Returns a catalog of the given rule sets.
   *
   * @param ruleSets the rule sets; of one kind, none overlapping in time
   * @return the catalog
   */
  public static RuleSetCatalog of(Collection<RuleSet> ruleSets) {
    return new RuleSetCatalog(ImmutableList.copyOf(ruleSets));
  }

  /**
   * Finds the rule set that scores a kind of subject in a period.
   *
   * @param subjectKind the kind of subject, not null
   * @param period the period, not null
   * @return the rule set whose validity covers the whole period, or empty when there is none
   */
  public Optional<RuleSet> ruleSetFor(String subjectKind, AssessmentPeriod period) {
    return ruleSets.stream()
        .filter(set -> set.subjectKind().equals(subjectKind) && set.validity().covers(period))
        .findFirst();
  }
}
