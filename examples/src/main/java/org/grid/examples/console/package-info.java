/**
 * The example application (示例应用) and its web console (工作台): a Spring Boot application on grid's starter and an
 * embedded H2 database, loaded with the sample township 示范乡, its plan, teams and some requests, with demo users for
 * each tier; started by the command line's {@code serve} (docs/console.md).
 */
package org.grid.examples.console;
