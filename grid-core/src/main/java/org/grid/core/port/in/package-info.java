/**
 * Inbound ports of grid-core: the use cases an embedding system calls, each with its command record carrying
 * Jakarta Validation constraints and its outcome as a sealed family of records.
 */
package org.grid.core.port.in;
