/**
 * Events in memory: the reference {@link org.grid.core.port.out.EventSink} (what a broker adapter must do, without
 * a broker, for tests and demos of the outbox relay) and {@link
 * org.grid.adapters.inmemory.events.RecordingDomainEventPublisher}, which records the team, pairing, plan, duty and
 * score events the application services publish.
 */
package org.grid.adapters.inmemory.events;
