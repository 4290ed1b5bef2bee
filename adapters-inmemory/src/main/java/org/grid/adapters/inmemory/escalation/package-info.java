/**
 * In-memory adapters of the request engine's outbound ports (request repository with a sorted deadline index,
 * routing table, work calendars, recording event publisher) and a manual clock, for tests, demos, the scenario
 * replay and single-process use.
 */
package org.grid.adapters.inmemory.escalation;
