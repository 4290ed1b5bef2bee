/** JMH benchmarks of grid-core's duties: compliance of a county-sized year. */
package org.grid.benchmarks.duty;
