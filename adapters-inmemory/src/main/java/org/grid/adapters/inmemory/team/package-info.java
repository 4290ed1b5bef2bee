/** In-memory adapters for the people and team ports of grid-core. */
package org.grid.adapters.inmemory.team;
