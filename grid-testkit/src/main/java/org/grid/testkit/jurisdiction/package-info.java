/** jqwik arbitraries for the jurisdiction model of grid-core: ids, units, villages and townships. */
package org.grid.testkit.jurisdiction;
