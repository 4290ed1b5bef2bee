/**
 * Abstract contract tests of the outbound ports of grid-core and grid-assessment (grid-escalation's are in {@code
 * org.grid.testkit.escalation}): extend one per adapter and return a fresh instance of the port; the inherited
 * tests prove the adapter behaves as the port's Javadoc promises. The evidence source's contract also takes the
 * adapter's own way of adding evidence, since the port only reads.
 */
package org.grid.testkit.contract;
