/** The use cases of grid-assessment, implemented over its outbound ports. */
package org.grid.assessment.application;
