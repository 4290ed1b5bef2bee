package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    Set<RuleSetId> ids = new HashSet<>();
    for (RuleSet set : ruleSets) {
      if (!ids.add(set.id())) {
        throw new IllegalArgumentException("rule set " + set.id() + " is listed twice");
      }
    }
    // In O(n log n), not by pairs (a file of thousands of rule sets): within a kind sorted by start, if one rule set
    // overlaps a later one, it overlaps its next too (the next starts no earlier, and before the later one does).
    Map<String, List<RuleSet>> byKind = new HashMap<>();
    for (RuleSet set : ruleSets) {
      byKind.computeIfAbsent(set.subjectKind(), kind -> new ArrayList<>()).add(set);
    }
    for (List<RuleSet> kind : byKind.values()) {
      kind.sort(Comparator.comparing((RuleSet set) -> set.validity().start()));
      for (int i = 1; i < kind.size(); i++) {
        if (kind.get(i - 1).validity().overlaps(kind.get(i).validity())) {
          throw overlap(kind.get(i - 1), kind.get(i));
        }
      }
    }
  }

  /**
   * Checks that a rule set may join rule sets that form a catalog, in the time of a look at each of those of its
   * kind: what a repository asks of each rule set it saves, where a whole new catalog would cost the square of the
   * rule sets stored, and a file of them saved one by one the cube.
   *
   * @param catalogued rule sets that form a catalog (no two of a kind overlapping), not null; one of the same id as
   *     {@code added} is the one it replaces and is passed over
   * @param added the rule set to add, not null
   * @throws IllegalArgumentException if {@code added} overlaps a rule set of its kind, with the catalog's message
   */
  public static void requireJoinable(Collection<RuleSet> catalogued, RuleSet added) {
    requireNonNull(added, "added");
    for (RuleSet set : catalogued) {
      if (!set.id().equals(added.id()) && set.subjectKind().equals(added.subjectKind())
          && set.validity().overlaps(added.validity())) {
        throw overlap(set, added);
      }
    }
  }

  private static IllegalArgumentException overlap(RuleSet a, RuleSet b) {
    return new IllegalArgumentException("rule sets " + a.id() + " (" + a.validity() + ") and " + b.id() + " ("
        + b.validity() + ") both score " + a.subjectKind() + " on the same days");
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
