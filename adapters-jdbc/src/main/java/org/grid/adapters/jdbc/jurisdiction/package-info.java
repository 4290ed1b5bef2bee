/** JDBC adapters for the jurisdiction ports of grid-core. */
package org.grid.adapters.jdbc.jurisdiction;
