/**
 * Test support for the request engine: abstract contract tests of its outbound ports (extended by each adapter's
 * test), sample data, jqwik arbitraries of requests and command sequences, and the stateful property that checks
 * the engine's invariants after every step.
 */
package org.grid.testkit.escalation;
