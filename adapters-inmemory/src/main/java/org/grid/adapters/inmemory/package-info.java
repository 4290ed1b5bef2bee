/** Helpers shared by the in-memory adapters of the area packages below. */
package org.grid.adapters.inmemory;
