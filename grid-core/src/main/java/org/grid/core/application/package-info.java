/**
 * Application services of grid-core: plain classes implementing the inbound ports of {@code org.grid.core.port.in}.
 * They validate each command with the Jakarta Validation {@link jakarta.validation.Validator} the embedding system
 * supplies, then call the domain model.
 */
package org.grid.core.application;
