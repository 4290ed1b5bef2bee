/**
 * Visit and meeting duties (section 4 of the rulebook): the duty log (工作台账) of visits, collective visit rounds,
 * must-attend events and on-site attendances, meetings and card issues; the check of a log against the township's
 * grids, teams and register ({@code DutyLogCheck}), which names every entry a log must not hold; the duty policy with
 * the rulebook's defaults; and compliance for a period, naming each missed duty (who, which household or meeting,
 * which rule, which period).
 */
package org.grid.core.model.duty;
