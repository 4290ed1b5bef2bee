/**
 * The request engine's outbound ports over JDBC: {@link org.grid.adapters.jdbc.escalation.JdbcRequestRepository}
 * (requests with their history, optimistic locking, indexed "due before" queries that claim rows for a sweep),
 * {@link org.grid.adapters.jdbc.escalation.JdbcRoutingTable}, {@link
 * org.grid.adapters.jdbc.escalation.JdbcWorkCalendars}, the staff and place directories the engine authorizes
 * through ({@link org.grid.adapters.jdbc.escalation.JdbcStaffDirectory}, {@link
 * org.grid.adapters.jdbc.escalation.JdbcPlaceDirectory}), and the transactional outbox: {@link
 * org.grid.adapters.jdbc.escalation.JdbcRequestEventPublisher} writes events in the transaction of the change, and
 * {@link org.grid.adapters.jdbc.outbox.OutboxRelay} delivers them at least once, in order per request. All of
 * them join the transaction of a {@link org.grid.adapters.jdbc.JdbcUnitOfWork}. The request tables are mapped by
 * package-private codecs that bind and read by column name ({@code RequestRowCodec}, {@code HistoryRowCodec});
 * {@code RequestChildren} writes and loads the child rows and {@code ClaimBatching} batches a sweep's saves.
 */
package org.grid.adapters.jdbc.escalation;
