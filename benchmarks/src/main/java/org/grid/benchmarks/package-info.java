/**
 * JMH benchmarks of grid. They never run in the build; {@code ./mvnw -pl benchmarks -am package -DskipTests} builds
 * {@code benchmarks/target/benchmarks.jar}, and {@code docs/benchmarks.md} gives the commands and the figures.
 */
package org.grid.benchmarks;
