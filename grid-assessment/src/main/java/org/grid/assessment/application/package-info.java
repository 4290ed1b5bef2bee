/**
 * The use cases of grid-assessment, implemented over its outbound ports. {@link
 * org.grid.assessment.application.ScoreGridsService} and {@link
 * org.grid.assessment.application.ScoreKnowledgeChecksService} are the exceptions: ranking grids and scoring
 * knowledge checks read and store nothing through a port, so they own no transaction.
 */
package org.grid.assessment.application;
