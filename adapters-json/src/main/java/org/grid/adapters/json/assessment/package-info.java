/**
 * JSON inputs of assessment: rule sets, evidence, party members and grid measures, one reader each ({@link
 * org.grid.adapters.json.assessment.RuleSetsJsonReader}, {@link org.grid.adapters.json.assessment.EvidenceJsonReader},
 * {@link org.grid.adapters.json.assessment.PartyMembersJsonReader}, {@link
 * org.grid.adapters.json.assessment.GridMeasuresJsonReader}). Documented in {@code docs/assessment.md}.
 */
package org.grid.adapters.json.assessment;
