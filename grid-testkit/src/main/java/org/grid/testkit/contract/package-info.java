/**
 * Abstract contract tests of the outbound ports of grid-core and grid-assessment (grid-escalation's are in {@code
 * org.grid.testkit.escalation}): extend one per adapter and return a fresh instance of the port; the inherited
 * tests prove the adapter behaves as the port's Javadoc promises. The evidence source's contract also takes the
 * adapter's own way of adding evidence, since the port only reads; the event sink's contract ({@link
 * org.grid.testkit.contract.AbstractEventSinkContractTest}) takes the adapter's way of reading back what a consumer of
 * its broker received, as {@link org.grid.testkit.contract.ReceivedEvent}s. The tests of optimistic concurrency that every
 * versioned aggregate shares (townships, teams, people) live in {@link
 * org.grid.testkit.contract.AbstractVersionedRepositoryContractTest}, which a contract for a new versioned
 * aggregate extends.
 */
package org.grid.testkit.contract;
