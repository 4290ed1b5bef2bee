/**
 * The in-memory reference {@link org.grid.core.port.out.EventSink}: what a broker adapter must do, without a broker,
 * for tests and demos of the outbox relay.
 */
package org.grid.adapters.inmemory.events;
