/** In-memory adapters for the duty log and the reported-miss ports of grid-core. */
package org.grid.adapters.inmemory.duty;
