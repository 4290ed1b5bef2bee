/** In-memory adapters for the outbound ports of grid-assessment. */
package org.grid.adapters.inmemory.assessment;
