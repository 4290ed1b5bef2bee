/**
 * Benchmarks of the request engine over the JDBC adapter: full request lifecycles per second on H2 in memory and
 * on PostgreSQL, and a sweep of the due requests among a million open ones on PostgreSQL. Beside them, the peer
 * comparison of issue 20: the same lifecycle through Flowable's embedded BPMN engine on the same databases
 * ({@code FlowableProcessBenchmark}, its model {@code request-lifecycle.bpmn20.xml} in this package's resources) and
 * the commits, statements and rows each lifecycle costs in both ({@code CommitsPerLifecycle}). See docs/jdbc.md
 * and docs/benchmarks.md for the commands and figures. Not part of the library.
 */
package org.grid.benchmarks.jdbc;
