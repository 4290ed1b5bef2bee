/**
 * JSON inputs of assessment: rule sets, evidence, party members, grid measures and knowledge checks, one reader each
 * ({@link org.grid.adapters.json.assessment.RuleSetsJsonReader}, {@link
 * org.grid.adapters.json.assessment.EvidenceJsonReader}, {@link
 * org.grid.adapters.json.assessment.PartyMembersJsonReader}, {@link
 * org.grid.adapters.json.assessment.GridMeasuresJsonReader}, {@link
 * org.grid.adapters.json.assessment.KnowledgeChecksJsonReader}). Documented in {@code docs/assessment.md}.
 */
package org.grid.adapters.json.assessment;
