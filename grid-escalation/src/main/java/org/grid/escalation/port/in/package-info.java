/**
 * Inbound ports of the request engine: the use cases (apply a command, sweep the deadlines, monitor) and the
 * command records with their Jakarta Validation constraints.
 */
package org.grid.escalation.port.in;
