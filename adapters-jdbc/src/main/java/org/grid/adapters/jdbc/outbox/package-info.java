/**
 * The transactional outbox (发件箱), whatever the aggregate: {@link org.grid.adapters.jdbc.outbox.OutboxRows} writes
 * {@link org.grid.core.port.out.OutgoingEvent}s into {@code grid_outbox} in the transaction of a change, {@link
 * org.grid.adapters.jdbc.outbox.OutboxRelay} hands them to an {@link org.grid.core.port.out.EventSink} at least
 * once, in order per aggregate, with retries, dead letters and a retention window, and {@link
 * org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor} shows an operator what waits and what was given up on.
 */
package org.grid.adapters.jdbc.outbox;
