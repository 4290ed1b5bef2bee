/**
 * JSON inputs of teams: the roster of people and roles ({@link org.grid.adapters.json.team.RosterJsonReader}) and
 * the responsibility grids teams serve, read from a plan file ({@link
 * org.grid.adapters.json.team.ServedGridsJsonReader}). Documented in {@code docs/teams.md}.
 */
package org.grid.adapters.json.team;
