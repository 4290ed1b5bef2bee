/**
 * grid's architecture rules as ArchUnit rules ({@link org.grid.testkit.architecture.GridArchitecture}), run in
 * grid's own build and reusable by embedders that keep the same package layout.
 */
package org.grid.testkit.architecture;
