/**
 * The domain events of teams, pairings, plans, duties and scores as CloudEvents (领域事件的云事件编码), written to the
 * transactional outbox by {@link org.grid.adapters.jdbc.events.JdbcDomainEventPublisher} in the transaction of the
 * change. Request events have their own publisher in {@code org.grid.adapters.jdbc.escalation}; both go through
 * {@link org.grid.adapters.jdbc.outbox.OutboxRows}. docs/events.md lists every type and its schema.
 *
 * <p><b>API</b> (docs/api.md): {@link org.grid.adapters.jdbc.events.JdbcDomainEventPublisher}. <b>Internal, not
 * API</b>, public only because the request events' encoder in {@code org.grid.adapters.jdbc.escalation} shares it:
 * {@link org.grid.adapters.jdbc.events.CloudEventEnvelope}.
 */
package org.grid.adapters.jdbc.events;
