/** JDBC adapters for the people and team ports of grid-core: the roster (人员名册) and the service teams. */
package org.grid.adapters.jdbc.team;
