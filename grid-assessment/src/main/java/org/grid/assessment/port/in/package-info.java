/** Inbound ports (use cases) of grid-assessment, with their command records. */
package org.grid.assessment.port.in;
