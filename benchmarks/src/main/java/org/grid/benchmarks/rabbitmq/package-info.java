/**
 * Throughput of the RabbitMQ event sink with publisher confirms, measured side by side with RabbitMQ's own PerfTest
 * by {@code benchmarks/scripts/rabbitmq-throughput.sh}. See docs/benchmarks.md for the commands and figures. Not
 * part of the library.
 */
package org.grid.benchmarks.rabbitmq;
