/**
 * Test data for partitioning, for grid's own tests and for embedders': a deterministic generator of townships like
 * real ones ({@link org.grid.testkit.partition.TownshipGenerator}) and jqwik arbitraries built on it
 * ({@link org.grid.testkit.partition.TownshipArbitraries}).
 */
package org.grid.testkit.partition;
