/** JDBC adapter for the pairing port of grid-core (联系结对). */
package org.grid.adapters.jdbc.pairing;
