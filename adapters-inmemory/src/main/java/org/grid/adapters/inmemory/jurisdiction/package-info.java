/** In-memory adapters for the jurisdiction ports of grid-core. */
package org.grid.adapters.inmemory.jurisdiction;
