/**
 * What every domain event (领域事件) of grid's modules shares: {@link org.grid.core.model.event.DomainEvent}. Each
 * module keeps its own sealed family of past-tense records (teams here in grid-core, scores in grid-assessment;
 * requests keep their own {@code RequestEvent}), published through {@link
 * org.grid.core.port.out.DomainEventPublisher}.
 */
package org.grid.core.model.event;
