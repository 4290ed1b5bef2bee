/**
 * Test data for partitioning, for grid's own tests and for embedders': a deterministic generator of townships like
 * real ones and of chain-like ones ({@link org.grid.testkit.partition.TownshipGenerator}), jqwik arbitraries built
 * on it ({@link org.grid.testkit.partition.TownshipArbitraries}), and a plain local search for district grouping
 * ({@link org.grid.testkit.partition.LocalSearchBaseline}) that the planner's districts are measured against.
 */
package org.grid.testkit.partition;
