/**
 * The application layer of the request engine: {@link org.grid.escalation.application.RequestService}
 * implements the inbound use cases on top of the outbound ports (validation, idempotency by command id,
 * optimistic versions, saving and publishing). Plain Java, no framework.
 */
package org.grid.escalation.application;
