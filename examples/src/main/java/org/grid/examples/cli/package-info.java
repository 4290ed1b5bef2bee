/**
 * The command-line program of grid ({@link org.grid.examples.cli.GridCli}): the demo and the commands documented
 * in the README, built on the public API of the grid modules and the JSON adapter.
 */
package org.grid.examples.cli;
