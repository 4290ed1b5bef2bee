/**
 * JSON formats of the request engine: the work calendar file ({@link
 * org.grid.adapters.json.escalation.WorkCalendarJsonReader}), the routing table file ({@link
 * org.grid.adapters.json.escalation.RoutingTableJsonReader}), the scenario replay file ({@link
 * org.grid.adapters.json.escalation.ScenarioJsonReader}) and the replay output ({@link
 * org.grid.adapters.json.escalation.RequestJsonWriter}). Bad input is one {@link
 * org.grid.adapters.json.JsonInputException} like every reader's. Documented in {@code docs/escalation.md}.
 */
package org.grid.adapters.json.escalation;
