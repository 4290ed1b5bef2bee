/** In-memory adapter for the duty log port of grid-core. */
package org.grid.adapters.inmemory.duty;
