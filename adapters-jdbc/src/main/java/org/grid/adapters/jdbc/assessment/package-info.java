/** JDBC adapters for the outbound ports of grid-assessment: rule sets, scores and the evidence source. */
package org.grid.adapters.jdbc.assessment;
