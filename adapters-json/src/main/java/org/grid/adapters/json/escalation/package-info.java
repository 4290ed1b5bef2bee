/**
 * JSON formats of the request engine: the work calendar file, the scenario replay file and the replay output,
 * with errors that name the file, the JSON path and the problem ({@link
 * org.grid.adapters.json.escalation.EscalationJsonException}). Documented in {@code docs/escalation.md}.
 */
package org.grid.adapters.json.escalation;
