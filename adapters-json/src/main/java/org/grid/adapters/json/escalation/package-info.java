/**
 * JSON formats of the request engine: the work calendar file ({@link
 * org.grid.adapters.json.escalation.WorkCalendarJsonReader}), the routing table file ({@link
 * org.grid.adapters.json.escalation.RoutingTableJsonReader}), the scenario replay file ({@link
 * org.grid.adapters.json.escalation.ScenarioJsonReader}), the replay output and the request export ({@link
 * org.grid.adapters.json.escalation.RequestJsonWriter}), and the requests read back from either ({@link
 * org.grid.adapters.json.escalation.RequestExportJsonReader}). Bad input is one {@link
 * org.grid.adapters.json.JsonInputException} like every reader's. Documented in {@code docs/escalation.md}.
 */
package org.grid.adapters.json.escalation;
