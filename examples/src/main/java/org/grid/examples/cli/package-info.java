/**
 * The command-line program of grid ({@link org.grid.examples.cli.GridCli}): the demo and the commands documented
 * in the README, built on the public API of the grid modules and the JSON adapter. The commands reach the rules
 * only through the use cases of the domain modules ({@code port.in} and their application services), as an
 * embedding system would; grid-testkit's {@code GridArchitecture.rulesAreReachedThroughUseCases} checks it.
 */
package org.grid.examples.cli;
