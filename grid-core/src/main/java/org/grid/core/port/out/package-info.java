/**
 * Outbound ports of grid-core: what the jurisdiction, grid, team, pairing and duty rules need from outside
 * (storage of townships, people, teams, pairings and the duty log), and the {@link
 * org.grid.core.port.out.UnitOfWork} that the application services of all three domain modules run their use cases
 * in. Every storage port is an interface whose queries name the township (and a grid, person or time range), so
 * that a SQL adapter answers them with indexed queries; each is implemented by an adapter module and proven by its
 * contract test in grid-testkit.
 */
package org.grid.core.port.out;
