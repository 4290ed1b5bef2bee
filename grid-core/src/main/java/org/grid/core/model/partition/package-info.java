/**
 * Partitioning a township into the two grids of 双网格 (section 2 of the rulebook): responsibility grids (职责网格)
 * that cut each village into parts of about {@code target} households, and district grids (片区网格) that group
 * whole villages into connected districts.
 *
 * <p>{@link org.grid.core.model.partition.PartitionPolicy} holds every number of the rules with its documented
 * default; {@link org.grid.core.model.partition.Plan} is a plan (planned here or drawn by hand);
 * {@link org.grid.core.model.partition.PlanValidator} checks a plan against a township and names every broken hard
 * rule as an {@link org.grid.core.model.partition.Severity#ERROR} and every soft goal missed beyond its tolerance
 * as a {@link org.grid.core.model.partition.Severity#WARNING}; {@link org.grid.core.model.partition.PartitionPlanner}
 * makes a plan. Everything here is deterministic: the same township and policy give the same plan whatever the
 * order of the input.
 *
 * <p>A plan is where the other modules meet partitioning: {@link org.grid.core.model.partition.Plan#placeOf} gives
 * the {@link org.grid.core.model.partition.GridPlace} (属地: county, township, district, village, grid) of any of its
 * grids, and the team model reads a plan's grids with {@code ServedGrid.allOf(plan)}.
 */
package org.grid.core.model.partition;
