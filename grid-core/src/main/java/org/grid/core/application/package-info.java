/**
 * Application services of grid-core: plain classes implementing the use cases of {@code org.grid.core.port.in}
 * over the outbound ports. They validate commands and turn constraint violations into one clear error.
 */
package org.grid.core.application;
