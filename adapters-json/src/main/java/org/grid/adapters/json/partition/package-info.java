/**
 * JSON format of partition plans: {@link org.grid.adapters.json.partition.PlanJsonReader} reads a plan, planned by
 * grid or drawn by hand, for validation; {@link org.grid.adapters.json.partition.PlanJsonWriter} writes a plan with
 * its metrics and violations. Documented in {@code docs/formats.md}.
 */
package org.grid.adapters.json.partition;
