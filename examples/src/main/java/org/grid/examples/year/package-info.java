/**
 * The year demo (示范乡的一年): a township's year run through grid's use cases on an embedded H2 database with the
 * JDBC adapters ({@link org.grid.examples.year.YearSimulation}), and the self-contained HTML report drawn from its
 * records ({@link org.grid.examples.year.YearReport}, {@link org.grid.examples.year.TownshipMap}).
 */
package org.grid.examples.year;
