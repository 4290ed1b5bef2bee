/**
 * The HTTP load generator (负载测试): complete request lifecycles (report → accept → resolve → feedback → rate)
 * through grid's REST API of the example application, by several clients at once, with throughput and latency
 * percentiles per request kind. {@link org.grid.benchmarks.http.HttpLoad} is its command line; docs/benchmarks.md
 * and {@code benchmarks/scripts/http-load.sh} say how it is run beside the JDBC lifecycle benchmark.
 */
package org.grid.benchmarks.http;
