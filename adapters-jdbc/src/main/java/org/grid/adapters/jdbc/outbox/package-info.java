/**
 * The transactional outbox (发件箱), whatever the aggregate: {@link org.grid.adapters.jdbc.outbox.OutboxRows} writes
 * {@link org.grid.core.port.out.OutgoingEvent}s into {@code grid_outbox} in the transaction of a change, {@link
 * org.grid.adapters.jdbc.outbox.OutboxRelay} hands them to an {@link org.grid.core.port.out.EventSink} at least
 * once, in order per aggregate, with retries, dead letters and a retention window, and {@link
 * org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor} shows an operator what waits and what was given up on.
 *
 * <p><b>API</b> (docs/api.md): {@link org.grid.adapters.jdbc.outbox.OutboxRelay} with its settings and {@link
 * org.grid.adapters.jdbc.outbox.JdbcOutboxMonitor}. <b>Internal, not API</b>, public only because the event
 * publishers of other packages share it: {@link org.grid.adapters.jdbc.outbox.OutboxRows}.
 */
package org.grid.adapters.jdbc.outbox;
