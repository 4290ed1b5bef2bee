/**
 * Outbound ports of grid-assessment: rule sets, stored scores, and the source of evidence. All interfaces,
 * implemented by adapters and proven by the contract tests of grid-testkit.
 */
package org.grid.assessment.port.out;
