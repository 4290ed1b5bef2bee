/**
 * grid-assessment: the assessments of section 6 of the rulebook (考核): party-member points, service-team
 * knowledge checks, two-way assessment of requests and grid scorecards, every score a list of line items.
 *
 * <p>Dependency direction: grid-assessment depends on grid-core and may depend on grid-escalation; neither of
 * those ever depends on it. The module's packages follow the pattern of grid-core: {@code model},
 * {@code port.in}, {@code port.out}, {@code application}.
 */
package org.grid.assessment;
