package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Township;

/**
 * The plan validator (方案校验): checks any plan, planned by {@link PartitionPlanner} or drawn by hand, against its
 * township and the plan's own {@link PartitionPolicy}. Every broken hard rule of the rulebook's section 2 is an
 * {@link Severity#ERROR}, every soft goal beyond its tolerance a {@link Severity#WARNING}; each names the ids
 * involved and says, in a sentence a township clerk can act on, what is wrong and, where the township itself makes
 * a rule impossible (a village in pieces, a village of one unit too big for one grid, an island village, fewer
 * villages than districts), why. It returns every finding, not the first.
 *
 * <p>The plan is read once into a shared index ({@link PlanIndex}); each group of rules is one short check of
 * {@link PlanChecks} over it, and every message text is in {@link ViolationTexts}.
 *
 * <p>Connectedness is only checked when the township gives adjacency ({@link Township#adjacencyKnown()}).
 * Instances are immutable and thread-safe.
 */
public final class PlanValidator {

  private PlanValidator() {}

  /**
   * Returns a validator.
   *
   * @return a validator
   */
  public static PlanValidator create() {
    return new PlanValidator();
  }

  /**
   * Checks a plan against a township.
   *
   * @param township the township, not null
   * @param plan the plan, not null; it may break any rule
   * @return the plan's metrics and every violation found, in the order the rules are listed in
   *     {@link PartitionRule}, each rule's findings ordered by the ids involved
   * @throws NullPointerException if an argument is null
   */
  public Validation validate(Township township, Plan plan) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    return validate(TownshipIndex.of(township), plan);
  }

  /** Validates with an index the planner already built: runs every check of {@link PlanChecks#ALL}. */
  Validation validate(TownshipIndex index, Plan plan) {
    PlanIndex planIndex = new PlanIndex(index, plan);
    PlanChecks.Findings findings = new PlanChecks.Findings();
    for (PlanChecks.Check check : PlanChecks.ALL) {
      check.rule().check(planIndex, findings);
    }
    return planIndex.validation(findings.violations());
  }
}
