/** JMH benchmarks of grid-assessment: scoring and grading a county year. */
package org.grid.benchmarks.assessment;
