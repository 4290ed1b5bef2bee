package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule set (考核办法): the base score and the rules that score one kind of subject over the periods it is valid
 * for. Rule sets are versioned by period: last year is re-scored by the rule set valid last year, never by a newer
 * one.
 *
 * @param id the rule set's id, for example {@code party-member/with-post/2025}
 * @param subjectKind the kind of subject it scores, for example {@code party-member/with-post}; not blank
 * @param validity the days the rule set applies to; a period is scored by the rule set whose validity covers it
 * @param base the score every subject starts from in a period (for party members, 100); not negative, at most
 *     {@link LineItem#SCALE} decimal places, kept at that scale
 * @param rules the rules, applied in this order; ids distinct
 */
public record RuleSet(
    RuleSetId id, String subjectKind, AssessmentPeriod validity, BigDecimal base, ImmutableList<ScoringRule> rules) {

  /**
   * The most rules a rule set may have. A county's rule sets have tens; scoring counts each piece of evidence by
   * every rule of its type, so the bound keeps a rule set typed by mistake (or by an attacker) from making the time
   * and memory of a scoring grow with it.
   */
  public static final int MAX_RULES = 200;

  /**
   * Checks the rule set.
   *
   * @param id the rule set's id, for example {@code party-member/with-post/2025}
   * @param subjectKind the kind of subject it scores, for example {@code party-member/with-post}; not blank
   * @param validity the days the rule set applies to; a period is scored by the rule set whose validity covers it
   * @param base the score every subject starts from in a period (for party members, 100); not negative, at most
   *     {@link LineItem#SCALE} decimal places, kept at that scale
   * @param rules the rules, applied in this order; ids distinct
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the kind is blank, the base negative or of more than {@link LineItem#SCALE}
   *     decimal places, a rule id repeats, or there are more than {@link #MAX_RULES} rules
   */
  public RuleSet {
    requireNonNull(id, "id");
    requireNonNull(subjectKind, "subjectKind");
    requireNonNull(validity, "validity");
    requireNonNull(base, "base");
    requireNonNull(rules, "rules");
    if (subjectKind.isBlank()) {
      throw new IllegalArgumentException("subjectKind of rule set " + id + " must not be blank");
    }
    if (base.signum() < 0) {
      throw new IllegalArgumentException("base of rule set " + id + " must not be negative, was " + base);
    }
    base = Points.exact(base, "base of rule set " + id);
    if (rules.size() > MAX_RULES) {
      throw new IllegalArgumentException("rule set " + id + " has " + rules.size() + " rules, more than the "
          + MAX_RULES + " a rule set may have");
    }
    Set<RuleId> seen = new HashSet<>();
    for (ScoringRule rule : rules) {
      if (!seen.add(rule.id())) {
        throw new IllegalArgumentException("rule " + rule.id() + " is listed twice in rule set " + id);
      }
      if (rule.id().equals(LineItem.BASE)) {
        throw new IllegalArgumentException("rule id " + LineItem.BASE + " is reserved for the base line item");
      }
    }
  }

  /**
   * Returns the evidence types its rules count: all a scoring by this rule set needs from an {@link
   * org.grid.assessment.port.out.EvidenceSource}.
   *
   * @return the types, in the order of the rules
   */
  public ImmutableSet<String> countedTypes() {
    ImmutableSet.Builder<String> types = ImmutableSet.builder();
    rules.forEach(rule -> types.add(rule.counts()));
    return types.build();
  }

  /**
   * Returns a rule set.
   *
   * @param id its id
   * @param subjectKind the kind of subject it scores
   * @param validity when it applies
   * @param base the base score, not negative, at most 2 decimal places
   * @param rules the rules, ids distinct
   * @return the rule set
   */
  public static RuleSet of(
      String id, String subjectKind, AssessmentPeriod validity, String base, List<ScoringRule> rules) {
    return new RuleSet(RuleSetId.of(id), subjectKind, validity, new BigDecimal(base), ImmutableList.copyOf(rules));
  }
}
