/**
 * Benchmarks of the request engine over the JDBC adapter: full request lifecycles per second on H2 in memory and
 * on PostgreSQL, and a sweep of the due requests among a million open ones on PostgreSQL. See docs/jdbc.md for
 * the commands and figures. Not part of the library.
 */
package org.grid.benchmarks.jdbc;
