/**
 * grid-testkit: what every adapter and every embedder tests with. Abstract port contract tests (one {@code
 * Abstract…ContractTest} per outbound port, extended by each adapter's test), jqwik arbitraries for the domain
 * types, the architecture rules, JSON Schema checks ({@code org.grid.testkit.json}), and the sample data.
 */
package org.grid.testkit;
