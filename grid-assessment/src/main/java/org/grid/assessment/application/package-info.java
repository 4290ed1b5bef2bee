/**
 * The use cases of grid-assessment, implemented over its outbound ports. {@link
 * org.grid.assessment.application.ScoreGridsService} is the exception: ranking grids reads and stores nothing
 * through a port, so it owns no transaction.
 */
package org.grid.assessment.application;
