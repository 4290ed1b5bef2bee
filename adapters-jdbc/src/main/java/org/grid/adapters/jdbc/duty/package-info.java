/** JDBC adapter for the duty log port of grid-core (工作台账). */
package org.grid.adapters.jdbc.duty;
