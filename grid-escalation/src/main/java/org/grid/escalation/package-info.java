/**
 * grid-escalation: the request (诉求/事项) lifecycle of section 5 of the rulebook, with its four forms (report 申报单,
 * assignment 交办单, reminder 催办单, feedback 反馈单), tier-by-tier escalation from the village grid to the county
 * departments, and time limits on a working-day calendar.
 *
 * <p>Dependency direction: grid-escalation depends on grid-core only; grid-assessment may read it, never the
 * reverse. The module's packages follow the pattern of grid-core: {@code model}, {@code port.in},
 * {@code port.out}, {@code application}.
 */
package org.grid.escalation;
