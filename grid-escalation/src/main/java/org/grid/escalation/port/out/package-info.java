/**
 * Outbound ports of the request engine: the request repository (with its indexed "due before" query), the
 * county's routing table, the township work calendars, and the domain event publisher. The clock is a
 * {@link java.time.Clock} handed to the application service. Every port is an interface with an in-memory
 * adapter in adapters-inmemory and a contract test in grid-testkit.
 */
package org.grid.escalation.port.out;
