/**
 * Abstract contract tests of grid-core's outbound ports: extend one per adapter and return a fresh instance of
 * the port; the inherited tests prove the adapter behaves as the port's Javadoc promises.
 */
package org.grid.testkit.contract;
