/** JDBC adapters for the outbound ports of grid-assessment: rule sets and scores. */
package org.grid.adapters.jdbc.assessment;
