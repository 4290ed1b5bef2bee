/**
 * Service teams (组团式服务, section 3 of the rulebook): people (人员) with their roles and party-membership class,
 * the township's roster, teams at the three levels (village grid, district grid, township), the team policy with
 * the rulebook's defaults, validation that returns every violation with a stable code, and the proposer that
 * staffs every grid of a township from its roster or explains which constraint cannot be met where.
 *
 * <p>Responsibility grids are referred to by the {@link org.grid.core.model.partition.GridId} partitioning gives
 * them and described by {@link org.grid.core.model.team.ServedGrid}; {@code ServedGrid.allOf(plan)} reads them from a
 * partition plan, and {@link org.grid.core.model.team.TeamProposer} takes a plan directly. Everything here is
 * immutable or stateless; nothing knows of files, JSON or databases.
 */
package org.grid.core.model.team;
