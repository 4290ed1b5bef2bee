/**
 * Inbound ports of grid-core: the use cases an embedding county system calls, each an interface with a command
 * record carrying Jakarta Validation constraints, implemented in {@code org.grid.core.application}.
 */
package org.grid.core.port.in;
