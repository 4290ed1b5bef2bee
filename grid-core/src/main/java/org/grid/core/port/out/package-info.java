/**
 * Outbound ports of grid-core: what the jurisdiction and grid rules need from outside (storage of townships,
 * later people, teams, pairings and the duty log). Every port is an interface, implemented by an adapter module
 * and proven by its contract test in grid-testkit.
 */
package org.grid.core.port.out;
