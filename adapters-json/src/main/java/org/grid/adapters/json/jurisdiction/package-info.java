/**
 * JSON formats of jurisdictions: the township file (read by {@link
 * org.grid.adapters.json.jurisdiction.TownshipJsonReader}, written by {@link
 * org.grid.adapters.json.jurisdiction.TownshipJsonWriter}) and the household register, checked against the
 * township ({@link org.grid.adapters.json.jurisdiction.HouseholdRegisterJsonReader}). Documented in
 * {@code docs/formats.md} and {@code docs/teams.md}.
 */
package org.grid.adapters.json.jurisdiction;
