/** In-memory adapter for the pairing port of grid-core. */
package org.grid.adapters.inmemory.pairing;
