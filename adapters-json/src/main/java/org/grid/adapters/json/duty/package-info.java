/**
 * JSON format of the duty log (rounds, visits, must-attend events, meetings, cards), read by {@link
 * org.grid.adapters.json.duty.DutyLogJsonReader}. Documented in {@code docs/teams.md}.
 */
package org.grid.adapters.json.duty;
