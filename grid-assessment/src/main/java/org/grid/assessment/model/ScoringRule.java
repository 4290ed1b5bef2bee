package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A scoring rule (考核细则): what it counts (an evidence type and a filter on attributes), the points per
 * occurrence, an optional cap per period, and whether it adds or deducts.
 *
 * @param id the rule's id, unique in its rule set
 * @param description what the rule is for, shown on every line item it makes; not blank
 * @param counts the evidence type counted, for example {@code visit.paired-household}; not blank
 * @param filter attributes the evidence must carry with exactly these values; empty counts every evidence of the
 *     type
 * @param pointsPerOccurrence the points for one occurrence, positive, at most {@link LineItem#SCALE} decimal places;
 *     kept at that scale
 * @param capPerPeriod the most points the rule gives (or takes) in one period, positive, at most {@link
 *     LineItem#SCALE} decimal places, kept at that scale; empty for no cap
 * @param direction whether the points are added or deducted
 */
public record ScoringRule(
    RuleId id,
    String description,
    String counts,
    ImmutableMap<String, String> filter,
    BigDecimal pointsPerOccurrence,
    Optional<BigDecimal> capPerPeriod,
    Direction direction) {

  /**
   * Checks the rule.
   *
   * @param id the rule's id, unique in its rule set
   * @param description what the rule is for, shown on every line item it makes; not blank
   * @param counts the evidence type counted, for example {@code visit.paired-household}; not blank
   * @param filter attributes the evidence must carry with exactly these values; empty counts every evidence of the
   *     type
   * @param pointsPerOccurrence the points for one occurrence, positive, at most {@link LineItem#SCALE} decimal places;
   *     kept at that scale
   * @param capPerPeriod the most points the rule gives (or takes) in one period, positive, at most {@link
   *     LineItem#SCALE} decimal places, kept at that scale; empty for no cap
   * @param direction whether the points are added or deducted
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a text is blank, or the points or the cap are not positive or have more
   *     than {@link LineItem#SCALE} decimal places (the message names the rule and the field)
   */
  public ScoringRule {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    requireNonNull(counts, "counts");
    requireNonNull(filter, "filter");
    requireNonNull(pointsPerOccurrence, "pointsPerOccurrence");
    requireNonNull(capPerPeriod, "capPerPeriod");
    requireNonNull(direction, "direction");
    if (description.isBlank() || counts.isBlank()) {
      throw new IllegalArgumentException("rule " + id + " needs a description and the evidence type it counts");
    }
    if (pointsPerOccurrence.signum() <= 0) {
      throw new IllegalArgumentException(
          "pointsPerOccurrence of rule " + id + " must be positive, was " + pointsPerOccurrence);
    }
    if (capPerPeriod.isPresent() && capPerPeriod.get().signum() <= 0) {
      throw new IllegalArgumentException("capPerPeriod of rule " + id + " must be positive, was " + capPerPeriod.get());
    }
    pointsPerOccurrence = Points.exact(pointsPerOccurrence, "pointsPerOccurrence of rule " + id);
    if (capPerPeriod.isPresent()) {
      capPerPeriod = Optional.of(Points.exact(capPerPeriod.get(), "capPerPeriod of rule " + id));
    }
  }

  /**
   * Returns a rule.
   *
   * @param id the rule's id
   * @param description what it is for
   * @param counts the evidence type counted
   * @param filter required attribute values, possibly empty
   * @param points points per occurrence, positive, at most 2 decimal places
   * @param cap the cap per period, at most 2 decimal places, or null for none
   * @param direction add or deduct
   * @return the rule
   */
  public static ScoringRule of(
      String id, String description, String counts, Map<String, String> filter, String points, String cap,
      Direction direction) {
    return new ScoringRule(RuleId.of(id), description, counts, ImmutableMap.copyOf(filter), new BigDecimal(points),
        Optional.ofNullable(cap).map(BigDecimal::new), direction);
  }

  /**
   * Tells whether this rule counts a piece of evidence: same type, and every filter attribute present with its
   * value.
   *
   * @param evidence the evidence, not null
   * @return true when the rule counts it
   */
  public boolean counts(Evidence evidence) {
    if (!counts.equals(evidence.type())) {
      return false;
    }
    for (Map.Entry<String, String> required : filter.entrySet()) {
      if (!required.getValue().equals(evidence.attributes().get(required.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
