/** The in-memory unit of work and the helpers shared by the in-memory adapters of the area packages below. */
package org.grid.adapters.inmemory;
