/**
 * The rules of assessment (考核, section 6 of the rulebook): rule sets as data, versioned by period; the scoring
 * engine that turns evidence into scores made of line items; party-member grading with the cap on excellent grades;
 * knowledge checks; grid scorecards and ranks; and the derivation of evidence and grid measures from the request
 * history and the duty log ({@link org.grid.assessment.model.RequestEvidence}, {@link
 * org.grid.assessment.model.DutyEvidence}, {@link org.grid.assessment.model.GridMeasuresCalculator}). Every score is a list of line items whose sum is the total.
 */
package org.grid.assessment.model;
